#include "httpfrontend.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <cstdio>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

} // namespace

HttpFrontEnd::HttpFrontEnd(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

void HttpFrontEnd::write(QTcpSocket *socket, const sim::Response &r)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(r.body);
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Answers are written in one go; without this, Nagle's algorithm holds back small ones.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    sim::Request r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    const sim::Response response = m_handler(r);
    if (m_verbose) {
        std::fprintf(stderr, "%s %s -> %s\n", r.method.constData(), r.path.constData(),
            response.drop ? "dropped" : QByteArray::number(response.status).constData());
        std::fflush(stderr);
    }

    QPointer<QTcpSocket> guard(socket);
    if (response.drop) {
        // Close outside the server's own call stack, as a real reset would.
        QTimer::singleShot(response.delayMs, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    if (response.delayMs <= 0) {
        write(socket, response);
        return true;
    }
    QTimer::singleShot(response.delayMs, socket, [guard, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(guard, response);
    });
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, sim::SimService::error(404, "NOT_FOUND", QStringLiteral("no such endpoint")));
}
