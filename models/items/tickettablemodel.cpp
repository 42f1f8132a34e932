#include "tickettablemodel.h"

#include "core/logging.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace tixsync {

struct TicketTableModel::LoadResult {
    Result<std::shared_ptr<TicketColumns>> data = std::shared_ptr<TicketColumns>();
    std::vector<std::uint32_t> order;
    std::vector<std::uint32_t> rows;
    TicketFilter filter;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

TicketTableModel::TicketTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TicketTableModel::~TicketTableModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TicketTableModel::setStore(const Store *store)
{
    m_store = store;
}

void TicketTableModel::reload()
{
    if (!m_store)
        return;
    if (m_cancel)
        m_cancel->store(true); // the superseded load stops early; its result is dropped anyway
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    m_loadTimer.start();
    m_firstRowsShown = false;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }

    // On the first load, the first rows are shown as soon as they are read (a preview) while the
    // rest loads; a reload keeps showing the previous data until the new data is complete.
    TicketPreview preview;
    if (!m_data) {
        preview = [self = QPointer<TicketTableModel>(this), generation, cancel = m_cancel, filter = m_filter,
                      column = m_sortColumn, order = m_sortOrder](std::shared_ptr<const TicketColumns> data) {
            if (cancel->load())
                return;
            auto part = std::make_shared<LoadResult>();
            part->order = sortTicketRows(*data, column, order == Qt::DescendingOrder);
            part->rows = filterTicketRows(*data, part->order, filter);
            part->data = std::const_pointer_cast<TicketColumns>(data);
            part->filter = filter;
            part->sortColumn = column;
            part->sortOrder = order;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, part] {
                    if (self) // checked in the GUI thread, where the model lives
                        self->showPreview(generation, part);
                },
                Qt::QueuedConnection);
        };
    }

    // The worker opens its own connection (a QSqlDatabase belongs to the thread that opened it),
    // reads the columns, and sorts and filters them as the model is set now.
    auto job = [location = m_store->location(), cancel = m_cancel, filter = m_filter, column = m_sortColumn,
                   order = m_sortOrder, preview]() {
        auto result = std::make_shared<LoadResult>();
        result->filter = filter;
        result->sortColumn = column;
        result->sortOrder = order;
        auto store = Store::open(location); // = Store::openAnother(), owned by this thread
        if (!store) {
            result->data = fail(store.error());
            return result;
        }
        result->data = loadTicketColumns(**store, cancel.get(), preview);
        if (result->data && !cancel->load()) {
            const TicketColumns &d = **result->data;
            result->order = sortTicketRows(d, column, order == Qt::DescendingOrder);
            result->rows = filterTicketRows(d, result->order, filter);
        }
        return result;
    };
    auto *watcher = new QFutureWatcher<std::shared_ptr<LoadResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finishLoad(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(job));
}

