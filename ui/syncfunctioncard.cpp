#include "syncfunctioncard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tixsync {

using namespace sync;

SyncFunctionCard::SyncFunctionCard(SyncFunction function, QWidget *parent)
    : QFrame(parent)
    , m_function(function)
{
    setObjectName(QStringLiteral("card_") + toCode(function));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 8);
    v->setSpacing(4);

    auto *head = new QHBoxLayout;
    m_title = new QLabel(QStringLiteral("<b>%1</b>").arg(displayName(function).toHtmlEscaped()));
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("outcomeBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(70);
    head->addWidget(m_title, 1);
    head->addWidget(m_badge);
    v->addLayout(head);

    m_last = new QLabel;
    m_last->setObjectName(QStringLiteral("lastRun"));
    m_last->setWordWrap(true);
    m_next = new QLabel;
    m_next->setObjectName(QStringLiteral("nextRun"));
    m_timeline = new QLabel;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_alert = new QLabel;
    m_alert->setObjectName(QStringLiteral("alert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 3px; border-radius: 3px; }"));
    m_alert->hide();
    v->addWidget(m_last);
    v->addWidget(m_next);
    v->addWidget(m_timeline);
    v->addWidget(m_alert);

    m_progressRow = new QWidget;
    auto *pr = new QVBoxLayout(m_progressRow);
    pr->setContentsMargins(0, 0, 0, 0);
    pr->setSpacing(2);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("progressText"));
    pr->addWidget(m_progress);
    pr->addWidget(m_progressText);
    m_progressRow->hide();
    v->addWidget(m_progressRow);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run now"));
    m_run->setObjectName(QStringLiteral("runNow"));
    m_dryRun = new QPushButton(tr("Dry run"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setToolTip(tr("Shows what a run would send, without sending anything."));
    m_parameters = new QPushButton(tr("Parameters && schedule…"));
    m_parameters->setObjectName(QStringLiteral("parameters"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setToolTip(tr("Stops after the call in flight; what was synced stays synced."));
    m_cancel->hide();
    buttons->addWidget(m_run);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_parameters);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    v->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, [this] { emit runRequested(m_function); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { emit dryRunRequested(m_function); });
    connect(m_parameters, &QPushButton::clicked, this, [this] { emit parametersRequested(m_function); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_function); });
    setLastRun(false, RunOutcome::Ok, {}, 0, 0, 0, 0, false);
}

QString SyncFunctionCard::outcomeText(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Ok:
        return tr("OK");
    case RunOutcome::Warning:
        return tr("Warning");
    case RunOutcome::Error:
        return tr("Error");
    case RunOutcome::Running:
        return tr("Running");
    }
    return {};
}

QColor SyncFunctionCard::outcomeColor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case RunOutcome::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case RunOutcome::Error:
        return QColor(0xc6, 0x28, 0x28);
    case RunOutcome::Running:
        return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::gray;
}

void SyncFunctionCard::setLastRun(bool hasRun, RunOutcome outcome, const QDateTime &endedAt, int selected,
    int succeeded, int failed, int skipped, bool dryRun)
{
    const QString badgeStyle
        = QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; padding: 2px 8px; "
                         "font-weight: bold; }");
    if (!hasRun) {
        m_badge->setText(tr("Never run"));
        m_badge->setStyleSheet(badgeStyle.arg(QStringLiteral("#757575")));
        m_last->setText(tr("No run yet."));
        return;
    }
    m_badge->setText(outcomeText(outcome));
    m_badge->setStyleSheet(badgeStyle.arg(outcomeColor(outcome).name()));
    const QLocale l;
    const QString when
        = endedAt.isValid() ? l.toString(endedAt.toLocalTime(), QLocale::ShortFormat) : tr("still going");
    m_last->setText(tr("Last run%1: %2 — %3 selected, %4 synced, %5 failed, %6 skipped")
                        .arg(dryRun ? tr(" (dry run)") : QString(), when)
                        .arg(selected)
                        .arg(succeeded)
                        .arg(failed)
                        .arg(skipped));
}

void SyncFunctionCard::setNextRun(const QString &text)
{
    m_next->setText(text);
}

void SyncFunctionCard::setTimeline(const QString &html)
{
    m_timeline->setText(html);
}

void SyncFunctionCard::setAlert(const QString &text)
{
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
}

void SyncFunctionCard::setBusy(bool busy, const QString &text)
{
    m_run->setEnabled(!busy);
    m_dryRun->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progressRow->setVisible(busy);
    if (busy) {
        m_clock.start();
        m_phase.clear();
        m_progress->setRange(0, 0);
        m_progressText->setText(text);
    }
}

void SyncFunctionCard::setProgress(const RunProgress &p)
{
    if (p.phase != m_phase) {
        m_phase = p.phase;
        m_phaseStartDone = p.done;
        m_clock.restart();
    }
    if (p.total <= 0) {
        m_progress->setRange(0, 0);
        m_progressText->setText(p.phase);
        return;
    }
    m_progress->setRange(0, p.total);
    m_progress->setValue(qBound(0, p.done, p.total));
    QString eta;
    const int doneInPhase = p.done - m_phaseStartDone;
    const qint64 ms = m_clock.elapsed();
    if (doneInPhase > 0 && ms > 500 && p.done < p.total) {
        const qint64 left = qint64(double(ms) / doneInPhase * (p.total - p.done) / 1000.0 + 0.5);
        eta = tr(" — about %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    }
    const QLocale l;
    m_progressText->setText(tr("%1: %2 of %3 tickets%4").arg(p.phase, l.toString(p.done), l.toString(p.total), eta));
}

} // namespace tixsync
