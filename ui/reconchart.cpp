#include "reconchart.h"

#include "recon/reconresult.h"
#include "reconstyledmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace tixsync {

using namespace recon;

namespace {
// Bar fills: lighter than the text colours, each severity its own hue and lightness.
QColor fillFor(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xd9, 0x4a, 0x4a);
    case Severity::Warning:
        return QColor(0xf0, 0xa2, 0x3c);
    case Severity::Pending:
        return QColor(0x7f, 0xa8, 0xe0);
    case Severity::Info:
        return QColor(0xb8, 0xc0, 0xc8);
    }
    return {};
}
// Most severe first, so the stack reads errors first from the axis.
constexpr std::array<Severity, SeverityCount> kOrder{
    Severity::Error, Severity::Warning, Severity::Pending, Severity::Info};
// Horizontal bars start at the bottom: category c is drawn at CategoryCount - 1 - c, so the
// chart reads top-down in the table's order (and the mapping is its own inverse).
int barIndex(int category)
{
    return CategoryCount - 1 - category;
}
} // namespace

ReconChart::ReconChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(tr("Discrepancies per category (click a bar to filter the table)"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QHorizontalStackedBarSeries(chart);
    for (Severity s : kOrder) {
        auto *set = new QBarSet(severityName(s), m_series);
        set->setColor(fillFor(s));
        set->setBorderColor(fillFor(s).darker(140));
        set->setLabelColor(Qt::black);
        m_sets[size_t(s)] = set;
        m_series->append(set);
        for (int c = 0; c < CategoryCount; ++c)
            set->append(0);
    }
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    m_axisY = new QBarCategoryAxis(chart);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_axisY->setLabelsFont(small);
    m_axisY->setGridLineVisible(false);
    updateAxis();
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisY);
    m_axisX = new QValueAxis(chart);
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setRange(0, 1);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    // Queued: the series emits clicked() from the bar's mouse release handler, and filtering
    // relabels the category axis (the highlight), which deletes and recreates the bars — the bar
    // would then finish its release handler on freed memory (a crash on a real mouse click).
    connect(
        m_series, &QAbstractBarSeries::clicked, this,
        [this](int index, QBarSet *) {
            if (index >= 0 && index < CategoryCount)
                emit categoryClicked(Category(barIndex(index)));
        },
        Qt::QueuedConnection);
    setCursor(Qt::PointingHandCursor);
}

void ReconChart::updateAxis()
{
    QStringList names;
    for (int c = 0; c < CategoryCount; ++c) {
        const QString name = categoryName(Category(c));
        names.prepend(c == m_highlighted ? QStringLiteral("▶ ") + name : name); // REC-1 on top
    }
    m_axisY->clear();
    m_axisY->append(names);
}

void ReconChart::setHighlightedCategory(int category)
{
    if (m_highlighted == category)
        return;
    m_highlighted = category;
    updateAxis();
}

void ReconChart::setResult(const std::shared_ptr<const ReconResult> &result)
{
    qint64 max = 0;
    for (int c = 0; c < CategoryCount; ++c) {
        for (int s = 0; s < SeverityCount; ++s)
            m_sets[size_t(s)]->replace(
                barIndex(c), result ? qreal(result->countsBySeverity[size_t(c)][size_t(s)]) : 0.0);
        max = qMax(max, result ? result->counts[size_t(c)] : 0);
    }
    m_axisX->setRange(0, qMax<qreal>(1, max * 1.05));
    m_axisX->applyNiceNumbers();
}

qint64 ReconChart::count(Category category) const
{
    qint64 n = 0;
    for (QBarSet *set : m_sets)
        n += qint64(set->at(barIndex(int(category))));
    return n;
}

} // namespace tixsync
