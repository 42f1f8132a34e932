// RFC 3339 (rule PAY-4) and S-360's DD/MM/YY hh:mm.
#include "core/datetime.h"

#include <QtTest>

using namespace tixsync;

class TestDateTime : public QObject {
    Q_OBJECT
private slots:
    void rfc3339RoundTrip_PAY4_data();
    void rfc3339RoundTrip_PAY4();
    void rfc3339Rejects_data();
    void rfc3339Rejects();
    void s360Format();
};

void TestDateTime::rfc3339RoundTrip_PAY4_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("utc") << QStringLiteral("2022-12-12T16:11:00Z");
    QTest::newRow("offset") << QStringLiteral("2020-01-01T20:00:00+01:00");
    QTest::newRow("negative") << QStringLiteral("2026-06-01T18:02:11-04:30");
    QTest::newRow("millis") << QStringLiteral("2026-06-01T18:02:11.250Z");
}

void TestDateTime::rfc3339RoundTrip_PAY4()
{
    QFETCH(QString, text);
    const QDateTime dt = parseRfc3339(text);
    QVERIFY(dt.isValid());
    QCOMPARE(toRfc3339(dt), text);
}

void TestDateTime::rfc3339Rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no zone") << QStringLiteral("2022-12-12T16:11:00");
    QTest::newRow("bad month") << QStringLiteral("2022-13-12T16:11:00Z");
    QTest::newRow("feb 30") << QStringLiteral("2023-02-30T16:11:00Z");
    QTest::newRow("s360 format") << QStringLiteral("22/10/23 21:15");
    QTest::newRow("trailing") << QStringLiteral("2022-12-12T16:11:00Zx");
}

void TestDateTime::rfc3339Rejects()
{
    QFETCH(QString, text);
    QVERIFY(!parseRfc3339(text).isValid());
}

void TestDateTime::s360Format()
{
    const QDateTime dt = parseS360DateTime(u"22/10/23 21:15", 7200);
    QCOMPARE(toRfc3339(dt), QStringLiteral("2023-10-22T21:15:00+02:00"));
    QVERIFY(!parseS360DateTime(u"32/10/23 21:15").isValid());
    QVERIFY(!parseS360DateTime(u"22/10/2023 21:15").isValid());
}

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
