#include "reconstyledmodel.h"

#include "items/tickettablemodel.h"
#include "recon/discrepancymodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace tixsync {

using recon::DiscrepancyModel;
using recon::Severity;

ReconStyledModel::ReconStyledModel(DiscrepancyModel *source, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void ReconStyledModel::setSkipListed(QSet<QString> ticketIds)
{
    m_skipListed = std::move(ticketIds);
    if (rowCount() > 0)
        emit dataChanged(index(0, DiscrepancyModel::FixColumn), index(rowCount() - 1, DiscrepancyModel::FixColumn));
}

QIcon ReconStyledModel::severityIcon(int severity)
{
    QStyle *style = QApplication::style();
    switch (Severity(severity)) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Pending:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QColor ReconStyledModel::severityColor(int severity)
{
    // Dark hues readable on white (contrast ≥ 4.5:1); the text says the severity too.
    switch (Severity(severity)) {
    case Severity::Error:
        return QColor(0xb0, 0x1c, 0x1c);
    case Severity::Warning:
        return QColor(0x9a, 0x52, 0x00);
    case Severity::Pending:
        return QColor(0x1f, 0x4e, 0x9a);
    case Severity::Info:
        return QColor(0x4a, 0x55, 0x60);
    }
    return {};
}

QVariant ReconStyledModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DecorationRole:
        if (column == DiscrepancyModel::SeverityColumn)
            return severityIcon(QIdentityProxyModel::data(index, DiscrepancyModel::SeverityRole).toInt());
        break;
    case Qt::ForegroundRole:
        if (column == DiscrepancyModel::SeverityColumn || column == DiscrepancyModel::CategoryColumn)
            return severityColor(QIdentityProxyModel::data(index, DiscrepancyModel::SeverityRole).toInt());
        break;
    case Qt::FontRole:
        if (column == DiscrepancyModel::SeverityColumn
            && Severity(QIdentityProxyModel::data(index, DiscrepancyModel::SeverityRole).toInt()) == Severity::Error) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case TicketTableModel::StatusCodeRole:
        if (column == DiscrepancyModel::S360StatusColumn)
            return QIdentityProxyModel::data(index, Qt::DisplayRole);
        if (column == DiscrepancyModel::TixngoStatusColumn)
            return QIdentityProxyModel::data(index, Qt::DisplayRole).toString().section(QLatin1Char(','), 0, 0);
        break;
    case Qt::DisplayRole:
        if (column == DiscrepancyModel::S360StatusColumn || column == DiscrepancyModel::TixngoStatusColumn) {
            const QString text = QIdentityProxyModel::data(index, role).toString();
            return text.isEmpty() ? tr("absent") : text;
        }
        if (column == DiscrepancyModel::FixColumn && !m_skipListed.isEmpty()
            && m_skipListed.contains(QIdentityProxyModel::data(index, DiscrepancyModel::TicketIdRole).toString()))
            return tr("On skip list (%1)").arg(QIdentityProxyModel::data(index, role).toString());
        break;
    case Qt::ToolTipRole:
        if (column != DiscrepancyModel::ExplanationColumn)
            return QIdentityProxyModel::data(index, DiscrepancyModel::ExplanationRole);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace tixsync
