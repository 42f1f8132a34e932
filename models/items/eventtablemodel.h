#pragma once

#include "core/statuses.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>
#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace tixsync {

class Store;

/// The events of the store, in start-time order, with their ticket counts per S-360 status and in
/// total. Loaded with one GROUP BY query in a worker thread through its own connection (the
/// counts touch every ticket); the result of a superseded load is dropped.
class EventTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)
public:
    enum Column : int {
        NameColumn,
        DateColumn,
        VenueColumn,
        NotPrintedColumn, ///< first count column, then one per S360Status in enum order
        PrintedColumn,
        ControlledColumn,
        InvalidatedColumn,
        CancelledColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role : int {
        RawValueRole = Qt::UserRole + 1, ///< QString, QDateTime (start) or qint64 (counts)
        EventIdRole, ///< the event id, on every column
        /// headerData() of a count column: the S-360 status code it counts ("PRINTED").
        StatusCodeRole,
    };

    struct Row {
        QString eventId;
        QString name;
        QDateTime start;
        QString site;
        QString city;
        std::array<qint64, S360StatusCount> counts{};
        qint64 total = 0;
    };

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    void setStore(const Store *store);
    /// Reads the events and counts again in the background.
    void reload();
    bool isLoading() const { return m_loading; }

    int eventCount() const { return int(m_rows.size()); }
    qint64 ticketCount() const;
    QString eventIdAt(int row) const;
    int rowOfEvent(const QString &eventId) const;
    const Row *rowAt(int row) const;
    static int columnForStatus(S360Status status) { return NotPrintedColumn + int(status); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded(int events);
    void loadFailed(const QString &message);

private:
    const Store *m_store = nullptr;
    std::vector<Row> m_rows;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_loading = false;
};

} // namespace tixsync
