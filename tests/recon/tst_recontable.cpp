// The mapping of interface doc §4.1 (MAP-1…4) and the categories of §4.2 (REC-1…7), for every
// S-360 status × every TIXNGO v3 status and V4 location status × the V4 `controlled` flag:
// first the lookup table, then the whole engine on one ticket whose grace periods have expired.
#include "recon/reconciler.h"
#include "recon/recontable.h"
#include "reconfixtures.h"

#include <QtTest>

using namespace tixsync;
using namespace tixsync::recon;

class TestReconTable : public QObject {
    Q_OBJECT
private slots:
    void mapping_data();
    void mapping();
    void everyCombinationIsCovered();
    void codesAreStable();

private:
    int m_rows = 0;
};

namespace {
// Spelled out from the doc, independently of the enum order in core/statuses.h.
const QStringList kLiveUncontrolled = {
    QStringLiteral("INJECTED"), QStringLiteral("DOWNLOADED"), QStringLiteral("ASSIGNED"),
    QStringLiteral("PENDING_TRANSFER"), QStringLiteral("FAILURE_TRANSFER"), QStringLiteral("FAILURE"),
    QStringLiteral("TRANSFERRED"), QStringLiteral("ONLINE_ACTIVATED"), QStringLiteral("OFFLINE_ACTIVATED"),
    QStringLiteral("MANUAL_ACTIVATED"), QStringLiteral("BT_ACTIVATED"), QStringLiteral("ACTIVATED"),
    QStringLiteral("DEACTIVATED"), QStringLiteral("DEFAULT"), QStringLiteral("INVALID"), QStringLiteral("PENDING"),
    QStringLiteral("NOT_DOWNLOADED"), // V4 location status
};
const QStringList kS360 = {QStringLiteral("NOT_PRINTED"), QStringLiteral("PRINTED"), QStringLiteral("CONTROLLED"),
    QStringLiteral("INVALIDATED"), QStringLiteral("CANCELLED")};
// "" = absent from TIXNGO.
QStringList allTixngo()
{
    return QStringList{QString()} + kLiveUncontrolled
        + QStringList{QStringLiteral("CONTROLLED"), QStringLiteral("DELETION_PENDING"), QStringLiteral("DELETED")};
}

struct Expect {
    const char *rule;
    QString category; // "" = no discrepancy
    QString severity; // after every grace period: "error", "warning"…
    QString timing; // "fixed", "cancel-grace", "control-grace", "deletion-threshold", "none"
};

Expect expected(const QString &s, const QString &t, bool controlledFlag)
{
    const bool absent = t.isEmpty();
    const bool controlled = !absent && (t == QLatin1String("CONTROLLED") || controlledFlag);
    const bool deleted = t == QLatin1String("DELETION_PENDING") || t == QLatin1String("DELETED");
    const Expect ok{"", QString(), QString(), QStringLiteral("none")};
    auto cat = [](const char *rule, const char *c, const char *sev, const char *timing) {
        return Expect{rule, QString::fromLatin1(c), QString::fromLatin1(sev), QString::fromLatin1(timing)};
    };
    if (s == QLatin1String("NOT_PRINTED")) { // MAP-1: must not exist
        if (absent || t == QLatin1String("DELETED"))
            return ok;
        if (t == QLatin1String("DELETION_PENDING"))
            return cat("REC-5", "DELETION_STUCK", "warning", "deletion-threshold");
        return cat("REC-1", "SHOULD_NOT_EXIST", "error", "fixed");
    }
    if (s == QLatin1String("PRINTED")) { // MAP-2
        if (absent)
            return cat("REC-2", "MISSING_IN_TIXNGO", "error", "fixed");
        if (deleted)
            return cat("REC-3", "DELETED_IN_TIXNGO_ONLY", "error", "fixed");
        if (controlled)
            return cat("REC-7", "CONTROLLED_ONLY_IN_TIXNGO", "warning", "fixed");
        return ok;
    }
    if (s == QLatin1String("CONTROLLED")) { // MAP-3
        if (absent)
            return cat("REC-2", "MISSING_IN_TIXNGO", "error", "fixed");
        if (controlled)
            return ok;
        if (deleted)
            return cat("REC-3", "DELETED_IN_TIXNGO_ONLY", "error", "fixed");
        return cat("REC-6", "CONTROL_NOT_PROPAGATED", "error", "control-grace");
    }
    // MAP-4: INVALIDATED / CANCELLED
    if (absent || t == QLatin1String("DELETED"))
        return ok;
    if (t == QLatin1String("DELETION_PENDING"))
        return cat("REC-5", "DELETION_STUCK", "warning", "deletion-threshold");
    return cat("REC-4", "LIVE_AFTER_CANCEL", "error", "cancel-grace");
}

QString timingName(Rule::Timing t)
{
    switch (t) {
    case Rule::Timing::None:
        return QStringLiteral("none");
    case Rule::Timing::Fixed:
        return QStringLiteral("fixed");
    case Rule::Timing::CancelGrace:
        return QStringLiteral("cancel-grace");
    case Rule::Timing::ControlGrace:
        return QStringLiteral("control-grace");
    case Rule::Timing::DeletionThreshold:
        return QStringLiteral("deletion-threshold");
    }
    return {};
}
} // namespace

