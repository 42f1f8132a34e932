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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Used by the undo commands: apply without recording.
    void applyCell(int row, int column, const QString &value);
    void applyInsert(int row, const tixsync::tpl::TemplateField &field);
    void applyRemove(int row);

signals:
    /// Any change of the template content (edit, undo, redo, insert, remove, reset).
    void fieldsChanged();

private:
    static QString cell(const tixsync::tpl::TemplateField &f, int column);
    QList<tixsync::tpl::TemplateField> m_fields;
    QUndoStack m_undo;
};
