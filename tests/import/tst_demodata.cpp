// Demo data: deterministic for a seed, different for another seed, a believable mix of every
// S-360 status with a TIXNGO side that matches it, and all-or-nothing like an import.
#include "import/comfortvalue.h"
#include "import/demodata.h"
#include "support/testdb.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;

namespace {
QString dumpTickets(Store &store)
{
    QString out;
    auto q = store.exec(QStringLiteral("SELECT ") + Store::ticketColumns().join(QLatin1String(", "))
        + QStringLiteral(" FROM tickets ORDER BY ticket_id"));
    if (!q)
        return q.error().toString();
    const int n = int(Store::ticketColumns().size());
    while (q->next()) {
        for (int i = 0; i < n; ++i)
            out += q->value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    auto e = store.exec(QStringLiteral("SELECT ") + Store::eventColumns().join(QLatin1String(", "))
        + QStringLiteral(" FROM events ORDER BY event_id"));
    while (e && e->next())
        for (int i = 0; i < int(Store::eventColumns().size()); ++i)
            out += e->value(i).toString() + QLatin1Char('|');
    auto p = store.exec(QStringLiteral("SELECT ") + Store::productColumns().join(QLatin1String(", "))
        + QStringLiteral(" FROM products ORDER BY product_code"));
    while (p && p->next())
        for (int i = 0; i < int(Store::productColumns().size()); ++i)
            out += p->value(i).toString() + QLatin1Char('|');
    return out;
}

QMap<QString, int> countBy(Store &store, const char *column, const char *where = "1 = 1")
{
    QMap<QString, int> out;
    auto q = store.exec(QStringLiteral("SELECT %1, COUNT(*) FROM tickets WHERE %2 GROUP BY %1")
                            .arg(QLatin1String(column), QLatin1String(where)));
    while (q && q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    return out;
}
} // namespace

class TestDemoData : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sameSeedSameData();
    void otherSeedOtherData();
    void statusMixHasEveryStatus();
    void tixngoSideMatchesS360Status();
    void rerunUpdatesTheSameRows();
    void cancelWritesNothing();
    void productsCarryComfortVariables_TPL9();

private:
    std::unique_ptr<Store> open(const char *name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}
void TestDemoData::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Store> TestDemoData::open(const char *name)
{
    QString why;
    const QString location
        = tixsync::test::freshDatabase(*m_dir, QString::fromLatin1(name).section(QLatin1Char('.'), 0, 0), &why);
    if (location.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(why));
    auto store = Store::open(location);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

void TestDemoData::sameSeedSameData()
{
    const DemoDataOptions options{6, 150, 7};
    auto a = open("a.sqlite");
    auto b = open("b.sqlite");
    auto ra = generateDemoData(*a, options);
    QVERIFY2(ra, qPrintable(ra ? QString() : ra.error().toString()));
    QCOMPARE(ra->events, 6);
    QCOMPARE(ra->tickets, 900);
    QVERIFY(generateDemoData(*b, options));
    const QString da = dumpTickets(*a);
    QCOMPARE(da.count(QLatin1Char('\n')), 900);
    QCOMPARE(dumpTickets(*b), da);
}

void TestDemoData::otherSeedOtherData()
{
    auto a = open("a.sqlite");
    auto b = open("b.sqlite");
    QVERIFY(generateDemoData(*a, {4, 100, 1}));
    QVERIFY(generateDemoData(*b, {4, 100, 2}));
    QVERIFY(dumpTickets(*a) != dumpTickets(*b));
    // Different seeds use different ids, so two demo sets can live in one database.
    QVERIFY(generateDemoData(*a, {4, 100, 2}));
    auto q = a->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 800);
}

void TestDemoData::statusMixHasEveryStatus()
{
    auto s = open("mix.sqlite");
    auto r = generateDemoData(*s, DemoDataOptions{});
    QVERIFY(r);
    QCOMPARE(r->tickets, 12 * 500);
    const auto status = countBy(*s, "s360_status");
    for (S360Status st : allS360Statuses())
        QVERIFY2(status.value(toCode(st)) > 0, qPrintable(toCode(st)));
    // Most are not printed yet.
    for (S360Status st : allS360Statuses())
        if (st != S360Status::NotPrinted)
            QVERIFY(status.value(QStringLiteral("NOT_PRINTED")) > status.value(toCode(st)));
    // Reasons for cancelled and invalidated tickets, none for the others.
    const auto cancelReasons = countBy(*s, "s360_reason", "s360_status = 'CANCELLED'");
    QVERIFY(!cancelReasons.contains(QString()) && cancelReasons.contains(QStringLiteral("CANCELLED_BY_ORGANIZER")));
    const auto invalidReasons = countBy(*s, "s360_reason", "s360_status = 'INVALIDATED'");
    QVERIFY(invalidReasons.contains(QStringLiteral("REPRINT")) && invalidReasons.contains(QStringLiteral("RESALE")));
    QCOMPARE(countBy(*s, "s360_reason", "s360_status IN ('NOT_PRINTED', 'PRINTED', 'CONTROLLED')").keys(),
        QStringList{QString()});
    // Mostly wallet tickets, some print-at-home; a few season cards and memberships.
    const auto shipment = countBy(*s, "shipment_mode");
    QVERIFY(shipment.value(QStringLiteral("TIXNGO_WALLET")) > 5 * shipment.value(QStringLiteral("PRINT_AT_HOME")));
    QVERIFY(shipment.value(QStringLiteral("PRINT_AT_HOME")) > 0);
    const auto kinds = countBy(*s, "product_kind");
    QVERIFY(kinds.value(QStringLiteral("SEASON_CARD")) > 0);
    QVERIFY(kinds.value(QStringLiteral("MEMBERSHIP")) > 0);
    QVERIFY(kinds.value(QStringLiteral("TICKET")) > 10 * kinds.value(QStringLiteral("SEASON_CARD")));
    QVERIFY(countBy(*s, "currency").size() >= 2);
    // Buyers from several countries.
    QVERIFY(countBy(*s, "holder_country_code").size() >= 4);
}

void TestDemoData::tixngoSideMatchesS360Status()
{
    auto s = open("map.sqlite");
    QVERIFY(generateDemoData(*s, DemoDataOptions{}));
    // rule MAP-1: NOT_PRINTED tickets are not in TIXNGO.
    QCOMPARE(countBy(*s, "tixngo_status", "s360_status = 'NOT_PRINTED'").keys(), QStringList{QString()});
    // rule MAP-2: printed wallet tickets are in TIXNGO in a live status, with an injection date.
    const auto printed = countBy(*s, "tixngo_status", "s360_status = 'PRINTED' AND shipment_mode = 'TIXNGO_WALLET'");
    QVERIFY(printed.contains(QStringLiteral("INJECTED")) && printed.contains(QStringLiteral("DOWNLOADED")));
    for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
        TixngoStatus t;
        QVERIFY(parseTixngoStatus(it.key(), &t));
        QVERIFY2(isLive(t), qPrintable(it.key()));
    }
    QCOMPARE(countBy(*s, "CASE WHEN injected_at = '' THEN 1 ELSE 0 END",
                 "s360_status = 'PRINTED' AND shipment_mode = 'TIXNGO_WALLET'")
                 .keys(),
        QStringList{QStringLiteral("0")});
    // rule MAP-3: controlled tickets are activated or controlled in TIXNGO.
    const auto controlled
        = countBy(*s, "tixngo_status", "s360_status = 'CONTROLLED' AND shipment_mode = 'TIXNGO_WALLET'");
    QVERIFY(controlled.contains(QStringLiteral("CONTROLLED")));
    QCOMPARE(countBy(*s, "CASE WHEN controlled_at = '' THEN 1 ELSE 0 END", "s360_status = 'CONTROLLED'").keys(),
        QStringList{QStringLiteral("0")});
    // rule MAP-4: cancelled / invalidated tickets are deleted, or absent when never injected.
    const auto gone = countBy(*s, "tixngo_status", "s360_status IN ('CANCELLED', 'INVALIDATED')");
    QVERIFY(gone.contains(QStringLiteral("DELETED")) && gone.contains(QString()));
    // Print-at-home tickets never reach TIXNGO.
    QCOMPARE(countBy(*s, "tixngo_status", "shipment_mode = 'PRINT_AT_HOME'").keys(), QStringList{QString()});
}

void TestDemoData::rerunUpdatesTheSameRows()
{
    auto s = open("rerun.sqlite");
    QVERIFY(generateDemoData(*s, {3, 50, 5}));
    const QString first = dumpTickets(*s);
    QVERIFY(generateDemoData(*s, {3, 50, 5}));
    QCOMPARE(dumpTickets(*s), first);
}

void TestDemoData::cancelWritesNothing()
{
    auto s = open("cancel.sqlite");
    QList<qint64> seen;
    auto r = generateDemoData(*s, {3, 100, 1}, [&](qint64 done, qint64 total) {
        seen << done;
        return done < total; // cancel on the last report, after every row was written
    });
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("DEMO_CANCELLED"));
    QCOMPARE(seen.last(), 300);
    auto q = s->exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM tickets) + (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM products)"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

