#include "reconeventmodel.h"

#include "recontr.h"

#include <QLocale>

namespace tixsync::recon {

ReconEventModel::ReconEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReconEventModel::setResult(std::shared_ptr<const ReconResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    rebuild();
    endResetModel();
}

void ReconEventModel::setOnlyWithDiscrepancies(bool only)
{
    if (only == m_onlyWithDiscrepancies)
        return;
    beginResetModel();
    m_onlyWithDiscrepancies = only;
    rebuild();
    endResetModel();
}

void ReconEventModel::rebuild()
{
    m_rows.clear();
    if (!m_result)
        return;
    for (const EventTotals &e : m_result->events)
        if (!m_onlyWithDiscrepancies || e.total() > 0)
            m_rows << &e;
}

int ReconEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const EventTotals &e = *m_rows[index.row()];
    if (role == EventIdRole)
        return e.eventId;
    qint64 count = 0;
    switch (index.column()) {
    case EventColumn:
        if (role == Qt::DisplayRole)
            return e.eventId.isEmpty() ? Reconciliation::tr("(no event: TIXNGO only)")
                                       : m_names.value(e.eventId, e.eventId);
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return e.eventId;
        return {};
    case TicketsColumn:
        count = e.tickets;
        break;
    case ErrorColumn:
        count = e.bySeverity[size_t(Severity::Error)];
        break;
    case WarningColumn:
        count = e.bySeverity[size_t(Severity::Warning)];
        break;
    case PendingColumn:
        count = e.bySeverity[size_t(Severity::Pending)];
        break;
    case InfoColumn:
        count = e.bySeverity[size_t(Severity::Info)];
        break;
    case TotalColumn:
        count = e.total();
        break;
    }
    if (role == Qt::DisplayRole)
        return QLocale().toString(count);
    if (role == Qt::EditRole || role == CountRole)
        return count;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReconEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventColumn:
        return tr("Event");
    case TicketsColumn:
        return tr("Tickets");
    case ErrorColumn:
        return tr("Errors");
    case WarningColumn:
        return tr("Warnings");
    case PendingColumn:
        return tr("Pending");
    case InfoColumn:
        return tr("Info");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

void ReconEventModel::setEventNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EventColumn), index(int(m_rows.size()) - 1, EventColumn), {Qt::DisplayRole});
}

} // namespace tixsync::recon
