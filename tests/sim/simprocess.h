#pragma once

// Test helper: runs build/bin/tixngo-sim on a free port and makes blocking HTTP calls to it.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

struct HttpResult {
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class SimProcess {
public:
    static constexpr const char *kKey = "test-key-123";

    ~SimProcess() { stop(); }

    /// Starts the simulator; returns false (with the reason in lastError) when it does not
    /// print its URL within 10 s.
    bool start(const QStringList &extraArgs = {})
    {
        m_process.setProgram(QStringLiteral(TIXSYNC_BIN_DIR "/tixngo-sim"));
        m_process.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), QLatin1String(kKey)}
            + extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            lastError = m_process.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < 10000) {
            if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
                break; // it exited (bad arguments, unreadable state file…)
        }
        firstLine = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression re(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+/api/v3/organizer/tickets)$"));
        const auto m = re.match(firstLine);
        if (!m.hasMatch()) {
            lastError = QStringLiteral("first line was '%1'; stderr: %2")
                            .arg(firstLine, QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        url = QUrl(m.captured(1));
        base = url.adjusted(QUrl::RemovePath);
        return true;
    }

    /// SIGTERM and wait (the simulator saves its state on the way out).
    bool terminate()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        m_process.terminate();
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl api(const QString &relative) const { return QUrl(url.toString() + relative); }
    QUrl sim(const QString &path) const { return QUrl(base.toString() + path); }

    HttpResult call(const QByteArray &verb, const QUrl &target, const QByteArray &body = {},
        const QByteArray &key = kKey, const QByteArray &keyHeader = "X-Api-Key",
        const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req(target);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!key.isNull())
            req.setRawHeader(keyHeader, key);
        if (!body.isNull())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        req.setTransferTimeout(15000);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.retryAfter = reply->rawHeader("Retry-After");
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return r;
    }
    HttpResult get(const QUrl &target) { return call("GET", target); }
    HttpResult post(const QUrl &target, const QJsonObject &body)
    {
        return call("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QProcess m_process;
    QNetworkAccessManager m_nam;
    QString firstLine;
    QString lastError;
    QUrl url; // …/api/v3/organizer/tickets
    QUrl base; // http://127.0.0.1:PORT
};
