#include "syncledgermodel.h"

#include <QColor>

namespace tixsync {

SyncLedgerModel::SyncLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncLedgerModel::setRows(QList<sync::runs::LedgerRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SyncLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TicketColumn:
            return r.ticketId;
        case ActionColumn:
            return r.action;
        case ResultColumn:
            return r.result;
        case ClassColumn:
            return r.errorClass;
        case CodeColumn:
            return r.errorCode;
        case MessageColumn:
            return r.errorMessage;
        case S360BeforeColumn:
            return r.s360Before;
        case S360AfterColumn:
            return r.s360After;
        case TixngoBeforeColumn:
            return r.tixngoBefore;
        case TixngoAfterColumn:
            return r.tixngoAfter;
        case SizeColumn:
            return role == Qt::DisplayRole ? QVariant(r.payloadSize) : QVariant(r.payloadHash);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        if (r.result == QLatin1String("ERROR"))
            return QColor(0xc6, 0x28, 0x28);
        if (r.result == QLatin1String("SKIPPED"))
            return QColor(0x9a, 0x67, 0x00);
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QVariant SyncLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case ClassColumn:
        return tr("Error class");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case S360BeforeColumn:
        return tr("S-360 before");
    case S360AfterColumn:
        return tr("S-360 after");
    case TixngoBeforeColumn:
        return tr("TIXNGO before");
    case TixngoAfterColumn:
        return tr("TIXNGO after");
    case SizeColumn:
        return tr("Bytes sent");
    }
    return {};
}

namespace {
QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace('"', "\"\"");
        b = '"' + b + '"';
    }
    return b;
}
} // namespace

QByteArray SyncLedgerModel::toCsv() const
{
    QByteArray out = "ticket_id,action,result,error_class,error_code,error_message,s360_before,s360_after,"
                     "tixngo_before,tixngo_after,payload_hash,payload_size,payload\r\n";
    for (const auto &r : m_rows) {
        const QStringList fields{r.ticketId, r.action, r.result, r.errorClass, r.errorCode, r.errorMessage,
            r.s360Before, r.s360After, r.tixngoBefore, r.tixngoAfter, r.payloadHash, QString::number(r.payloadSize),
            r.payload};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += csvField(fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace tixsync
