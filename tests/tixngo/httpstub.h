#pragma once

// A tiny scripted HTTP/1.1 server on 127.0.0.1 (free port) for client tests that need answers
// the simulator does not give on demand: an exact 413 sequence, results out of order, a hang.
// It records every request (method, path, headers, body) so tests can count them.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

class HttpStub final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpStub)
public:
    struct Request {
        QByteArray method;
        QByteArray target; // path?query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool drop = false; // close the connection without an answer
        bool hang = false; // never answer
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit HttpStub(Handler handler, QObject *parent = nullptr);
    /// http://127.0.0.1:<port>/api/v3/organizer/tickets
    QString interfaceUrl(const QString &scheme = QStringLiteral("http")) const;
    const QList<Request> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static Reply json(int status, const QByteArray &body) { return Reply{status, body, {}, false, false}; }

private:
    void onConnection();
    void onData(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
