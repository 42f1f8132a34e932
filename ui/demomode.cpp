#include "demomode.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "core/statuses.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tixsync {

namespace {

constexpr int kSeedChunk = 5000;

QString discrepancySetting()
{
    return QStringLiteral("demo/discrepancies");
}

QJsonValue personJson(const QString &first, const QString &last, const QString &email)
{
    if (first.isEmpty() && last.isEmpty() && email.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("firstName"), first}, {QStringLiteral("lastName"), last}, {QStringLiteral("email"), email}};
}

/// "Anna Muster <anna@example.ch>" (Person::displayName, as feedback and demo data store owners).
QJsonValue personFromDisplay(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(.*?)\\s*(?:<([^>]*)>)?\\s*$"));
    const auto m = re.match(text);
    const QString name = m.captured(1);
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    return personJson(space < 0 ? name : name.left(space), space < 0 ? QString() : name.mid(space + 1), m.captured(2));
}

} // namespace

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

Status DemoMode::start(Store &store, int spectatorActivity, int deletionConfirmMs)
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
        QStringLiteral("--deletion-confirm-ms"), QString::number(deletionConfirmMs), QStringLiteral("--seed"),
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
    if (auto seeded = seed(store); !seeded) {
        stop();
        return fail(seeded.error());
    }
    return {};
}

