// Templates in the database (schema version 2): versions with author, time and comment. Runs on
// SQLite and, as tst_templatestore_pg, on PostgreSQL.
#include "template/templatestore.h"

#include "core/store.h"
#include "support/testdb.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::tpl;

class TestTemplateStore : public QObject {
    Q_OBJECT
private slots:
    void versions();
};

void TestTemplateStore::versions()
{
    QTemporaryDir dir;
    auto store = Store::open(TIXSYNC_FRESH_DB(dir, "templates"));
    QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
    QVERIFY((*store)->schemaVersion() >= 2);
    TemplateStore ts(**store);
    const Template v1(
        QStringLiteral("match"), {{QStringLiteral("event.name"), QStringLiteral("${Product_externalName}")}});
    const Template v2(
        QStringLiteral("match"), {{QStringLiteral("event.name"), QStringLiteral("Match: ${Product_externalName}")}});
    QCOMPARE(ts.save(v1, QStringLiteral("first")).value_or(-1), 1);
    QCOMPARE(ts.save(v2, QStringLiteral("prefix the name"), QStringLiteral("alice")).value_or(-1), 2);
    QCOMPARE(ts.names().value_or(QStringList()), QStringList{QStringLiteral("match")});
    QCOMPARE(ts.load(QStringLiteral("match"))->fields(), v2.fields());
    QCOMPARE(ts.load(QStringLiteral("match"), 1)->fields(), v1.fields());
    const auto versions = ts.versions(QStringLiteral("match"));
    QVERIFY(versions.has_value());
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(0).author, TemplateStore::currentUser());
    QCOMPARE(versions->at(1).author, QStringLiteral("alice"));
    QCOMPARE(versions->at(1).comment, QStringLiteral("prefix the name"));
    QVERIFY(versions->at(1).createdAt.isValid());
    QVERIFY(!ts.load(QStringLiteral("nope")));
    QVERIFY(!ts.load(QStringLiteral("match"), 7));
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
