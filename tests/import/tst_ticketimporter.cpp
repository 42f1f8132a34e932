// The S-360 CSV import: a good file lands with every field, re-import upserts, each kind of bad
// input is refused with its exact line and column and leaves the database as it was, and a
// cancelled import writes nothing.
#include "import/ticketimporter.h"
#include "support/testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;

namespace {
const QByteArray kHeader("ticket_id,ticket_number,event_id,event_name,event_start,s360_status\n");
const QByteArray kRow1("1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED\n");
const QByteArray kRow2("2,12,E1,Match,2027-03-14T16:30:00+01:00,PRINTED\n");

QString fixture(const char *name)
{
    return QStringLiteral(TIXSYNC_TEST_DATA "/import/") + QString::fromLatin1(name);
}

/// Every row of both tables, as text, to compare the database before and after.
QString dump(Store &store)
{
    QString out;
    for (const QString &sql : {QStringLiteral("SELECT * FROM events ORDER BY event_id"),
             QStringLiteral("SELECT * FROM tickets ORDER BY ticket_id")}) {
        auto q = store.exec(sql);
        if (!q)
            return q.error().toString();
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i)
                out += q->value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}
} // namespace

class TestTicketImporter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void goodFileLandsWithEveryField();
    void reimportUpsertsAndKeepsTixngoSide();
    void badInput_data();
    void badInput();
    void failedImportChangesNothing();
    void cancelWritesNothing();
    void unknownColumnIsAWarning();
    void headerNamesAreForgiving();
    void disagreeingEventRowsWarn();
    void comfortColumnsRoundTrip_TPL9();
    void comfortBadInput_TPL9_data();
    void comfortBadInput_TPL9();
    void disagreeingProductRowsWarn();