Result<QByteArray> DemoMode::post(const QByteArray &path, const QByteArray &body)
{
    // A plain blocking HTTP/1.1 call on the loopback: no nested event loop while the window is up.
    auto failed = [](const QString &why) {
        return fail(QStringLiteral("DEMO_SEED"),
            tr("Cannot fill the TIXNGO simulator with the demo tickets: %1. Restart tixsync --demo.").arg(why));
    };
    QTcpSocket socket;
    socket.connectToHost(m_url.host(), quint16(m_url.port()));
    if (!socket.waitForConnected(5000))
        return failed(socket.errorString());
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1() + ':'
        + QByteArray::number(m_url.port()) + "\r\nX-Api-Key: " + m_key.toLatin1()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n";
    socket.write(request);
    socket.write(body);
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    while (t.elapsed() < 60000) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(1000);
        else if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
        if (headerEnd < 0 && (headerEnd = answer.indexOf("\r\n\r\n")) >= 0) {
            static const QRegularExpression len(
                QStringLiteral("\r\ncontent-length:\\s*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
            const auto m = len.match(QString::fromLatin1(answer.left(headerEnd + 2)));
            length = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        }
        if (headerEnd >= 0 && length >= 0 && answer.size() >= headerEnd + 4 + length)
            break;
    }
    answer += socket.readAll();
    if (headerEnd < 0)
        return failed(tr("no answer"));
    const QByteArray statusLine = answer.left(answer.indexOf("\r\n"));
    const QByteArray content = answer.mid(headerEnd + 4);
    if (!statusLine.contains(" 200 "))
        return failed(QString::fromUtf8(statusLine + ' ' + content.left(300)));
    return content;
}

Status DemoMode::chooseDiscrepancies(Store &store)
{
    m_discrepancies.clear();
    const QString kept = store.setting(discrepancySetting());
    if (!kept.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(kept.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            m_discrepancies.insert(it.key(), it.value().toString());
        return {};
    }
    auto ids = [&store](const QString &sql) -> Result<QStringList> {
        auto q = store.exec(sql);
        if (!q)
            return fail(q.error());
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    };
    // Printed tickets on a phone: two deleted and two controlled in TIXNGO only (REC-3, REC-7).
    auto printed
        = ids(QStringLiteral("SELECT ticket_id FROM tickets WHERE s360_status = 'PRINTED' AND injected_at <> '' "
                             "AND tixngo_status IN ('INJECTED', 'DOWNLOADED', 'ASSIGNED') ORDER BY ticket_id"));
    if (!printed)
        return fail(printed.error());
    // A ticket not printed yet, of a mode that goes to TIXNGO, already in a wallet (REC-1).
    auto notPrinted = ids(QStringLiteral(
        "SELECT ticket_id FROM tickets WHERE s360_status = 'NOT_PRINTED' AND injected_at = '' AND tixngo_status = '' "
        "AND product_kind NOT IN ('MEMBERSHIP', 'SEASON_CARD') AND shipment_mode IN (SELECT DISTINCT shipment_mode "
        "FROM tickets WHERE injected_at <> '') ORDER BY ticket_id"));
    if (!notPrinted)
        return fail(notPrinted.error());
    if (printed->size() < 4 || notPrinted->isEmpty())
        return {}; // no demo data yet: chosen at the next seeding
    const qsizetype n = printed->size();
    m_discrepancies.insert(printed->at(n / 5), QStringLiteral("DELETED"));
    m_discrepancies.insert(printed->at(2 * n / 5), QStringLiteral("DELETED"));
    m_discrepancies.insert(printed->at(3 * n / 5), QStringLiteral("CONTROLLED"));
    m_discrepancies.insert(printed->at(4 * n / 5), QStringLiteral("CONTROLLED"));
    m_discrepancies.insert(notPrinted->at(notPrinted->size() / 2), QStringLiteral("DOWNLOADED"));
    QJsonObject o;
    for (auto it = m_discrepancies.cbegin(); it != m_discrepancies.cend(); ++it)
        o.insert(it.key(), it.value());
    return store.setSetting(discrepancySetting(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<int> DemoMode::seed(Store &store)
{
    if (!isRunning() || !m_url.isValid())
        return fail(QStringLiteral("DEMO_SEED"), tr("The TIXNGO simulator is not running; restart tixsync --demo."));
    QElapsedTimer timer;
    timer.start();
    if (auto ok = chooseDiscrepancies(store); !ok)
        return fail(ok.error());
    // The Reconciliation page looks at the modes that go to TIXNGO only (not print at home).
    if (store.setting(QStringLiteral("recon.shipmentModes")).isEmpty()) {
        auto q = store.exec(QStringLiteral("SELECT DISTINCT shipment_mode FROM tickets WHERE injected_at <> '' AND "
                                           "shipment_mode <> '' ORDER BY shipment_mode"));
        if (!q)
            return fail(q.error());
        QStringList modes;
        while (q->next())
            modes << q->value(0).toString();
        if (!modes.isEmpty())
            if (auto ok = store.setSetting(QStringLiteral("recon.shipmentModes"), modes.join(QLatin1Char(','))); !ok)
                return fail(ok.error());
    }

    QJsonArray events;
    {
        auto q = store.exec(QStringLiteral("SELECT event_id FROM events ORDER BY event_id"));
        if (!q)
            return fail(q.error());
        QStringList ids;
        while (q->next())
            ids << q->value(0).toString();
        for (const QString &id : std::as_const(ids)) {
            const auto e = store.event(id);
            if (!e || !e->startTime.isValid())
                continue;
            QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("name"), e->name},
                {QStringLiteral("startTime"), toRfc3339(e->startTime)}};
            if (e->endTime.isValid())
                o.insert(QStringLiteral("expirationDate"), toRfc3339(e->endTime));
            events.append(o);
        }
    }

    QSet<QString> pendingDiscrepancies(m_discrepancies.keyBegin(), m_discrepancies.keyEnd());
    int total = 0;
    QJsonArray chunk;
    auto flush = [&]() -> Status {
        if (chunk.isEmpty() && events.isEmpty())
            return {};
        QJsonObject body{{QStringLiteral("tickets"), chunk}};
        if (!events.isEmpty())
            body.insert(QStringLiteral("events"), std::exchange(events, {}));
        auto answer = post("/_sim/seed", QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!answer)
            return fail(answer.error());
        total += int(chunk.size());
        chunk = {};
        return {};
    };
    auto add = [&](const QSqlQuery &q) -> Status {
        const QString id = q.value(0).toString();
        QString status = q.value(2).toString();
        if (TixngoStatus parsed; status.isEmpty() || !parseTixngoStatus(status, &parsed))
            status = QStringLiteral("INJECTED");
        QString reason = q.value(12).toString();
        bool controlled = q.value(13).toInt() != 0;
        const auto deliberate = m_discrepancies.constFind(id);
        if (deliberate != m_discrepancies.cend()) {
            pendingDiscrepancies.remove(id);
            status = *deliberate;
            controlled = status == QLatin1String("CONTROLLED");
            if (status == QLatin1String("DELETED") && reason.isEmpty())
                reason = QStringLiteral("DELETED_BY_SUPPORT");
        }
        QJsonValue owner = personJson(q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        if (owner.isNull()) // never fed back: the buyer is the owner
            owner = personJson(q.value(15).toString(), q.value(16).toString(), q.value(17).toString());
        QJsonObject t{{QStringLiteral("ticketId"), id}, {QStringLiteral("eventId"), q.value(1).toString()},
            {QStringLiteral("status"), status}, {QStringLiteral("controlled"), controlled},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("initialOwner"), personFromDisplay(q.value(6).toString())},
            {QStringLiteral("previousOwner"), personFromDisplay(q.value(7).toString())},
            {QStringLiteral("holder"), personJson(q.value(8).toString(), q.value(9).toString(), {})}};
        if (!reason.isEmpty())
            t.insert(QStringLiteral("deletionReason"), reason);
        if (QDateTime at = parseRfc3339(q.value(14).toString()); at.isValid()) {
            // A deliberate discrepancy happened in TIXNGO after the last feedback S-360 knows of,
            // so reading TIXNGO's view shows it even though demo dates lie ahead of the clock.
            if (deliberate != m_discrepancies.cend())
                at = at.addSecs(3600);
            t.insert(QStringLiteral("updatedAt"), toRfc3339(at.toUTC()));
        }
        chunk.append(t);
        return chunk.size() >= kSeedChunk ? flush() : Status{};
    };
    const QString columns = QStringLiteral(
        "SELECT ticket_id, event_id, tixngo_status, tixngo_owner_first_name, tixngo_owner_last_name, "
        "tixngo_owner_email, tixngo_initial_owner, tixngo_previous_owner, tixngo_holder_first_name, "
        "tixngo_holder_last_name, s360_status, shipment_mode, tixngo_deletion_reason, tixngo_controlled, "
        "tixngo_updated_at, contact_first_name, contact_last_name, contact_email FROM tickets ");
    {
        auto q
            = store.exec(columns + QStringLiteral("WHERE injected_at <> '' OR tixngo_status <> '' ORDER BY ticket_id"));
        if (!q)
            return fail(q.error());
        while (q->next())
            if (auto ok = add(*q); !ok)
                return fail(ok.error());
    }
    for (const QString &id : std::as_const(pendingDiscrepancies)) {
        auto q = store.exec(columns + QStringLiteral("WHERE ticket_id = ?"), {id});
        if (!q)
            return fail(q.error());
        if (q->next())
            if (auto ok = add(*q); !ok)
                return fail(ok.error());
    }
    if (auto ok = flush(); !ok)
        return fail(ok.error());
    qCInfo(lcUi) << "demo simulator seeded with" << total << "tickets in" << timer.elapsed() << "ms";
    return total;
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
