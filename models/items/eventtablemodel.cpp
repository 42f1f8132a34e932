#include "eventtablemodel.h"

#include "core/datetime.h"
#include "core/error.h"
#include "core/logging.h"
#include "core/store.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace tixsync {

namespace {
using Rows = std::vector<EventTableModel::Row>;

// One GROUP BY over the (event_id, s360_status) index, joined to the events.
Result<Rows> loadEvents(const Store &store)
{
    auto q = store.exec(QStringLiteral(
        "SELECT e.event_id, e.name, e.start_time, e.site, e.city, c.s360_status, c.n FROM events e "
        "LEFT JOIN (SELECT event_id, s360_status, COUNT(*) AS n FROM tickets GROUP BY event_id, s360_status) c "
        "ON c.event_id = e.event_id ORDER BY e.start_time, e.event_id"));
    if (!q)
        return fail(q.error());
    Rows rows;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (rows.empty() || rows.back().eventId != id) {
            EventTableModel::Row row;
            row.eventId = id;
            row.name = q->value(1).toString();
            row.start = parseRfc3339(q->value(2).toString());
            row.site = q->value(3).toString();
            row.city = q->value(4).toString();
            rows.push_back(std::move(row));
        }
        if (q->value(5).isNull())
            continue; // an event without tickets
        S360Status status;
        if (!parseS360Status(q->value(5).toString(), &status))
            continue;
        const qint64 n = q->value(6).toLongLong();
        rows.back().counts[std::size_t(status)] += n;
        rows.back().total += n;
    }
    return rows;
}
} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EventTableModel::~EventTableModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void EventTableModel::setStore(const Store *store)
{
    m_store = store;
}

void EventTableModel::reload()
{
    if (!m_store)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    auto job = [location = m_store->location(), cancel = m_cancel]() -> Result<Rows> {
        auto store = Store::open(location); // own connection, owned by this worker thread
        if (!store)
            return fail(store.error());
        if (cancel->load())
            return Rows{};
        return loadEvents(**store);
    };
    auto *watcher = new QFutureWatcher<Result<Rows>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded
        m_loading = false;
        m_cancel.reset();
        Result<Rows> result = watcher->result();
        if (!result) {
            qCWarning(lcUi) << "loading the events failed:" << result.error().toString();
            emit loadingChanged(false);
            emit loadFailed(result.error().message);
            return;
        }
        beginResetModel();
        m_rows = std::move(*result);
        endResetModel();
        emit loadingChanged(false);
        emit loaded(int(m_rows.size()));
    });
    watcher->setFuture(QtConcurrent::run(job));
}

qint64 EventTableModel::ticketCount() const
{
    qint64 n = 0;
    for (const Row &r : m_rows)
        n += r.total;
    return n;
}

QString EventTableModel::eventIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->eventId : QString();
}

int EventTableModel::rowOfEvent(const QString &eventId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].eventId == eventId)
            return int(i);
    return -1;
}

const EventTableModel::Row *EventTableModel::rowAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const int column = index.column();
    auto venue = [&r]() -> QString {
        if (r.site.isEmpty() || r.city.isEmpty())
            return r.site + r.city;
        return r.site + QStringLiteral(", ") + r.city;
    };
    auto count = [&r](int column) {
        return column == TotalColumn ? r.total : r.counts[std::size_t(column - NotPrintedColumn)];
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return r.name;
        case DateColumn:
            if (!r.start.isValid())
                return QString();
            // The event's own local time, without seconds.
            return QString(QLocale().toString(r.start.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + r.start.time().toString(QStringLiteral("HH:mm")));
        case VenueColumn:
            return venue();
        default:
            return QLocale().toString(count(column));
        }
    case Qt::EditRole:
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return r.name;
        case DateColumn:
            return r.start;
        case VenueColumn:
            return venue();
        default:
            return count(column);
        }
    case Qt::TextAlignmentRole:
        if (column >= NotPrintedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn || column == VenueColumn)
            return QStringLiteral("%1\n%2").arg(r.name, venue());
        if (column == DateColumn && r.start.isValid())
            return QLocale().toString(r.start, QLocale::LongFormat);
        break;
    case EventIdRole:
        return r.eventId;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Event");
        case DateColumn:
            return tr("Date");
        case VenueColumn:
            return tr("Venue");
        case NotPrintedColumn:
            return tr("Not printed");
        case PrintedColumn:
            return tr("Printed");
        case ControlledColumn:
            return tr("Controlled");
        case InvalidatedColumn:
            return tr("Invalidated");
        case CancelledColumn:
            return tr("Cancelled");
        case TotalColumn:
            return tr("Total");
        }
    } else if (role == Qt::ToolTipRole) {
        if (section >= NotPrintedColumn && section < TotalColumn)
            return tr("Tickets with the S-360 status %1")
                .arg(toCode(static_cast<S360Status>(section - NotPrintedColumn)));
        if (section == TotalColumn)
            return tr("All tickets of the event");
    } else if (role == StatusCodeRole) {
        if (section >= NotPrintedColumn && section < TotalColumn)
            return toCode(static_cast<S360Status>(section - NotPrintedColumn));
    }
    return {};
}

} // namespace tixsync
