// French and German ship complete, and English gets its plural forms: the embedded translations
// load by language code, translate what a user reads, and no .ts file has unfinished entries.
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void frenchAndGermanLoad();
    void englishPlurals();
    void unknownLanguageFallsBackToEnglish();
};

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, lang);
    QFile f(QStringLiteral(TIXSYNC_SOURCE_DIR "/translations/tixsync_%1.ts").arg(lang));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(f.readAll());
    QVERIFY(ts.count(QStringLiteral("<message")) > 20);
    QCOMPARE(ts.count(QStringLiteral("type=\"unfinished\"")), 0);
    // Every placeholder of a source appears in its translation.
    static const QRegularExpression message(
        QStringLiteral("<source>(.*?)</source>\\s*<translation>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d|n)"));
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto m = it.next();
        for (auto p = placeholder.globalMatch(m.captured(1)); p.hasNext();) {
            const QString ph = p.next().captured(0);
            QVERIFY2(m.captured(2).contains(ph), qPrintable(lang + QStringLiteral(": ") + m.captured(1)));
        }
    }
}

void TestTranslations::frenchAndGermanLoad()
{
    QCOMPARE(tixsync::installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("tixsync-cli", "Commands:"), QStringLiteral("Commandes :"));
    QCOMPARE(tixsync::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    const QString de = QCoreApplication::translate("tixsync-cli", "Commands:");
    QVERIFY2(de != QStringLiteral("Commands:") && de != QStringLiteral("Commandes :"), qPrintable(de));
}

void TestTranslations::englishPlurals()
{
    QCOMPARE(tixsync::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("tixsync::SyncPage", "%n ticket(s) failed.", nullptr, 1),
        QStringLiteral("1 ticket failed."));
    QCOMPARE(QCoreApplication::translate("tixsync::SyncPage", "%n ticket(s) failed.", nullptr, 3),
        QStringLiteral("3 tickets failed."));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(tixsync::installTranslations(QStringLiteral("xx")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
