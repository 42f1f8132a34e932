#pragma once

#include "recon/recontypes.h"

#include <QChartView>
#include <array>
#include <memory>

class QBarSet;
class QHorizontalStackedBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace tixsync::recon {
class ReconResult;
}

namespace tixsync {

/// The reconciliation summary: one horizontal stacked bar per category (REC-1…REC-9), one
/// series per severity, the counts written on the bars and the severities named in the legend.
/// Clicking a bar emits categoryClicked(); the page filters its table with it.
class ReconChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconChart)
public:
    explicit ReconChart(QWidget *parent = nullptr);

    void setResult(const std::shared_ptr<const recon::ReconResult> &result);
    /// The count drawn for a category (all severities), as read back from the bar sets.
    qint64 count(recon::Category category) const;
    QHorizontalStackedBarSeries *series() const { return m_series; }
    /// The bar set of a severity.
    QBarSet *barSet(recon::Severity severity) const { return m_sets[size_t(severity)]; }
    /// Marks the category the table is filtered on (bold axis label); -1 = none.
    void setHighlightedCategory(int category);

signals:
    void categoryClicked(tixsync::recon::Category category);

private:
    void updateAxis();
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_axisY = nullptr;
    QValueAxis *m_axisX = nullptr;
    std::array<QBarSet *, recon::SeverityCount> m_sets{};
    int m_highlighted = -1;
};

} // namespace tixsync
