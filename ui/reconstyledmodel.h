#pragma once

#include <QIdentityProxyModel>
#include <QSet>

namespace tixsync::recon {
class DiscrepancyModel;
}

namespace tixsync {

/// The reconciliation table as people see it: over recon::DiscrepancyModel (which stays Gui-free)
/// it adds, per severity, an icon and a text colour on the severity and category columns (the
/// severity is always written too, never colour alone), the status codes for StatusDelegate's
/// pills on the S-360 and TIXNGO columns, "absent" for a side that does not have the ticket, and
/// "on skip list" in the fix column for tickets put on a skip list since the last reconciliation.
/// Identity proxy: no per-row state, so it stays cheap at millions of rows.
class ReconStyledModel final : public QIdentityProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconStyledModel)
public:
    explicit ReconStyledModel(recon::DiscrepancyModel *source, QObject *parent = nullptr);

    void setSkipListed(QSet<QString> ticketIds);
    const QSet<QString> &skipListed() const { return m_skipListed; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Icon and text colour of a severity (shared with the chart and the detail panel).
    static QIcon severityIcon(int severity);
    static QColor severityColor(int severity);

private:
    recon::DiscrepancyModel *m_source;
    QSet<QString> m_skipListed;
};

} // namespace tixsync
