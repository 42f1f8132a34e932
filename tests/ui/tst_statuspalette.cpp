// Status colours: every status has a readable pill (dark text on a light background, WCAG
// contrast ≥ 7:1), the TIXNGO back-office colours are kept, and the pills are told apart.
#include "core/statuses.h"
#include "statuspalette.h"

#include <QtTest>
#include <cmath>

using namespace tixsync;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestStatusPalette : public QObject {
    Q_OBJECT
private slots:
    void everyPillIsReadable();
    void backOfficeColours();
    void notInTixngoHasNoPill();
};

void TestStatusPalette::everyPillIsReadable()
{
    for (S360Status s : allS360Statuses()) {
        const StatusColors c = StatusPalette::forS360(s);
        QVERIFY2(c.background.isValid() && contrast(c.background, c.foreground) >= 7.0, qPrintable(toCode(s)));
    }
    for (TixngoStatus s : allTixngoStatuses()) {
        if (s == TixngoStatus::None)
            continue;
        const StatusColors c = StatusPalette::forTixngo(s);
        QVERIFY2(c.background.isValid() && contrast(c.background, c.foreground) >= 7.0, qPrintable(toCode(s)));
    }
}

void TestStatusPalette::backOfficeColours()
{
    // The hue families of the TIXNGO back office (interface doc §4): green, lavender, beige,
    // orange, red — checked by hue so that a shade can change but not the meaning.
    auto hue = [](TixngoStatus s) { return StatusPalette::forTixngo(s).background.hslHue(); };
    QVERIFY(hue(TixngoStatus::Downloaded) >= 90 && hue(TixngoStatus::Downloaded) <= 150); // green
    QVERIFY(hue(TixngoStatus::NotDownloaded) >= 240 && hue(TixngoStatus::NotDownloaded) <= 280); // lavender
    QCOMPARE(StatusPalette::forTixngo(TixngoStatus::Injected).background,
        StatusPalette::forTixngo(TixngoStatus::NotDownloaded).background);
    QVERIFY(hue(TixngoStatus::PendingTransfer) >= 30 && hue(TixngoStatus::PendingTransfer) <= 50); // beige
    QVERIFY(hue(TixngoStatus::DeletionPending) >= 20 && hue(TixngoStatus::DeletionPending) <= 40); // orange
    QVERIFY(hue(TixngoStatus::Deleted) >= 0 && hue(TixngoStatus::Deleted) <= 10); // red
    QVERIFY(StatusPalette::forTixngo(TixngoStatus::DeletionPending).background.hslSaturation()
        > StatusPalette::forTixngo(TixngoStatus::PendingTransfer).background.hslSaturation()); // orange ≠ beige
    QCOMPARE(StatusPalette::forCode(QStringLiteral("DELETED"), true).background,
        StatusPalette::forTixngo(TixngoStatus::Deleted).background);
    QCOMPARE(StatusPalette::forCode(QStringLiteral("CANCELLED"), false).background,
        StatusPalette::forS360(S360Status::Cancelled).background);
}

void TestStatusPalette::notInTixngoHasNoPill()
{
    QVERIFY(!StatusPalette::forTixngo(TixngoStatus::None).background.isValid());
    QVERIFY(!StatusPalette::forCode(QString(), true).background.isValid());
    QVERIFY(!StatusPalette::forCode(QStringLiteral("NO_SUCH_STATUS"), false).background.isValid());
}

QTEST_MAIN(TestStatusPalette)
#include "tst_statuspalette.moc"