void TestReconTable::mapping_data()
{
    QTest::addColumn<QString>("s360");
    QTest::addColumn<QString>("tixngo");
    QTest::addColumn<bool>("controlled");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("timing");
    const char *map[] = {"MAP-1", "MAP-2", "MAP-3", "MAP-4", "MAP-4"};
    for (int i = 0; i < kS360.size(); ++i) {
        for (const QString &t : allTixngo()) {
            for (bool c : {false, true}) {
                const Expect e = expected(kS360[i], t, c);
                QTest::addRow("%s %s %s x %s controlled=%d -> %s", map[i], e.rule, qPrintable(kS360[i]),
                    t.isEmpty() ? "absent" : qPrintable(t), int(c),
                    e.category.isEmpty() ? "ok" : qPrintable(e.category))
                    << kS360[i] << t << c << e.category << e.severity << e.timing;
            }
        }
    }
}

// rules MAP-1 MAP-2 MAP-3 MAP-4 REC-1 REC-2 REC-3 REC-4 REC-5 REC-6 REC-7
void TestReconTable::mapping()
{
    QFETCH(QString, s360);
    QFETCH(QString, tixngo);
    QFETCH(bool, controlled);
    QFETCH(QString, category);
    QFETCH(QString, severity);
    QFETCH(QString, timing);
    ++m_rows;
    S360Status s;
    TixngoStatus t;
    QVERIFY(parseS360Status(s360, &s));
    QVERIFY(parseTixngoStatus(tixngo, &t));

    // The lookup table.
    const Rule &rule = ReconTable::instance().rule(s, t, controlled);
    QCOMPARE(timingName(rule.timing), timing);
    if (!rule.isNone())
        QCOMPARE(categoryCode(rule.category), category);

    // The engine, long after every grace period: what the user sees in the report.
    TicketSnapshot snap;
    Ticket k = reconfixtures::ticket(QStringLiteral("T1"), QStringLiteral("E1"), s, t, controlled);
    k.s360StatusChangedAt = reconfixtures::at("2026-01-01T10:00:00Z");
    k.controlledAt = s == S360Status::Controlled ? k.s360StatusChangedAt : QDateTime();
    k.tixngoUpdatedAt = t == TixngoStatus::None ? QDateTime() : reconfixtures::at("2026-01-01T10:05:00Z");
    snap.append(k);
    ReconOptions o;
    o.now = reconfixtures::secs("2026-03-01T00:00:00Z");
    auto result = Reconciler(o).run(std::move(snap));
    QVERIFY(result);
    const ReconResult &r = **result;
    if (category.isEmpty()) {
        QCOMPARE(r.size(), 0);
        return;
    }
    QCOMPARE(r.size(), 1);
    QCOMPARE(categoryCode(r.at(0).category), category);
    QCOMPARE(severityCode(r.at(0).severity), severity);
    QCOMPARE(r.ticketId(r.at(0)), QStringLiteral("T1"));
    QCOMPARE(r.counts[size_t(r.at(0).category)], 1);
    QVERIFY(r.age(r.at(0)) > 0);
    const QString text = r.explanation(r.at(0));
    QVERIFY2(text.contains(s360), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Fix:")), qPrintable(text));
}

void TestReconTable::everyCombinationIsCovered()
{
    // 5 S-360 statuses × (absent + 20 TIXNGO statuses) × controlled flag: the table has no hole.
    QCOMPARE(m_rows, ReconTable::Size);
    QCOMPARE(allTixngo().size(), TixngoStatusCount);
}

// rule REC-1 … REC-9: the codes exports and the CLI's JSON rely on, in the doc's order.
void TestReconTable::codesAreStable()
{
    const QStringList codes = {QStringLiteral("SHOULD_NOT_EXIST"), QStringLiteral("MISSING_IN_TIXNGO"),
        QStringLiteral("DELETED_IN_TIXNGO_ONLY"), QStringLiteral("LIVE_AFTER_CANCEL"), QStringLiteral("DELETION_STUCK"),
        QStringLiteral("CONTROL_NOT_PROPAGATED"), QStringLiteral("CONTROLLED_ONLY_IN_TIXNGO"),
        QStringLiteral("OWNER_DRIFT"), QStringLiteral("UNKNOWN_TO_S360")};
    QCOMPARE(CategoryCount, codes.size());
    for (int i = 0; i < CategoryCount; ++i) {
        QCOMPARE(categoryCode(Category(i)), codes[i]);
        Category back;
        QVERIFY(parseCategory(codes[i].toLower(), &back));
        QCOMPARE(back, Category(i));
    }
    QCOMPARE(severityCode(Severity::Error), QStringLiteral("error"));
    QCOMPARE(severityCode(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityCode(Severity::Pending), QStringLiteral("pending"));
    QCOMPARE(severityCode(Severity::Info), QStringLiteral("info"));
}

QTEST_GUILESS_MAIN(TestReconTable)
#include "tst_recontable.moc"
