#pragma once

// Starts TIXSYNC_BIN_DIR/tixngo-sim on a free port with a random API key (read from its first
// stdout line) and offers the simulator extras (/_sim/faults, /_sim/reset, /_sim/tickets)
// through blocking calls — tests only, never on a GUI thread.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

class SimFixture {
public:
    ~SimFixture() { stop(); }

    bool start(const QStringList &extraArgs = {})
    {
        stop();
        key = QStringLiteral("sk-") + QString::number(QRandomGenerator::global()->generate64(), 36)
            + QString::number(QRandomGenerator::global()->generate64(), 36);
        m_process.setProgram(QStringLiteral(TIXSYNC_BIN_DIR "/tixngo-sim"));
        m_process.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), key} + extraArgs);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            lastError = m_process.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < 10000 && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression re(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/\\S*organizer/tickets)$"));
        const auto m = re.match(line);
        if (!m.hasMatch()) {
            lastError = QStringLiteral("first line '%1'; stderr: %2")
                            .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        url = m.captured(1);
        base = QUrl(url).adjusted(QUrl::RemovePath).toString();
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// POST /_sim/faults {"fail-rate": 1, …}; true on 200.
    bool setFaults(const QJsonObject &faults)
    {
        return call("POST", QStringLiteral("/_sim/faults"), json(faults)).first == 200;
    }
    bool reset() { return call("POST", QStringLiteral("/_sim/reset"), "{}").first == 200; }
    QJsonObject tickets()
    {
        return QJsonDocument::fromJson(call("GET", QStringLiteral("/_sim/tickets")).second).object();
    }
    bool forceStatus(const QString &id, const QString &status)
    {
        return call("POST",
                   QStringLiteral("/_sim/tickets/") + QString::fromLatin1(QUrl::toPercentEncoding(id))
                       + QStringLiteral("/status"),
                   json(QJsonObject{{QStringLiteral("status"), status}}))
                   .first
            == 200;
    }
    QByteArray stderrText() { return m_process.readAllStandardError(); }

    QString key;
    QString url; // interface URL …/api/v3/organizer/tickets
    QString base; // http://127.0.0.1:port
    QString lastError;

private:
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    std::pair<int, QByteArray> call(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(base + path));
        request.setRawHeader("X-Api-Key", key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = verb == "GET" ? m_nam.get(request) : m_nam.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    QProcess m_process;
    QNetworkAccessManager m_nam;
};
