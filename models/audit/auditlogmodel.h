#pragma once

#include "auditentry.h"
#include "core/error.h"

#include <QAbstractTableModel>
#include <QList>

namespace tixsync {
class Store;
}

namespace tixsync::audit {

/// The audit log as a read-only table (newest first) for the GUI: Time, Operator, Action,
/// Outcome, Parameters, Detail. DisplayRole is text; RawRole gives a sortable value (epoch ms
/// for the time). Holds at most the lines one query returned (reload() with a limit).
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        OutcomeColumn,
        ParametersColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1, IdRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    /// Runs AuditLog::query() and resets the model with the result.
    Status reload(const Store &store, const AuditFilter &filter);
    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace tixsync::audit
