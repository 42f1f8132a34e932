#pragma once

#include "ticketcolumns.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

namespace tixsync {

class Store;

/// Every ticket of the store in a table, built to stay fluid with a million tickets: the data is
/// a compact column store (TicketColumns) loaded off the GUI thread through its own connection,
/// filtering and sorting work on a vector of row numbers followed by a model reset (never a
/// QSortFilterProxyModel, which is quadratic at this size), and data() builds a QVariant only for
/// the cells a view asks for. A reload keeps the filter and the sort; the result of a load that a
/// newer reload superseded is dropped.
class TicketTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTableModel)
public:
    enum Column : int {
        IdColumn,
        NumberColumn,
        EventColumn,
        SeatColumn,
        HolderColumn,
        S360StatusColumn,
        TixngoStatusColumn,
        LastSyncColumn,
        ColumnCount
    };
    enum Role : int {
        /// The value sorting uses: QString for text, int for statuses (enum value), event index
        /// (events are in start-time order), qint64 ms since the epoch for the last sync (0 = never).
        RawValueRole = Qt::UserRole + 1,
        /// On the two status columns: the stable status code ("DOWNLOADED"; "" = not in TIXNGO),
        /// so that ui/ can colour them. Invalid on other columns.
        StatusCodeRole,
        TicketIdRole, ///< the ticket id, on every column
        EventIdRole, ///< the event id, on every column
    };

    explicit TicketTableModel(QObject *parent = nullptr);
    ~TicketTableModel() override;

    /// The store to read. The model opens its own connection to the same database in a worker
    /// thread on each reload(); `store` must outlive the model's loads.
    void setStore(const Store *store);
    /// Reads all tickets again in the background, keeping the filter and the sort order.
    void reload();
    bool isLoading() const { return m_loading; }
    /// Tickets loaded (before filtering); rowCount() is the number shown.
    qsizetype totalCount() const { return m_data ? qsizetype(m_data->size()) : 0; }

    const TicketFilter &filter() const { return m_filter; }
    void setFilter(const TicketFilter &filter);
    void setEventFilter(const QStringList &eventIds);
    void setS360StatusFilter(std::optional<S360Status> status);
    void setTixngoStatusFilter(std::optional<TixngoStatus> status);
    void setTextFilter(const QString &text);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString ticketIdAt(int row) const;
    /// The row showing `ticketId`, or -1 when it is filtered out or unknown.
    int rowOfTicket(const QString &ticketId) const;
    /// The loaded data (shared, read-only), e.g. for per-event counts; may be null before a load.
    std::shared_ptr<const TicketColumns> columns() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    /// A load finished and all its rows are shown; `msecs` from reload() to now.
    void loaded(qsizetype tickets, qint64 msecs);
    /// The first rows of a load are shown: on the first load of a large store, the first 50 000
    /// tickets while the rest still loads (isLoading() stays true); otherwise with loaded().
    void firstRowsShown(qint64 msecs);
    void loadFailed(const QString &message);
    /// rowCount() or totalCount() changed (load, filter).
    void countsChanged();

private:
    struct LoadResult;
    void applyRows(std::vector<std::uint32_t> rows);
    void refilter();
    void finishLoad(quint64 generation, const std::shared_ptr<LoadResult> &result);
    void showPreview(quint64 generation, const std::shared_ptr<LoadResult> &part);

    const Store *m_store = nullptr;
    std::shared_ptr<const TicketColumns> m_data;
    std::vector<std::uint32_t> m_order; // all rows in sort order
    std::vector<std::uint32_t> m_rows; // the rows shown: m_order filtered
    TicketFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_loading = false;
    bool m_firstRowsShown = false;
    QElapsedTimer m_loadTimer;
};

} // namespace tixsync
