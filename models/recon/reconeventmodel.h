#pragma once

#include "reconresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>

namespace tixsync::recon {

/// Per-event totals of a reconciliation for the GUI page's event list: most urgent event first
/// (errors, then warnings, pending, info), one column per severity. Selecting an event row and
/// passing EventIdRole to DiscrepancyModel::setEventFilter() shows its discrepancies. Gui-free.
class ReconEventModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconEventModel)
public:
    enum Column {
        EventColumn,
        TicketsColumn,
        ErrorColumn,
        WarningColumn,
        PendingColumn,
        InfoColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // QString
        CountRole, // qint64 of the column (also EditRole)
    };

    explicit ReconEventModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const ReconResult> result);
    /// Event names by id, shown instead of the bare id (the id stays in EventIdRole and the tooltip).
    void setEventNames(QHash<QString, QString> names);
    /// Only events with at least one discrepancy (default true).
    void setOnlyWithDiscrepancies(bool only);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    std::shared_ptr<const ReconResult> m_result;
    QHash<QString, QString> m_names;
    QList<const EventTotals *> m_rows;
    bool m_onlyWithDiscrepancies = true;
};

} // namespace tixsync::recon
