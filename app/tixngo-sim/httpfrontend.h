#pragma once

#include "simservice.h"

#include <QAbstractHttpServer>
#include <functional>

/// The only class that touches QHttpServer (a technology preview in Qt 6.4): it turns parsed
/// requests into sim::Request, asks the handler, and writes the answer itself on the socket.
/// Owning the socket lets it delay an answer (latency) or close the connection without an
/// answer (drop fault), which the high-level QHttpServer API cannot do.
class HttpFrontEnd final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontEnd)
public:
    using Handler = std::function<sim::Response(const sim::Request &)>;
    explicit HttpFrontEnd(Handler handler, QObject *parent = nullptr);

    /// Log one line per request on stderr (method, path, status; never headers or bodies).
    void setVerbose(bool on) { m_verbose = on; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void write(QTcpSocket *socket, const sim::Response &response);

    Handler m_handler;
    bool m_verbose = false;
};
