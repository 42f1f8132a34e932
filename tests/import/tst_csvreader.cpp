// The streaming RFC 4180 reader: quoting, line breaks, BOM, UTF-8 validation and the positions
// it reports. Every case runs with several read-buffer sizes (1 byte up to the real 4 MiB), so
// that a field, a quote pair, a CRLF or a UTF-8 sequence split across two reads is covered.
#include "import/csvreader.h"

#include <QBuffer>
#include <QtTest>

using namespace tixsync;

namespace {
struct Parsed {
    QList<QByteArrayList> records;
    QList<QList<QPair<int, int>>> positions; // (line, column) of each field
    Error error;
    bool failed = false;
};

Parsed parse(const QByteArray &input, int bufferSize, int maxRecordBytes = CsvReader::DefaultMaxRecordBytes)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("in.csv"), bufferSize);
    reader.setMaxRecordBytes(maxRecordBytes);
    Parsed p;
    CsvRecord r;
    while (reader.readRecord(&r)) {
        QByteArrayList fields;
        QList<QPair<int, int>> pos;
        for (int i = 0; i < r.size(); ++i) {
            fields << r.field(i).toByteArray();
            pos << qMakePair(r.lines[size_t(i)], r.columns[size_t(i)]);
        }
        p.records << fields;
        p.positions << pos;
    }
    p.failed = reader.hasError();
    p.error = reader.error();
    return p;
}

const QList<int> kBufferSizes = {1, 2, 3, 7, CsvReader::DefaultBufferSize};
} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void positionsCountCharactersNotBytes();
    void errors_data();
    void errors();
    void defaultCapIsOneMebibyte();
    void bytesReadReachesTheEnd();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArrayList>>("expected");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QList<QByteArrayList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QByteArrayList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QList<QByteArrayList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << QList<QByteArrayList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << QByteArray("\"Basel, St. Jakob\",x\n")
                                  << QList<QByteArrayList>{{"Basel, St. Jakob", "x"}};
    QTest::newRow("doubled quotes") << QByteArray("\"Tour \"\"Polar\"\"\",\"\"\"\"\n")
                                    << QList<QByteArrayList>{{"Tour \"Polar\"", "\""}};
    QTest::newRow("embedded newline") << QByteArray("\"line 1\nline 2\",b\nc,d\n")
                                      << QList<QByteArrayList>{{"line 1\nline 2", "b"}, {"c", "d"}};
    QTest::newRow("embedded crlf kept") << QByteArray("\"l1\r\nl2\",b\r\n") << QList<QByteArrayList>{{"l1\r\nl2", "b"}};
    QTest::newRow("bom skipped") << QByteArray("\xEF\xBB\xBFticket_id,b\n1,2\n")
                                 << QList<QByteArrayList>{{"ticket_id", "b"}, {"1", "2"}};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << QList<QByteArrayList>{{"", "", ""}, {"", "x", ""}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << QList<QByteArrayList>{{"a"}, {"b"}};
    QTest::newRow("utf-8 kept") << QByteArray("Zürich,Genève,Jülide 😀\n")
                                << QList<QByteArrayList>{{"Zürich", "Genève", "Jülide 😀"}};
    QTest::newRow("empty input") << QByteArray() << QList<QByteArrayList>{};
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << QList<QByteArrayList>{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArrayList>, expected);
    for (int size : kBufferSizes) {
        const Parsed p = parse(input, size);
        QVERIFY2(!p.failed, qPrintable(QStringLiteral("buffer %1: %2").arg(size).arg(p.error.toString())));
        QCOMPARE(p.records, expected);
    }
}

