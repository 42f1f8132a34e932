// models/ never depends on QtGui or QtWidgets: no such include in its sources, and the CLI
// (which links the whole model layer) does not load the Gui or Widgets libraries.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void modelsIncludeNoGuiHeaders();
    void cliDoesNotLinkGui();
};

void TestLayering::modelsIncludeNoGuiHeaders()
{
    static const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*[<"](QtGui/|QtWidgets/|QColor|QIcon|QBrush|QFont|QPixmap|QImage|QPainter|QWidget|QApplication|QGuiApplication|QAction|QPalette)\b)"));
    QDirIterator it(QStringLiteral(TIXSYNC_SOURCE_DIR "/models"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
        QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const auto m = gui.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(" includes ") + m.captured(0)));
        ++files;
    }
    QVERIFY(files > 5);
}

void TestLayering::cliDoesNotLinkGui()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(TIXSYNC_BIN_DIR "/tixsync-cli")});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
    QVERIFY2(!libs.contains(QStringLiteral("libQt6Gui")), qPrintable(libs));
    QVERIFY2(!libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
