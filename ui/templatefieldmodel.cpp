#include "templatefieldmodel.h"

#include <QUndoCommand>

using namespace tixsync::tpl;

namespace {
class CellCommand final : public QUndoCommand {
public:
    CellCommand(TemplateFieldModel *model, int row, int column, QString before, QString after)
        : m_model(model)
        , m_row(row)
        , m_column(column)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(TemplateFieldModel::tr("Edit row %1").arg(row + 1));
    }
    void undo() override { m_model->applyCell(m_row, m_column, m_before); }
    void redo() override { m_model->applyCell(m_row, m_column, m_after); }
    int id() const override { return 1; }
    // Typing in one cell merges into one undo step per cell.
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *o = static_cast<const CellCommand *>(other);
        if (o->m_row != m_row || o->m_column != m_column)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    TemplateFieldModel *m_model;
    int m_row;
    int m_column;
    QString m_before;
    QString m_after;
};

class RowCommand final : public QUndoCommand {
public:
    RowCommand(TemplateFieldModel *model, int row, TemplateField field, bool insert)
        : m_model(model)
        , m_row(row)
        , m_field(std::move(field))
        , m_insert(insert)
    {
        setText(insert ? TemplateFieldModel::tr("Add row %1").arg(row + 1)
                       : TemplateFieldModel::tr("Remove row %1").arg(row + 1));
    }
    void undo() override { m_insert ? m_model->applyRemove(m_row) : m_model->applyInsert(m_row, m_field); }
    void redo() override { m_insert ? m_model->applyInsert(m_row, m_field) : m_model->applyRemove(m_row); }

private:
    TemplateFieldModel *m_model;
    int m_row;
    TemplateField m_field;
    bool m_insert;
};
} // namespace

TemplateFieldModel::TemplateFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TemplateFieldModel::setFields(const QList<TemplateField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
    m_undo.clear();
    emit fieldsChanged();
}

void TemplateFieldModel::insertField(int row, const TemplateField &field)
{
    m_undo.push(new RowCommand(this, qBound(0, row, int(m_fields.size())), field, true));
}

void TemplateFieldModel::removeField(int row)
{
    if (row >= 0 && row < m_fields.size())
        m_undo.push(new RowCommand(this, row, m_fields[row], false));
}

int TemplateFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int TemplateFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplateFieldModel::cell(const TemplateField &f, int column)
{
    switch (column) {
    case PathColumn:
        return f.path;
    case ValueColumn:
        return f.value;
    case TypeColumn:
        return fieldTypeName(f.type);
    case ConditionColumn:
        return f.condition;
    default:
        return {};
    }
}

QVariant TemplateFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return cell(m_fields[index.row()], index.column());
    return {};
}

bool TemplateFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_fields.size())
        return false;
    QString text = value.toString();
    if (index.column() == TypeColumn) {
        const auto type = parseFieldType(text);
        if (!type)
            return false;
        text = fieldTypeName(*type);
    }
    const QString before = cell(m_fields[index.row()], index.column());
    if (before == text)
        return true;
    m_undo.push(new CellCommand(this, index.row(), index.column(), before, text));
    return true;
}

void TemplateFieldModel::applyCell(int row, int column, const QString &value)
{
    TemplateField &f = m_fields[row];
    switch (column) {
    case PathColumn:
        f.path = value;
        break;
    case ValueColumn:
        f.value = value;
        break;
    case TypeColumn:
        f.type = parseFieldType(value).value_or(FieldType::Text);
        break;
    case ConditionColumn:
        f.condition = value;
        break;
    default:
        return;
    }
    emit dataChanged(index(row, column), index(row, column), {Qt::DisplayRole, Qt::EditRole});
    emit fieldsChanged();
}

void TemplateFieldModel::applyInsert(int row, const TemplateField &field)
{
    beginInsertRows({}, row, row);
    m_fields.insert(row, field);
    endInsertRows();
    emit fieldsChanged();
}

void TemplateFieldModel::applyRemove(int row)
{
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
    emit fieldsChanged();
}

Qt::ItemFlags TemplateFieldModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant TemplateFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // rows are numbered as in problem messages
    switch (section) {
    case PathColumn:
        return tr("Path");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ConditionColumn:
        return tr("Condition");
    default:
        return {};
    }
}
