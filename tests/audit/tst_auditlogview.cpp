// The audit log page offscreen: lines shown newest first, filters, CSV export of the filtered lines.
#include "audit/auditlog.h"
#include "audit/auditlogmodel.h"
#include "auditlogview.h"
#include "core/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tixsync;
using namespace tixsync::audit;

class TestAuditLogView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsLinesNewestFirst();
    void filters();
    void exportsWhatTheFiltersSelect();
    void screenshot();

private:
    void seed();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAuditLogView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(m_dir->filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
}

void TestAuditLogView::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditLogView::seed()
{
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionImport(),
        {{QStringLiteral("file"), QStringLiteral("s360-export-2026-05-30.csv")}, {QStringLiteral("tickets"), 48210}},
        AuditLog::outcomeOk(), QStringLiteral("48 210 tickets imported, 12 updated")));
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionTemplateSave(),
        {{QStringLiteral("template"), QStringLiteral("default")}}, AuditLog::outcomeOk(), QStringLiteral("version 7")));
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionRun(),
        {{QStringLiteral("function"), QStringLiteral("inject")},
            {QStringLiteral("profile"), QStringLiteral("Production")}, {QStringLiteral("batchSize"), 5000}},
        AuditLog::outcomeWarning(), QStringLiteral("4 987 sent, 13 refused (FIELD_TOO_LONG)")));
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionFix(),
        {{QStringLiteral("category"), QStringLiteral("LIVE_AFTER_CANCEL")}, {QStringLiteral("tickets"), 3}},
        AuditLog::outcomeOk(), QStringLiteral("3 deletions pushed")));
    QVERIFY(AuditLog::record(*m_store, AuditLog::actionSettingsChange(),
        {{QStringLiteral("profile"), QStringLiteral("Production")}, {QStringLiteral("apiKey"), QStringLiteral("xyz")}},
        AuditLog::outcomeOk(), QStringLiteral("connection profile changed")));
}

void TestAuditLogView::showsLinesNewestFirst()
{
    seed();
    AuditLogView view(m_store.get());
    view.show();
    QCOMPARE(view.model()->rowCount(), 5);
    QCOMPARE(view.model()->index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("settings-change"));
    QVERIFY(view.model()
                ->index(0, AuditLogModel::ParametersColumn)
                .data()
                .toString()
                .contains(QStringLiteral("<redacted>")));
    QVERIFY(!view.model()->index(0, AuditLogModel::ParametersColumn).data().toString().contains(QStringLiteral("xyz")));
    QVERIFY2(view.statusLabel()->text().contains(QStringLiteral("5 lines")), qPrintable(view.statusLabel()->text()));
    // The action list offers what is in the log.
    QVERIFY(view.actionBox()->findData(QStringLiteral("fix")) > 0);
}

void TestAuditLogView::filters()
{
    seed();
    AuditLogView view(m_store.get());
    view.show();
    view.actionBox()->setCurrentIndex(view.actionBox()->findData(QStringLiteral("run")));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("warning"));
    view.actionBox()->setCurrentIndex(0);
    QCOMPARE(view.model()->rowCount(), 5);
    view.searchField()->setText(QStringLiteral("production"));
    QTRY_COMPARE(view.model()->rowCount(), 2); // after the typing pause
    view.searchField()->clear();
    QTRY_COMPARE(view.model()->rowCount(), 5);
    view.fromEdit()->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    view.fromBox()->setChecked(true);
    QTRY_COMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.statusLabel()->text().contains(QStringLiteral("0 lines")));
}

void TestAuditLogView::exportsWhatTheFiltersSelect()
{
    seed();
    AuditLogView view(m_store.get());
    view.actionBox()->setCurrentIndex(view.actionBox()->findData(QStringLiteral("import")));
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(view.exportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one line, final empty piece
    QVERIFY(lines[1].contains(",import,ok,"));
    QVERIFY(!view.exportTo(m_dir->filePath(QStringLiteral("missing/folder/audit.csv"))));
    QVERIFY(view.statusLabel()->text().contains(QStringLiteral("missing/folder")));
}

void TestAuditLogView::screenshot()
{
    const QString dir = qEnvironmentVariable("TIXSYNC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TIXSYNC_SCREENSHOT_DIR to write the screenshot");
    seed();
    AuditLogView view(m_store.get());
    view.resize(1280, 360);
    view.show();
    QVERIFY(view.grab().save(dir + QStringLiteral("/screenshot-audit.png")));
}

QTEST_MAIN(TestAuditLogView)
#include "tst_auditlogview.moc"
