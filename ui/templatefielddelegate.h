#pragma once

#include <QStyledItemDelegate>

/// Editors for the template table: a type combo box, and line edits that complete TIXNGO paths
/// (path column) and `${Variable}` names after a typed `${` (value and condition columns).
class TemplateFieldDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFieldDelegate)
public:
    explicit TemplateFieldDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /// Paths offered by completion (documented TIXNGO paths, list indexes as 1).
    static QStringList pathCompletions();
    /// `${Name}` for every catalogue variable.
    static QStringList variableCompletions();
};
