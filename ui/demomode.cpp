#include "demomode.h"

#include "core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tixsync {

DemoMode::DemoMode(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_stopping)
            emit simulatorStopped(tr("The TIXNGO simulator stopped (%1 %2); restart tixsync --demo.")
                                      .arg(status == QProcess::CrashExit ? tr("crash") : tr("exit code"))
                                      .arg(code));
    });
}

DemoMode::~DemoMode()
{
    stop();
}

QString DemoMode::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.sqlite"));
}

QString DemoMode::simulatorProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tixngo-sim"));
}

Status DemoMode::start(Store &store, int spectatorActivity)
{
    const QString program = simulatorProgram();
    if (!QFileInfo::exists(program))
        return fail(QStringLiteral("DEMO_NO_SIMULATOR"),
            tr("The TIXNGO simulator %1 is missing: build the tixngo-sim target (it must sit next to tixsync).")
                .arg(program));
    // A random key for this session only: never written anywhere.
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    m_key = QString::fromLatin1(raw.toHex());
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), m_key,
        QStringLiteral("--spectator-activity"), QString::number(spectatorActivity),
        QStringLiteral("--deletion-confirm-ms"), QStringLiteral("3000"), QStringLiteral("--seed"),
        QString::number(QRandomGenerator::global()->bounded(1, 1000000))});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If tixsync dies without cleaning up (kill -9), the kernel stops the simulator too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return fail(QStringLiteral("DEMO_SIMULATOR_START"),
            tr("Cannot start the TIXNGO simulator: %1").arg(m_process.errorString()));
    m_pid = m_process.processId();
    QElapsedTimer t;
    t.start();
    while (!m_process.canReadLine() && t.elapsed() < 10000)
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            break;
    const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/\\S*organizer/tickets)$"));
    const auto m = re.match(first);
    if (!m.hasMatch()) {
        stop();
        return fail(QStringLiteral("DEMO_SIMULATOR_START"),
            tr("The TIXNGO simulator did not say where it listens (first line: \"%1\").").arg(first));
    }
    m_url = QUrl(m.captured(1));
    if (auto ok = store.setSetting(QStringLiteral("tixngo/url"), m_url.toString()); !ok) {
        stop();
        return ok;
    }
    return {};
}

void DemoMode::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

} // namespace tixsync