void TestDemoData::productsCarryComfortVariables_TPL9()
{
    auto s = open("comfort.sqlite");
    QVERIFY(generateDemoData(*s, DemoDataOptions{}));
    auto products = s->products();
    QVERIFY(products);
    QSet<ComfortForm> forms;
    bool seasonCard = false, activationDayBefore = false, group = false;
    for (const Product &p : std::as_const(*products)) {
        // Every value is one the import accepts, and season keywords come with their dates.
        for (const auto &[name, value] :
            {std::pair{"TIXAct", p.tixAct}, std::pair{"TIXStart", p.tixStart}, std::pair{"TIXExp", p.tixExp}}) {
            auto v = parseComfortDate(QString::fromLatin1(name), value);
            QVERIFY2(v, qPrintable(p.productCode + QLatin1Char(' ') + value));
            QCOMPARE(v->text, value);
            forms.insert(v->form);
            if (v->form == ComfortForm::SeasonStart)
                QVERIFY(p.seasonStart.isValid());
            if (v->form == ComfortForm::SeasonEnd)
                QVERIFY(p.seasonEnd.isValid());
        }
        QVERIFY(parseComfortGroup(p.tixRGrp));
        if (p.productCode.startsWith(QLatin1String("SC-"))) {
            seasonCard = true;
            QCOMPARE(p.tixStart, QStringLiteral("start_of_season"));
            QCOMPARE(p.tixExp, QStringLiteral("end_of_season"));
            QCOMPARE(p.seasonStart.month(), 7);
            QCOMPARE(p.seasonEnd, p.seasonStart.addYears(1).addDays(-1));
        }
        activationDayBefore = activationDayBefore || p.tixAct == QLatin1String("-1d");
        group = group || !p.tixRGrp.isEmpty();
    }
    QVERIFY(seasonCard);
    QVERIFY(activationDayBefore);
    QVERIFY(group);
    for (ComfortForm f :
        {ComfortForm::SeasonStart, ComfortForm::SeasonEnd, ComfortForm::Relative, ComfortForm::Absolute})
        QVERIFY(forms.contains(f));
    // The season cards sold are products with comfort variables.
    auto q = s->exec(QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN products p ON p.product_code = t.product_code "
                                    "WHERE t.product_kind = 'SEASON_CARD' AND p.tix_start = 'start_of_season'"));
    QVERIFY(q && q->next());
    QVERIFY(q->value(0).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