void TestCsvReader::positionsCountCharactersNotBytes()
{
    // Line 1: ab,"c⏎  Line 2: d",é,f⏎  Line 3: ⏎  Line 4: g
    const QByteArray input("ab,\"c\nd\",\xC3\xA9,f\n\ng");
    for (int size : kBufferSizes) {
        const Parsed p = parse(input, size);
        QVERIFY(!p.failed);
        QCOMPARE(p.records.size(), 2);
        const QList<QPair<int, int>> first{{1, 1}, {1, 4}, {2, 4}, {2, 6}};
        QCOMPARE(p.positions[0], first);
        QCOMPARE(p.positions[1], (QList<QPair<int, int>>{{4, 1}}));
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxRecordBytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    const int cap = CsvReader::DefaultMaxRecordBytes;

    QTest::newRow("invalid utf-8 byte") << QByteArray("ok,fine\nab,c\xFF(d\n") << cap << "CSV_BAD_UTF8" << 2 << 5
                                        << "not valid UTF-8";
    QTest::newRow("latin-1 after utf-8") << QByteArray("Z\xC3\xBCrich,Gen\xE8ve\n") << cap << "CSV_BAD_UTF8" << 1 << 11
                                         << "UTF-8";
    QTest::newRow("overlong encoding") << QByteArray("a,\xC0\xAF\n") << cap << "CSV_BAD_UTF8" << 1 << 3 << "UTF-8";
    QTest::newRow("surrogate") << QByteArray("\"x\n\xED\xA0\x80\"\n") << cap << "CSV_BAD_UTF8" << 2 << 1 << "UTF-8";
    QTest::newRow("truncated at end") << QByteArray("a,b\ncd\xE2\x82") << cap << "CSV_BAD_UTF8" << 2 << 3 << "UTF-8";
    QTest::newRow("truncated before comma") << QByteArray("\xE2\x82,x\n") << cap << "CSV_BAD_UTF8" << 1 << 1 << "UTF-8";
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << cap << "CSV_UNTERMINATED_QUOTE" << 2
                                        << 3 << "never closed";
    QTest::newRow("overlong line") << (QByteArray("a,b\n1,2\n") + QByteArray(100, 'x') + "\n") << 64
                                   << "CSV_LINE_TOO_LONG" << 3 << 1 << "is a quote unterminated?";
    QTest::newRow("runaway quote") << (QByteArray("a,b\n\"") + QByteArray(100, 'x')) << 64 << "CSV_LINE_TOO_LONG" << 2
                                   << 1 << "is a quote unterminated?";
    QTest::newRow("many empty fields") << (QByteArray("a\n") + QByteArray(100, ',')) << 64 << "CSV_LINE_TOO_LONG" << 2
                                       << 1 << "longer than";
    QTest::newRow("stray quote") << QByteArray("ab\"c,d\n") << cap << "CSV_STRAY_QUOTE" << 1 << 3 << "quotes";
    QTest::newRow("text after quote") << QByteArray("x,\"ab\"c\n") << cap << "CSV_AFTER_QUOTE" << 1 << 7
                                      << "closing quote";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxRecordBytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    for (int size : kBufferSizes) {
        const Parsed p = parse(input, size, maxRecordBytes);
        QVERIFY2(p.failed, qPrintable(QStringLiteral("buffer %1").arg(size)));
        QCOMPARE(p.error.code, code);
        QCOMPARE(p.error.file, QStringLiteral("in.csv"));
        QCOMPARE(p.error.line, line);
        QCOMPARE(p.error.column, column);
        QVERIFY2(p.error.message.contains(says), qPrintable(p.error.message));
        QVERIFY(p.error.toString().startsWith(QStringLiteral("in.csv:%1:%2: ").arg(line).arg(column)));
    }
}

void TestCsvReader::defaultCapIsOneMebibyte()
{
    QByteArray input("a,b\n\"");
    input += QByteArray(CsvReader::DefaultMaxRecordBytes + 10, 'y');
    const Parsed p = parse(input, CsvReader::DefaultBufferSize);
    QVERIFY(p.failed);
    QCOMPARE(p.error.code, QStringLiteral("CSV_LINE_TOO_LONG"));
    QCOMPARE(p.error.line, 2);
    QVERIFY2(p.error.message.contains(QStringLiteral("1 MiB")), qPrintable(p.error.message));

    QByteArray fits("a\n");
    fits += QByteArray(CsvReader::DefaultMaxRecordBytes - 10, 'z');
    fits += '\n';
    const Parsed ok = parse(fits, CsvReader::DefaultBufferSize);
    QVERIFY(!ok.failed);
    QCOMPARE(ok.records.size(), 2);
}

void TestCsvReader::bytesReadReachesTheEnd()
{
    const QByteArray input("\xEF\xBB\xBF"
                           "a,b\n1,2\n");
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("in.csv"), 4);
    CsvRecord r;
    int n = 0;
    while (reader.readRecord(&r))
        ++n;
    QCOMPARE(n, 2);
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
