#pragma once

#include "template/template.h"

#include <QAbstractTableModel>
#include <QUndoStack>

/// The rows of a ticket template as an editable table (path, value, type, condition). Every
/// change goes through the undo stack, so the Template page offers undo/redo for cell edits and
/// for added, removed and moved rows.
class TemplateFieldModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFieldModel)
public:
    enum Column { PathColumn, ValueColumn, TypeColumn, ConditionColumn, ColumnCount };

    explicit TemplateFieldModel(QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_undo; }
    const QList<tixsync::tpl::TemplateField> &fields() const { return m_fields; }
    /// Replaces everything (opening a file); clears the undo history.
    void setFields(const QList<tixsync::tpl::TemplateField> &fields);
    void insertField(int row, const tixsync::tpl::TemplateField &field);
    void removeField(int row);
    /// Moves `rows` (any order, any gaps) so that they end up, in their order, before the row
    /// that was at `destination` (rowCount() = at the end). One undo step.
    void moveFields(QList<int> rows, int destination);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop of rows inside the table (an internal move through the undo stack).
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    /// Performs the move and returns false, so that the view does not remove the dragged rows
    /// afterwards (the move is already done).
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// Used by the undo commands: apply without recording.
    void applyCell(int row, int column, const QString &value);
    void applyInsert(int row, const tixsync::tpl::TemplateField &field);
    void applyRemove(int row);
    /// Reorders the rows: new row i is the old row `newToOld[i]`.
    void applyOrder(const QList<int> &newToOld);

signals:
    /// Any change of the template content (edit, undo, redo, insert, remove, reset).
    void fieldsChanged();
    /// After a move (drag and drop, undo, redo): the moved rows' new positions.
    void rowsReordered(const QList<int> &rows);

private:
    static QString cell(const tixsync::tpl::TemplateField &f, int column);
    QList<tixsync::tpl::TemplateField> m_fields;
    QUndoStack m_undo;
};