private:
    QString write(const char *name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestTicketImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(TIXSYNC_FRESH_DB(*m_dir, "import"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TestTicketImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestTicketImporter::write(const char *name, const QByteArray &content)
{
    const QString path = m_dir->filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", name);
    return path;
}

void TestTicketImporter::goodFileLandsWithEveryField()
{
    auto r = importTicketsCsv(*m_store, fixture("good.csv"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows, 4);
    QCOMPARE(r->inserted, 4);
    QCOMPARE(r->updated, 0);
    QCOMPARE(r->events, 2);
    QVERIFY(r->warnings.isEmpty());

    const auto e = m_store->event(QStringLiteral("90001"));
    QVERIFY(e);
    QCOMPARE(e->name, QStringLiteral("FC Basel 1893 – BSC Young Boys, Super League")); // quoted comma
    QCOMPARE(e->hostTeam, QStringLiteral("FC Basel 1893"));
    QCOMPARE(e->site, QStringLiteral("St. Jakob-Park"));
    QCOMPARE(e->zip, QStringLiteral("4052"));
    QCOMPARE(e->latitude, 47.5415);
    QCOMPARE(e->timeZone, QStringLiteral("Europe/Zurich"));
    QCOMPARE(e->durationMinutes, 105);
    QCOMPARE(e->startTime, QDateTime(QDate(2027, 3, 14), QTime(16, 30), Qt::OffsetFromUTC, 3600));
    const auto concert = m_store->event(QStringLiteral("90002"));
    QVERIFY(concert);
    QCOMPARE(concert->name, QStringLiteral("Nordlicht Orchestra – \"Polar Nights\" Tour")); // doubled quotes
    // rule PAY-4: an S-360 date is read in the event's time zone and stored as RFC 3339.
    QCOMPARE(concert->startTime, QDateTime(QDate(2027, 3, 20), QTime(20, 0), Qt::OffsetFromUTC, 3600));
    QCOMPARE(concert->startTime.offsetFromUtc(), 3600);

    const auto t1 = m_store->ticket(QStringLiteral("100000001"));
    QVERIFY(t1);
    QCOMPARE(t1->ticketNumber, QStringLiteral("20000001"));
    QCOMPARE(t1->fileNumber, QStringLiteral("5001"));
    QCOMPARE(t1->eventId, QStringLiteral("90001"));
    QCOMPARE(t1->price, 95.0);
    QCOMPARE(t1->currency, QStringLiteral("CHF"));
    QCOMPARE(t1->seatBlock, QStringLiteral("A1"));
    QCOMPARE(t1->seatRow, QStringLiteral("12"));
    QCOMPARE(t1->seatNumber, QStringLiteral("7"));
    QCOMPARE(t1->contact.lastName, QStringLiteral("Müller"));
    QCOMPARE(t1->holder.birthDate, QStringLiteral("1988-04-02"));
    QCOMPARE(t1->holder.gender, QStringLiteral("F"));
    QCOMPARE(t1->shipmentMode, QStringLiteral("TIXNGO_WALLET"));
    QCOMPARE(t1->s360Status, S360Status::NotPrinted);
    QCOMPARE(t1->s360StatusChangedAt, QDateTime(QDate(2027, 2, 1), QTime(10, 15), Qt::OffsetFromUTC, 3600));
    QCOMPARE(t1->tixngoStatus, TixngoStatus::None);

    const auto t3 = m_store->ticket(QStringLiteral("100000003"));
    QVERIFY(t3);
    QCOMPARE(t3->s360Status, S360Status::Cancelled);
    QCOMPARE(t3->s360Reason, QStringLiteral("CUSTOMER_REQUEST"));
    QCOMPARE(t3->contact.lastName, QStringLiteral("O'Connor"));
    QCOMPARE(t3->price, 120.5);

    const auto t4 = m_store->ticket(QStringLiteral("100000004"));
    QVERIFY(t4);
    QCOMPARE(t4->productKind, QStringLiteral("SEASON_CARD"));
    QCOMPARE(t4->productName, QStringLiteral("Season card 2026/27\n(Hallenstadion)")); // newline inside quotes
    QCOMPARE(t4->s360Status, S360Status::Invalidated);
    QCOMPARE(t4->s360Reason, QStringLiteral("REPRINT"));
}

void TestTicketImporter::reimportUpsertsAndKeepsTixngoSide()
{
    QVERIFY(importTicketsCsv(*m_store, fixture("good.csv")));
    // What feedback learned of TIXNGO must survive an S-360 re-import without TIXNGO columns.
    QVERIFY(m_store->exec(QStringLiteral("UPDATE tickets SET tixngo_status = 'DOWNLOADED', tixngo_owner_email = "
                                         "'noah@example.ch' WHERE ticket_id = '100000002'")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    // The update file has only the required columns: ticket 1 unchanged, ticket 2 now
    // CONTROLLED, ticket 5 new.
    auto r = importTicketsCsv(*m_store, fixture("update.csv"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows, 3);
    QCOMPARE(r->inserted, 1);
    QCOMPARE(r->updated, 2);
    auto count = m_store->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 5);

    const auto t1 = m_store->ticket(QStringLiteral("100000001"));
    QCOMPARE(t1->s360Status, S360Status::NotPrinted);
    QCOMPARE(t1->holder.lastName, QStringLiteral("Müller")); // absent column: kept
    QCOMPARE(t1->s360StatusChangedAt, QDateTime(QDate(2027, 2, 1), QTime(10, 15), Qt::OffsetFromUTC, 3600));

    const auto t2 = m_store->ticket(QStringLiteral("100000002"));
    QCOMPARE(t2->s360Status, S360Status::Controlled);
    QCOMPARE(t2->tixngoStatus, TixngoStatus::Downloaded);
    QCOMPARE(t2->tixngoOwner.email, QStringLiteral("noah@example.ch"));
    // The status changed and the file has no s360_status_changed_at: the import time stands in.
    QVERIFY2(t2->s360StatusChangedAt >= before, qPrintable(t2->s360StatusChangedAt.toString(Qt::ISODate)));

    const auto t5 = m_store->ticket(QStringLiteral("100000005"));
    QVERIFY(t5);
    QCOMPARE(t5->productKind, QStringLiteral("TICKET")); // schema default
    QVERIFY(t5->s360StatusChangedAt >= before);
}

void TestTicketImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("says");

    QTest::newRow("empty file") << QByteArray() << "IMPORT_EMPTY" << 1 << 1
                                << QStringList{QStringLiteral("empty"), QStringLiteral("header")};
    QTest::newRow("missing required column")
        << QByteArray("ticket_id,ticket_number,event_id,event_name,event_start\n1,11,E1,M,2027-03-14T16:30:00Z\n")
        << "IMPORT_MISSING_COLUMN" << 1 << 1
        << QStringList{QStringLiteral("\"s360_status\""),
               QStringLiteral("ticket_id,ticket_number,event_id,event_name,event_start,s360_status")};
    QTest::newRow("bad date, first row of its event")
        << kHeader + "1,11,E1,Match,2027-13-01T10:00:00Z,NOT_PRINTED\n"
        << "IMPORT_BAD_DATE" << 2 << 15
        << QStringList{QStringLiteral("2027-13-01T10:00:00Z"), QStringLiteral("event_start"),
               QStringLiteral("RFC 3339"), QStringLiteral("DD/MM/YY hh:mm")};
    QTest::newRow("bad date, later row of its event")
        << kHeader + kRow1 + "2,12,E1,Match,14.03.2027 16:30,PRINTED\n"
        << "IMPORT_BAD_DATE" << 3 << 15 << QStringList{QStringLiteral("14.03.2027 16:30")};
    QTest::newRow("unknown status") << kHeader + kRow1 + "2,12,E1,Match,2027-03-14T16:30:00+01:00,PRINTD\n"
                                    << "IMPORT_BAD_STATUS" << 3 << 41
                                    << QStringList{QStringLiteral("\"PRINTD\""),
                                           QStringLiteral("NOT_PRINTED, PRINTED, CONTROLLED, INVALIDATED, CANCELLED")};
    QTest::newRow("duplicated ticket id")
        << kHeader + kRow1 + kRow2 + "1,13,E1,Match,2027-03-14T16:30:00+01:00,PRINTED\n"
        << "IMPORT_DUPLICATE_ID" << 4 << 1 << QStringList{QStringLiteral("line 2"), QStringLiteral("line 4")};
    QTest::newRow("invalid utf-8") << kHeader + kRow1 + "2,12,E1,Matc\xE9,2027-03-14T16:30:00+01:00,PRINTED\n"
                                   << "CSV_BAD_UTF8" << 3 << 13 << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("unterminated quote") << kHeader + kRow1
            + "2,12,E1,\"Match,2027-03-14T16:30:00+01:00,PRINTED\n3,13,E1,x,y,z\n"
                                        << "CSV_UNTERMINATED_QUOTE" << 3 << 9
                                        << QStringList{QStringLiteral("never closed")};
    QTest::newRow("10 MB line") << kHeader + kRow1 + "2,12,E1,\"" + QByteArray(10 * 1000 * 1000, 'x') + "\n"
                                << "CSV_LINE_TOO_LONG" << 3 << 1
                                << QStringList{QStringLiteral("Line 3"), QStringLiteral("is a quote unterminated?")};
    QTest::newRow("too many fields") << kHeader + kRow1 + "2,12,E1,Match,2027-03-14T16:30:00+01:00,PRINTED,extra\n"
                                     << "CSV_FIELD_COUNT" << 3 << 49
                                     << QStringList{QStringLiteral("7 fields"), QStringLiteral("header has 6")};
    QTest::newRow("too few fields") << kHeader + kRow1 + "2,12,E1,Match\n"
                                    << "CSV_FIELD_COUNT" << 3 << 9
                                    << QStringList{QStringLiteral("4 fields"), QStringLiteral("header has 6")};
    // rule PAY-3
    QTest::newRow("ticket id TIXNGO refuses")
        << kHeader + "T#1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED\n"
        << "IMPORT_BAD_TICKET_ID" << 2 << 1 << QStringList{QStringLiteral("\"#\""), QStringLiteral("letters, digits")};
    QTest::newRow("empty ticket number") << kHeader + "1,,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED\n"
                                         << "IMPORT_EMPTY_VALUE" << 2 << 3
                                         << QStringList{QStringLiteral("ticket_number")};
    // rule PAY-5
    QTest::newRow("bad gender") << QByteArray(
        "ticket_id,ticket_number,event_id,event_name,event_start,s360_status,holder_gender\n"
        "1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,W\n")
                                << "IMPORT_BAD_VALUE" << 2 << 53 << QStringList{QStringLiteral("M, F, U or X")};
    QTest::newRow("bad price") << QByteArray(
        "ticket_id,ticket_number,event_id,event_name,event_start,s360_status,price\n"
        "1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,\"12,50\"\n")
                               << "IMPORT_BAD_NUMBER" << 2 << 53
                               << QStringList{QStringLiteral("12,50"), QStringLiteral("dot")};
    QTest::newRow("unknown time zone") << QByteArray(
        "ticket_id,ticket_number,event_id,event_name,event_start,s360_status,time_zone\n"
        "1,11,E1,Match,14/03/27 16:30,NOT_PRINTED,Europe/Basel\n")
                                       << "IMPORT_BAD_VALUE" << 2 << 42
                                       << QStringList{QStringLiteral("Europe/Basel"), QStringLiteral("IANA")};
}

void TestTicketImporter::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, says);
    const QString path = write("bad.csv", content);
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().file, path);
    QCOMPARE(r.error().line, line);
    QCOMPARE(r.error().column, column);
    for (const QString &s : says)
        QVERIFY2(r.error().message.contains(s), qPrintable(r.error().message));
    QVERIFY(r.error().toString().startsWith(path + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
    // Nothing of the rows before the bad one stays.
    auto count = m_store->exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets) + (SELECT COUNT(*) FROM events)"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestTicketImporter::failedImportChangesNothing()
{
    QVERIFY(importTicketsCsv(*m_store, fixture("good.csv")));
    const QString before = dump(*m_store);
    QVERIFY(before.contains(QStringLiteral("NOT_PRINTED")));
    // Valid rows that would change two tickets, add one and a new event, then a bad status.
    const QString path = write("partly-bad.csv",
        kHeader
            + "100000001,20000001,90001,Renamed,2027-03-14T16:30:00+01:00,CANCELLED\n"
              "100000002,20000002,90001,Renamed,2027-03-14T16:30:00+01:00,CONTROLLED\n"
              "7,17,E7,New,2027-04-01T20:00:00Z,PRINTED\n"
              "8,18,E7,New,2027-04-01T20:00:00Z,LOST\n");
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY(!r);
    QCOMPARE(r.error().line, 5);
    QCOMPARE(dump(*m_store), before);
}

void TestTicketImporter::cancelWritesNothing()
{
    QVERIFY(importTicketsCsv(*m_store, fixture("good.csv")));
    const QString before = dump(*m_store);
    // Cancel on the last report, when every row has been written inside the transaction.
    QList<QPair<qint64, qint64>> calls;
    auto r = importTicketsCsv(*m_store, fixture("update.csv"), [&](qint64 done, qint64 total) {
        calls << qMakePair(done, total);
        return done < total;
    });
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("IMPORT_CANCELLED"));
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.first().first, 0);
    QCOMPARE(calls.last().first, calls.last().second);
    QCOMPARE(calls.last().second, QFileInfo(fixture("update.csv")).size());
    QCOMPARE(dump(*m_store), before);

    // Cancel at once.
    auto r2 = importTicketsCsv(*m_store, fixture("update.csv"), [](qint64, qint64) { return false; });
    QVERIFY(!r2);
    QCOMPARE(r2.error().code, QStringLiteral("IMPORT_CANCELLED"));
    QCOMPARE(dump(*m_store), before);
}

void TestTicketImporter::unknownColumnIsAWarning()
{
    const QString path = write("extra.csv",
        "ticket_id,ticket_number,event_id,event_name,event_start,s360_status,loyalty_points\n"
        "1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,120\n");
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows, 1);
    QCOMPARE(r->warnings.size(), 1);
    QVERIFY2(r->warnings.first().contains(QStringLiteral("\"loyalty_points\"")), qPrintable(r->warnings.first()));
    QVERIFY(r->warnings.first().contains(QStringLiteral(":1:69:")));
}

void TestTicketImporter::headerNamesAreForgiving()
{
    // camelCase, spaces, upper case, a BOM, CRLF, columns in another order, aliases.
    const QString path = write("forgiving.csv",
        "\xEF\xBB\xBF"
        "Status,Event Start,eventName,EVENT_ID,ticketNumber,Ticket Id,Seat\r\n"
        "printed,2027-03-14T15:30:00.250Z,Match,E1,11,1,42\r\n");
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QVERIFY(r->warnings.isEmpty());
    const auto t = m_store->ticket(QStringLiteral("1"));
    QVERIFY(t);
    QCOMPARE(t->s360Status, S360Status::Printed);
    QCOMPARE(t->seatNumber, QStringLiteral("42"));
    QCOMPARE(
        m_store->event(QStringLiteral("E1"))->startTime, QDateTime(QDate(2027, 3, 14), QTime(15, 30, 0, 250), Qt::UTC));
}

void TestTicketImporter::disagreeingEventRowsWarn()
{
    const QString path = write("disagree.csv",
        kHeader + kRow1 + "2,12,E1,Other name,2027-03-14T16:30:00+01:00,PRINTED\n"
            + "3,13,E1,Third name,2027-03-14T16:30:00+01:00,PRINTED\n");
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY(r);
    QCOMPARE(r->events, 1);
    QCOMPARE(r->warnings.size(), 1); // once per event
    QVERIFY(r->warnings.first().contains(QStringLiteral("line 2")));
    QCOMPARE(m_store->event(QStringLiteral("E1"))->name, QStringLiteral("Match"));
}

// Product comfort variables and season dates (interface doc §5.2, rule TPL-9).
namespace {
const QByteArray kComfortHeader("ticket_id,ticket_number,event_id,event_name,event_start,s360_status,product_code,"
                                "TIXAct,TIXStart,TIXExp,TIXRGrp,season_start,season_end\n");
const QByteArray kComfortPrefix("1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,");
// Column where product_code starts on a kComfortPrefix row.
const int kProductColumn = int(kComfortPrefix.size()) + 1;

int productCount(Store &store)
{
    auto q = store.exec(QStringLiteral("SELECT COUNT(*) FROM products"));
    return q && q->next() ? q->value(0).toInt() : -1;
}
} // namespace

void TestTicketImporter::comfortColumnsRoundTrip_TPL9()
{
    // Every value form, the header in S-360's spelling, keywords and units in any case, a season
    // date as dd/mm/yy, tickets of one product on several rows and events.
    const QString path = write("comfort.csv",
        kComfortHeader
            + "1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,SC-2026/27,-1D,START_OF_SEASON,end_of_season,"
              "SEASON-26,2026-07-01,30/06/27\n"
              "2,12,E2,Other,2027-03-21T16:30:00+01:00,NOT_PRINTED,SC-2026/27,-1D,START_OF_SEASON,end_of_season,"
              "SEASON-26,2026-07-01,30/06/27\n"
              "3,13,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,MT-E1,+3h,22/10/23 21:15,2w, G 1 ,,\n"
              "4,14,E1,Match,2027-03-14T16:30:00+01:00,PRINTED,PLAIN,,,,,,\n"
              "5,15,E1,Match,2027-03-14T16:30:00+01:00,PRINTED,,,,,,,\n");
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(r->rows, 5);
    QCOMPARE(r->products, 3); // SC-2026/27, MT-E1, PLAIN (empty values); none for ticket 5

    auto card = m_store->product(QStringLiteral("SC-2026/27"));
    QVERIFY(card);
    QCOMPARE(card->tixAct, QStringLiteral("-1d"));
    QCOMPARE(card->tixStart, QStringLiteral("start_of_season"));
    QCOMPARE(card->tixExp, QStringLiteral("end_of_season"));
    QCOMPARE(card->tixRGrp, QStringLiteral("SEASON-26"));
    QCOMPARE(card->seasonStart, QDate(2026, 7, 1));
    QCOMPARE(card->seasonEnd, QDate(2027, 6, 30));
    auto single = m_store->product(QStringLiteral("MT-E1"));
    QVERIFY(single);
    QCOMPARE(single->tixAct, QStringLiteral("+3h"));
    QCOMPARE(single->tixStart, QStringLiteral("22/10/23 21:15"));
    QCOMPARE(single->tixExp, QStringLiteral("2w"));
    QCOMPARE(single->tixRGrp, QStringLiteral("G 1"));
    QVERIFY(!single->seasonStart.isValid());
    QVERIFY(!m_store->product(QStringLiteral("PLAIN"))->hasComfortVariables());
    QCOMPARE(m_store->ticket(QStringLiteral("2"))->productCode, QStringLiteral("SC-2026/27"));

    // A re-import without the product columns keeps them; one with some of them writes only those.
    QVERIFY(importTicketsCsv(*m_store,
        write("plain.csv",
            "ticket_id,ticket_number,event_id,event_name,event_start,s360_status,product_code\n"
            "1,11,E1,Match,2027-03-14T16:30:00+01:00,PRINTED,SC-2026/27\n")));
    QCOMPARE(m_store->product(QStringLiteral("SC-2026/27"))->tixStart, QStringLiteral("start_of_season"));
    auto again = importTicketsCsv(*m_store,
        write("act-only.csv",
            "ticket_id,ticket_number,event_id,event_name,event_start,s360_status,product_code,tix_act\n"
            "1,11,E1,Match,2027-03-14T16:30:00+01:00,PRINTED,SC-2026/27,-2w\n"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    card = m_store->product(QStringLiteral("SC-2026/27"));
    QCOMPARE(card->tixAct, QStringLiteral("-2w"));
    QCOMPARE(card->tixExp, QStringLiteral("end_of_season"));
    QCOMPARE(card->seasonEnd, QDate(2027, 6, 30));
}

void TestTicketImporter::comfortBadInput_TPL9_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("says");

    const int p = kProductColumn;
    // product_code "P1," is 3 characters: TIXAct starts at p + 3.
    QTest::newRow("TIXAct +1x") << kComfortHeader + kComfortPrefix + "P1,+1x,,,,,\n"
                                << "IMPORT_BAD_VALUE" << 2 << p + 3
                                << QStringList{QStringLiteral("\"+1x\""), QStringLiteral("TIXAct"),
                                       QStringLiteral("start_of_season"), QStringLiteral("+1d"),
                                       QStringLiteral("dd/mm/yy hh:mm")};
    QTest::newRow("TIXAct offset too long")
        << kComfortHeader + kComfortPrefix + "P1,-123456d,,,,,\n"
        << "IMPORT_BAD_VALUE" << 2 << p + 3 << QStringList{QStringLiteral("-123456d")};
    QTest::newRow("TIXStart day 32") << kComfortHeader + kComfortPrefix + "P1,,32/10/23 21:15,,,,\n"
                                     << "IMPORT_BAD_VALUE" << 2 << p + 4
                                     << QStringList{QStringLiteral("\"32/10/23 21:15\""), QStringLiteral("TIXStart"),
                                            QStringLiteral("22/10/23 21:15")};
    QTest::newRow("TIXExp without minutes colon")
        << kComfortHeader + kComfortPrefix + "P1,,,22/10/23 2115,,,\n"
        << "IMPORT_BAD_VALUE" << 2 << p + 5 << QStringList{QStringLiteral("TIXExp"), QStringLiteral("dd/mm/yy")};
    QTest::newRow("TIXExp four-digit year")
        << kComfortHeader + kComfortPrefix + "P1,,,22/10/2023 21:15,,,\n"
        << "IMPORT_BAD_VALUE" << 2 << p + 5 << QStringList{QStringLiteral("22/10/2023 21:15")};
    QTest::newRow("TIXRGrp over 50 characters")
        << kComfortHeader + kComfortPrefix + "P1,,,," + QByteArray(51, 'G') + ",,\n"
        << "IMPORT_BAD_VALUE" << 2 << p + 6 << QStringList{QStringLiteral("TIXRGrp"), QStringLiteral("50")};
    QTest::newRow("bad season start") << kComfortHeader + kComfortPrefix + "P1,,,,,2026-13-01,\n"
                                      << "IMPORT_BAD_DATE" << 2 << p + 7
                                      << QStringList{QStringLiteral("season_start"), QStringLiteral("yyyy-MM-dd")};
    QTest::newRow("season ends before it starts")
        << kComfortHeader + kComfortPrefix + "P1,,,,,2026-07-01,2026-06-30\n"
        << "IMPORT_BAD_DATE" << 2 << p + 18 << QStringList{QStringLiteral("P1"), QStringLiteral("2026-06-30")};
    QTest::newRow("start_of_season without season_start")
        << kComfortHeader + kComfortPrefix + "P1,start_of_season,,,,,2027-06-30\n"
        << "IMPORT_EMPTY_VALUE" << 2 << p + 3
        << QStringList{QStringLiteral("TIXAct"), QStringLiteral("season_start"), QStringLiteral("P1")};
    QTest::newRow("end_of_season without season_end")
        << kComfortHeader + kComfortPrefix + "P1,,,end_of_season,,2026-07-01,\n"
        << "IMPORT_EMPTY_VALUE" << 2 << p + 5 << QStringList{QStringLiteral("TIXExp"), QStringLiteral("season_end")};
    QTest::newRow("comfort value without product_code")
        << kComfortHeader + kComfortPrefix + ",-1d,,,,,\n"
        << "IMPORT_EMPTY_VALUE" << 2 << p + 1 << QStringList{QStringLiteral("TIXAct"), QStringLiteral("product_code")};
    QTest::newRow("comfort column without product_code column")
        << QByteArray("ticket_id,ticket_number,event_id,event_name,event_start,s360_status,TIXAct\n"
                      "1,11,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,-1d\n")
        << "IMPORT_MISSING_COLUMN" << 1 << 69 << QStringList{QStringLiteral("TIXAct"), QStringLiteral("product_code")};
    // The example of docs/import-format.md (columns count characters: the en dash is one).
    const QByteArray docHeader("ticket_id,ticket_number,event_id,event_name,event_start,s360_status,product_code,"
                               "product_kind,TIXAct,TIXStart,TIXExp,TIXRGrp,season_start,season_end\n");
    const QByteArray docCard(
        "100000004,20000004,90001,FC Basel 1893 \xE2\x80\x93 BSC Young Boys,2027-03-14T16:30:00+01:00,"
        "NOT_PRINTED,SC-2026/27,SEASON_CARD,,%1,end_of_season,SEASON-2026-27,2026-07-01,2027-06-30\n");
    const QByteArray docMatch(
        "100000005,20000005,90001,FC Basel 1893 \xE2\x80\x93 BSC Young Boys,2027-03-14T16:30:00+01:00,"
        "NOT_PRINTED,MT-90001,TICKET,%1,,,,,\n");
    QTest::newRow("doc example, TIXStart")
        << docHeader + QByteArray(docCard).replace("%1", "32/10/26 21:15") + QByteArray(docMatch).replace("%1", "+1x")
        << "IMPORT_BAD_VALUE" << 2 << 119 << QStringList{QStringLiteral("TIXStart")};
    QTest::newRow("doc example, TIXAct") << docHeader + QByteArray(docCard).replace("%1", "start_of_season")
            + QByteArray(docMatch).replace("%1", "+1x")
                                         << "IMPORT_BAD_VALUE" << 3 << 111 << QStringList{QStringLiteral("TIXAct")};
    // A later row of a product is checked even though the first row's values are the ones used.
    QTest::newRow("bad value on a later row of the product")
        << kComfortHeader + kComfortPrefix + "P1,-1d,,,,,\n"
            + "2,12,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,P1,-1j,,,,,\n"
        << "IMPORT_BAD_VALUE" << 3 << p + 3 << QStringList{QStringLiteral("\"-1j\"")};
}

void TestTicketImporter::comfortBadInput_TPL9()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, says);
    const QString path = write("bad-comfort.csv", content);
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().file, path);
    QCOMPARE(r.error().line, line);
    QCOMPARE(r.error().column, column);
    for (const QString &s : says)
        QVERIFY2(r.error().message.contains(s), qPrintable(r.error().message));
    QVERIFY(r.error().toString().startsWith(path + QStringLiteral(":%1:%2: ").arg(line).arg(column)));
    // Nothing is written: no ticket, no event, no product.
    auto count = m_store->exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets) + (SELECT COUNT(*) FROM events)"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
    QCOMPARE(productCount(*m_store), 0);
}

void TestTicketImporter::disagreeingProductRowsWarn()
{
    const QString path = write("disagree-product.csv",
        kComfortHeader + kComfortPrefix + "P1,-1d,,,,,\n"
            + "2,12,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,P1,-2d,,,,,\n"
            + "3,13,E1,Match,2027-03-14T16:30:00+01:00,NOT_PRINTED,P1,-3d,,,,,\n");
    auto r = importTicketsCsv(*m_store, path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->warnings.size(), 1); // once per product
    QVERIFY2(
        r->warnings.first().contains(QStringLiteral("P1")) && r->warnings.first().contains(QStringLiteral("line 2")),
        qPrintable(r->warnings.first()));
    QCOMPARE(m_store->product(QStringLiteral("P1"))->tixAct, QStringLiteral("-1d"));
}

QTEST_GUILESS_MAIN(TestTicketImporter)
#include "tst_ticketimporter.moc"