void TicketTableModel::showPreview(quint64 generation, const std::shared_ptr<LoadResult> &part)
{
    if (generation != m_generation || !m_loading || m_data)
        return; // superseded, finished already, or a reload of data already shown
    std::shared_ptr<const TicketColumns> data = *part->data;
    if (part->sortColumn != m_sortColumn || part->sortOrder != m_sortOrder)
        part->order = sortTicketRows(*data, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
    if (part->filter != m_filter || part->sortColumn != m_sortColumn || part->sortOrder != m_sortOrder)
        part->rows = filterTicketRows(*data, part->order, m_filter);
    beginResetModel();
    m_data = std::move(data);
    m_order = std::move(part->order);
    m_rows = std::move(part->rows);
    endResetModel();
    emit countsChanged();
    m_firstRowsShown = true;
    emit firstRowsShown(m_loadTimer.elapsed());
}

void TicketTableModel::finishLoad(quint64 generation, const std::shared_ptr<LoadResult> &result)
{
    if (generation != m_generation)
        return; // superseded by a newer reload()
    m_loading = false;
    m_cancel.reset();
    if (!result->data) {
        qCWarning(lcUi) << "loading the tickets failed:" << result->data.error().toString();
        emit loadingChanged(false);
        emit loadFailed(result->data.error().message);
        return;
    }
    std::shared_ptr<const TicketColumns> data = *result->data;
    // Sort or filter changed while loading: redo them on the new data.
    if (result->sortColumn != m_sortColumn || result->sortOrder != m_sortOrder)
        result->order = sortTicketRows(*data, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
    if (result->filter != m_filter || result->sortColumn != m_sortColumn || result->sortOrder != m_sortOrder)
        result->rows = filterTicketRows(*data, result->order, m_filter);

    beginResetModel();
    m_data = std::move(data);
    m_order = std::move(result->order);
    m_rows = std::move(result->rows);
    endResetModel();
    const qint64 msecs = m_loadTimer.elapsed();
    qCDebug(lcUi) << "loaded" << m_data->size() << "tickets in" << msecs << "ms," << m_data->memoryBytes() / 1024
                  << "KiB";
    emit loadingChanged(false);
    emit countsChanged();
    if (!m_firstRowsShown) {
        m_firstRowsShown = true;
        emit firstRowsShown(msecs);
    }
    emit loaded(qsizetype(m_data->size()), msecs);
}

void TicketTableModel::applyRows(std::vector<std::uint32_t> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countsChanged();
}

void TicketTableModel::refilter()
{
    if (!m_data)
        return;
    applyRows(filterTicketRows(*m_data, m_order, m_filter));
}

void TicketTableModel::setFilter(const TicketFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

void TicketTableModel::setEventFilter(const QStringList &eventIds)
{
    TicketFilter f = m_filter;
    f.eventIds = eventIds;
    setFilter(f);
}

void TicketTableModel::setS360StatusFilter(std::optional<S360Status> status)
{
    TicketFilter f = m_filter;
    f.s360 = status;
    setFilter(f);
}

void TicketTableModel::setTixngoStatusFilter(std::optional<TixngoStatus> status)
{
    TicketFilter f = m_filter;
    f.tixngo = status;
    setFilter(f);
}

void TicketTableModel::setTextFilter(const QString &text)
{
    TicketFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_data)
        return;
    // A reset, not a layout change: moving persistent indexes over a million rows costs more
    // than the view re-reading the few rows it shows. The window re-selects the current ticket.
    beginResetModel();
    m_order = sortTicketRows(*m_data, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
    m_rows = filterTicketRows(*m_data, m_order, m_filter);
    endResetModel();
}

QString TicketTableModel::ticketIdAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return {};
    return m_data->ticketId.text(m_rows[std::size_t(row)]);
}

int TicketTableModel::rowOfTicket(const QString &ticketId) const
{
    if (!m_data)
        return -1;
    const QByteArray id = ticketId.toUtf8();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_data->ticketId.view(m_rows[i]) == QByteArrayView(id))
            return int(i);
    return -1;
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_data)
        return {};
    const TicketColumns &d = *m_data;
    const std::uint32_t row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const auto s360 = static_cast<S360Status>(d.s360[row]);
    const auto tixngo = static_cast<TixngoStatus>(d.tixngo[row]);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case IdColumn:
            return d.ticketId.text(row);
        case NumberColumn:
            return d.ticketNumber.text(row);
        case EventColumn:
            return d.eventNames.value(qsizetype(d.event[row]));
        case SeatColumn:
            return d.seat.text(row);
        case HolderColumn:
            return d.holder.text(row);
        case S360StatusColumn:
            if (role == Qt::DisplayRole && d.reason[row] != 0)
                return QString(toCode(s360) + QStringLiteral(" \u00b7 ") + d.reasons.value(d.reason[row]));
            return toCode(s360);
        case TixngoStatusColumn:
            if (role == Qt::DisplayRole && tixngo == TixngoStatus::None)
                return QStringLiteral("\u2014");
            return toCode(tixngo);
        case LastSyncColumn: {
            if (d.lastSync[row] == 0)
                return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(d.lastSync[row]);
            if (role == Qt::EditRole)
                return at;
            const QLocale locale;
            return QString(locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + at.time().toString(QStringLiteral("HH:mm")));
        }
        }
        break;
    case RawValueRole:
        switch (column) {
        case IdColumn:
            return d.ticketId.text(row);
        case NumberColumn:
            return d.ticketNumber.text(row);
        case EventColumn:
            return int(d.event[row]);
        case SeatColumn:
            return d.seat.text(row);
        case HolderColumn:
            return d.holder.text(row);
        case S360StatusColumn:
            return int(s360);
        case TixngoStatusColumn:
            return int(tixngo);
        case LastSyncColumn:
            return qint64(d.lastSync[row]);
        }
        break;
    case StatusCodeRole:
        if (column == S360StatusColumn)
            return toCode(s360);
        if (column == TixngoStatusColumn)
            return toCode(tixngo);
        break;
    case Qt::ToolTipRole:
        if (column == S360StatusColumn && d.reason[row] != 0)
            return tr("S-360 status %1, reason: %2").arg(toCode(s360), d.reasons.value(d.reason[row]));
        if (column == TixngoStatusColumn && tixngo == TixngoStatus::None)
            return tr("Not in TIXNGO");
        if (column == LastSyncColumn && d.lastSync[row] == 0)
            return tr("Never synchronised");
        break;
    case TicketIdRole:
        return d.ticketId.text(row);
    case EventIdRole:
        return d.eventIds.value(qsizetype(d.event[row]));
    default:
        break;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Ticket id");
        case NumberColumn:
            return tr("Number");
        case EventColumn:
            return tr("Event");
        case SeatColumn:
            return tr("Seat");
        case HolderColumn:
            return tr("Holder");
        case S360StatusColumn:
            return tr("S-360 status");
        case TixngoStatusColumn:
            return tr("TIXNGO status");
        case LastSyncColumn:
            return tr("Last sync");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeatColumn:
            return tr("Gate · block · row · seat");
        case S360StatusColumn:
            return tr("Ticket status in SecuTix 360, with the cancellation or invalidation reason");
        case TixngoStatusColumn:
            return tr("Ticket status in TIXNGO as last known here (— = not in TIXNGO)");
        case LastSyncColumn:
            return tr("When the ticket was last sent to or read from TIXNGO");
        }
    }
    return {};
}

} // namespace tixsync
