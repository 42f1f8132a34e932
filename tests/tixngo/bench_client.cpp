// Injection throughput of tixngo::Client: client → tixngo-sim, and client → an in-process sink
// that answers at once (so the client's own cost and Nagle stalls show). Prints a table of
// tickets/s (median of the repeats) per batch size and calls in flight.
// Usage: bench_client [--tickets N] [--repeats R] [--target sim|sink|both]
#include "simfixture.h"
#include "testtickets.h"
#include "tixngo/client.h"
#include "tixngo/staticcredentialprovider.h"
#include "tixngo/waitfor.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace tixsync::tixngo;

namespace {

// A minimal HTTP sink in its own thread: reads a POST, answers one INJECTED result per
// "ticketId" found, with TCP_NODELAY on its side (like the simulator).
class Sink final : public QObject {
public:
    quint16 start()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server.serverPort();
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype head = buf.indexOf("\r\n\r\n");
            if (head < 0)
                return;
            const qsizetype cl = buf.indexOf("ontent-Length:");
            const qsizetype length
                = cl >= 0 && cl < head ? buf.mid(cl + 14, buf.indexOf('\r', cl) - cl - 14).trimmed().toLongLong() : 0;
            if (buf.size() < head + 4 + length)
                return;
            const QByteArray body = buf.mid(head + 4, length);
            buf.remove(0, head + 4 + length);
            QByteArray out = "{\"results\":[";
            static const QByteArray marker = "{\"ticketId\":\"";
            bool first = true;
            for (qsizetype i = body.indexOf(marker); i >= 0; i = body.indexOf(marker, i + 1)) {
                const qsizetype end = body.indexOf('"', i + marker.size());
                if (!first)
                    out += ',';
                first = false;
                out += marker + body.mid(i + marker.size(), end - i - marker.size()) + "\",\"status\":\"INJECTED\"}";
            }
            out += "]}";
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(out.size()) + "\r\n\r\n" + out);
        }
    }
    QTcpServer m_server{this}; // a child, so it moves to the sink's thread
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tixsync.*.debug=false\ntixsync.*.info=false"));
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int tickets = option("--tickets", QStringLiteral("50000")).toInt();
    const int repeats = option("--repeats", QStringLiteral("3")).toInt();
    const QString target = option("--target", QStringLiteral("both"));

    const InjectBatch batch = testBatch(tickets);
    qint64 bytes = 0;
    for (const QByteArray &p : batch.payloads)
        bytes += p.size();
    std::printf("bench_client: %d tickets, %.0f bytes per ticket, median of %d runs\n", tickets,
        double(bytes) / tickets, repeats);
    std::printf("%-6s %8s %9s %9s %12s %10s\n", "target", "batch", "inflight", "lowDelay", "tickets/s", "MB/s");

    SimFixture sim;
    QThread sinkThread;
    Sink *sink = nullptr;
    QString sinkUrl;
    if (target != QLatin1String("sim")) {
        sink = new Sink;
        sink->moveToThread(&sinkThread);
        sinkThread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            sink, [&] { port = sink->start(); }, Qt::BlockingQueuedConnection);
        sinkUrl = QStringLiteral("http://127.0.0.1:%1/api/v3/organizer/tickets").arg(port);
    }
    if (target != QLatin1String("sink") && !sim.start()) {
        std::fprintf(stderr, "cannot start tixngo-sim: %s\n", qPrintable(sim.lastError));
        return 1;
    }

    struct Config {
        int batch;
        int inflight;
        bool lowDelay;
    };
    const QList<Config> configs{{1000, 1, false}, {1000, 1, true}, {1000, 2, false}, {1000, 2, true}, {1000, 4, false},
        {10000, 1, false}, {10000, 1, true}, {10000, 2, true}};
    for (const QString &where : {QStringLiteral("sink"), QStringLiteral("sim")}) {
        if (target != QLatin1String("both") && target != where)
            continue;
        const bool isSim = where == QLatin1String("sim");
        // Interleave the configurations (A B A B…) so machine noise spreads over all of them.
        QList<QList<double>> rates(configs.size());
        for (int r = 0; r < repeats; ++r) {
            for (qsizetype k = 0; k < configs.size(); ++k) {
                if (isSim)
                    sim.reset();
                ApiProfile p;
                p.maxTicketsPerCall = configs[k].batch;
                p.callsInFlight = configs[k].inflight;
                p.lowDelay = configs[k].lowDelay;
                p.transferTimeoutMs = 120000;
                auto conn = Connection::fromUrl(isSim ? sim.url : sinkUrl);
                Client client(
                    *conn, p, std::make_shared<StaticCredentialProvider>(isSim ? sim.key : QStringLiteral("k")));
                QElapsedTimer t;
                t.start();
                BatchJob *job = waitFor(client.inject(batch));
                const double s = t.nsecsElapsed() / 1e9;
                if (!job->isOk() || job->acceptedCount() != tickets) {
                    std::fprintf(stderr, "run failed: %s (%d accepted)\n", qPrintable(job->error().message),
                        job->acceptedCount());
                    return 1;
                }
                rates[k].append(tickets / s);
            }
        }
        for (qsizetype k = 0; k < configs.size(); ++k) {
            const double rate = median(rates[k]);
            std::printf("%-6s %8d %9d %9s %12.0f %10.1f\n", qPrintable(where), configs[k].batch, configs[k].inflight,
                configs[k].lowDelay ? "on" : "off", rate, rate * bytes / tickets / 1e6);
        }
        std::fflush(stdout);
    }
    if (sink) {
        QMetaObject::invokeMethod(
            sink, [sink] { delete sink; }, Qt::BlockingQueuedConnection);
        sinkThread.quit();
        sinkThread.wait();
    }
    return 0;
}
