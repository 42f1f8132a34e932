#pragma once

#include "sync/syncengine.h"

#include <QAbstractTableModel>

namespace tixsync {

/// The per-ticket ledger of one run (sync_run_tickets) as a flat table; cheap for 100 000 rows.
class SyncLedgerModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLedgerModel)
public:
    enum Column {
        TicketColumn,
        ActionColumn,
        ResultColumn,
        ClassColumn,
        CodeColumn,
        MessageColumn,
        S360BeforeColumn,
        S360AfterColumn,
        TixngoBeforeColumn,
        TixngoAfterColumn,
        SizeColumn,
        ColumnCount
    };

    explicit SyncLedgerModel(QObject *parent = nullptr);

    void setRows(QList<sync::runs::LedgerRow> rows);
    const QList<sync::runs::LedgerRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The ledger as CSV (header line, RFC 4180 quoting), payloads included.
    QByteArray toCsv() const;

private:
    QList<sync::runs::LedgerRow> m_rows;
};

} // namespace tixsync
