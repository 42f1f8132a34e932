#include "templatefieldmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoCommand>
#include <algorithm>

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
class MoveCommand final : public QUndoCommand {
public:
    MoveCommand(TemplateFieldModel *model, QList<int> newToOld, int count)
        : m_model(model)
        , m_newToOld(std::move(newToOld))
    {
        m_oldToNew.resize(m_newToOld.size());
        for (int i = 0; i < m_newToOld.size(); ++i)
            m_oldToNew[m_newToOld[i]] = i;
        setText(TemplateFieldModel::tr("Move %n row(s)", nullptr, count));
    }
    void undo() override { m_model->applyOrder(m_oldToNew); }
    void redo() override { m_model->applyOrder(m_newToOld); }

private:
    TemplateFieldModel *m_model;
    QList<int> m_newToOld;
    QList<int> m_oldToNew;
};

const QString rowsMimeType = QStringLiteral("application/x-tixsync-template-rows");
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

void TemplateFieldModel::moveFields(QList<int> rows, int destination)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= m_fields.size(); });
    if (rows.isEmpty())
        return;
    destination = qBound(0, destination, int(m_fields.size()));
    QList<int> rest;
    int insertAt = 0;
    for (int r = 0; r < m_fields.size(); ++r) {
        if (r == destination)
            insertAt = int(rest.size());
        if (!rows.contains(r))
            rest.append(r);
    }
    if (destination >= m_fields.size())
        insertAt = int(rest.size());
    QList<int> newToOld = rest;
    for (int i = 0; i < rows.size(); ++i)
        newToOld.insert(insertAt + i, rows[i]);
    bool same = true;
    for (int i = 0; i < newToOld.size() && same; ++i)
        same = newToOld[i] == i;
    if (same)
        return;
    m_undo.push(new MoveCommand(this, newToOld, int(rows.size())));
}

void TemplateFieldModel::applyOrder(const QList<int> &newToOld)
{
    if (newToOld.size() != m_fields.size())
        return;
    QList<int> oldToNew(newToOld.size());
    for (int i = 0; i < newToOld.size(); ++i)
        oldToNew[newToOld[i]] = i;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<TemplateField> reordered;
    reordered.reserve(m_fields.size());
    for (int old : newToOld)
        reordered.append(m_fields[old]);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(oldToNew[i.row()], i.column()));
    changePersistentIndexList(before, after);
    m_fields = std::move(reordered);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> moved;
    for (int i = 0; i < newToOld.size(); ++i)
        if (newToOld[i] != i)
            moved.append(i);
    emit rowsReordered(moved);
    emit fieldsChanged();
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
        return Qt::ItemIsDropEnabled; // rows are dropped between rows (the table's root)
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

Qt::DropActions TemplateFieldModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TemplateFieldModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList TemplateFieldModel::mimeTypes() const
{
    return {rowsMimeType};
}

QMimeData *TemplateFieldModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !rows.contains(i.row()))
            rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << rows;
    auto *data = new QMimeData;
    data->setData(rowsMimeType, bytes);
    return data;
}

bool TemplateFieldModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return data && action == Qt::MoveAction && data->hasFormat(rowsMimeType);
}

bool TemplateFieldModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> rows;
    QDataStream in(data->data(rowsMimeType));
    in >> rows;
    // Dropped on a row: before it; between rows: at `row`; on empty space: at the end.
    const int destination = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_fields.size());
    moveFields(rows, destination);
    return false;
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
