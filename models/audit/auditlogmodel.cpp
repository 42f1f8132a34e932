#include "auditlogmodel.h"

#include "auditlog.h"

#include <QJsonDocument>

namespace tixsync::audit {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Status AuditLogModel::reload(const Store &store, const AuditFilter &filter)
{
    auto entries = AuditLog::query(store, filter);
    if (!entries)
        return fail(entries.error());
    setEntries(std::move(*entries));
    return {};
}

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole && role != RawRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        if (role == RawRole)
            return e.at.toMSecsSinceEpoch();
        if (role == Qt::ToolTipRole)
            return e.at.toString(Qt::ISODateWithMs);
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case OperatorColumn:
        if (role == Qt::ToolTipRole && e.osUser != e.operatorName)
            return tr("Database user %1, OS user %2").arg(e.operatorName, e.osUser);
        return e.operatorName;
    case ActionColumn:
        return e.action;
    case OutcomeColumn:
        return e.outcome;
    case ParametersColumn:
        return QString::fromUtf8(
            QJsonDocument(e.parameters)
                .toJson(role == Qt::ToolTipRole ? QJsonDocument::Indented : QJsonDocument::Compact));
    case DetailColumn:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case ParametersColumn:
        return tr("Parameters");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace tixsync::audit
