// Injection throughput of tixngo-sim with a plain QNetworkAccessManager client.
// Usage: bench_sim [--tickets N]   (prints a table: batch size, requests in flight, tickets/s)
// "inflight" 1 and 4 use QNetworkAccessManager (as the client does); "raw" is one keep-alive
// socket with TCP_NODELAY, to separate the simulator's cost from QNAM's Nagle stalls.
#include "simprocess.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <cstdio>
#include <deque>

namespace {

QJsonObject ticket(int n)
{
    const QString id = QStringLiteral("BENCH-%1").arg(n, 8, 10, QLatin1Char('0'));
    auto kv = [](const char *k, const QString &v) {
        return QJsonObject{{QStringLiteral("key"), QLatin1String(k)}, {QStringLiteral("value"), v}};
    };
    return QJsonObject{
        {QStringLiteral("ticketId"), id},
        {QStringLiteral("taxNumber"), QString::number(12300000 + n)},
        {QStringLiteral("fileId"), QString::number(900000 + n / 4)},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("EV-%1").arg(n % 20)},
                {QStringLiteral("name"),
                    QStringLiteral("Servette FC - FC Basel 1893, Super League round %1").arg(n % 36)},
                {QStringLiteral("startTime"), QStringLiteral("2030-06-01T20:00:00+02:00")},
                {QStringLiteral("expirationDate"), QStringLiteral("2030-06-02T02:00:00+02:00")},
                {QStringLiteral("group"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Super League 2030")}}},
                {QStringLiteral("address"),
                    QJsonObject{{QStringLiteral("site"), QStringLiteral("Stade de Genève")},
                        {QStringLiteral("city"), QStringLiteral("Lancy")},
                        {QStringLiteral("line1"), QStringLiteral("Route des Jeunes 16")},
                        {QStringLiteral("countryCode"), QStringLiteral("CH")},
                        {QStringLiteral("zip"), QStringLiteral("1212")}}}}},
        {QStringLiteral("purchaseDetails"),
            QJsonObject{{QStringLiteral("price"), 45.5}, {QStringLiteral("currency"), QStringLiteral("CHF")},
                {QStringLiteral("category"), QStringLiteral("Catégorie 1 - Tribune Nord")}}},
        {QStringLiteral("security"),
            QJsonObject{{QStringLiteral("barcode"), QStringLiteral("8012345%1").arg(n, 9, 10, QLatin1Char('0'))}}},
        {QStringLiteral("spectatorDetails"),
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Anne-Sophie")},
                {QStringLiteral("lastName"), QStringLiteral("Müller-Lüdenscheidt")},
                {QStringLiteral("email"), QStringLiteral("spectator.%1@example.org").arg(n)},
                {QStringLiteral("gender"), QStringLiteral("F")}, {QStringLiteral("mainApplicant"), true}}},
        {QStringLiteral("activationParameters"),
            QJsonObject{{QStringLiteral("groupId"), QStringLiteral("G%1").arg(n / 4)},
                {QStringLiteral("method"), QStringLiteral("online")},
                {QStringLiteral("time"), QStringLiteral("2030-06-01T17:00:00+02:00")}}},
        {QStringLiteral("ticketDetails"),
            QJsonObject{{QStringLiteral("main"),
                            QJsonArray{kv("Gate", QStringLiteral("B")), kv("Block", QStringLiteral("N%1").arg(n % 12)),
                                kv("Row", QString::number(n % 30)), kv("Seat", QString::number(n % 40))}},
                {QStringLiteral("extra"), QJsonArray{kv("Tariff", QStringLiteral("Adult full price"))}},
                {QStringLiteral("hidden"),
                    QJsonArray{kv("RESALE_TICKETSHOP_URL",
                        QStringLiteral("https://shop.example.org/resale?ticket=%1").arg(n))}}}},
    };
}

struct Run {
    double seconds = 0;
    int failures = 0;
};

/// Sends the bodies with at most `inflight` requests open at a time.
Run send(SimProcess &sim, const std::vector<QByteArray> &bodies, int inflight)
{
    QNetworkAccessManager nam;
    std::deque<const QByteArray *> queue;
    for (const QByteArray &b : bodies)
        queue.push_back(&b);
    int open = 0;
    Run run;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        while (open < inflight && !queue.empty()) {
            QNetworkRequest req(sim.url);
            req.setRawHeader("X-Api-Key", SimProcess::kKey);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = nam.post(req, *queue.front());
            queue.pop_front();
            ++open;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const QByteArray body = reply->readAll();
                if (reply->error() != QNetworkReply::NoError || body.contains("\"error\""))
                    ++run.failures;
                reply->deleteLater();
                --open;
                if (queue.empty() && open == 0)
                    loop.quit();
                else
                    next();
            });
        }
    };
    timer.start();
    next();
    loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

/// The same with one keep-alive QTcpSocket with TCP_NODELAY and hand-written HTTP/1.1: shows
/// the simulator's own capacity, without QNetworkAccessManager's Nagle stalls.
Run sendRaw(SimProcess &sim, const std::vector<QByteArray> &bodies)
{
    Run run;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(sim.url.port()));
    if (!socket.waitForConnected(5000)) {
        run.failures = int(bodies.size());
        return run;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray path = sim.url.path(QUrl::FullyEncoded).toUtf8();
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        socket.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: " + SimProcess::kKey
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        socket.write(body);
        QByteArray in;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (headerEnd < 0 || in.size() < headerEnd + 4 + length) {
            if (!socket.waitForReadyRead(30000)) {
                ++run.failures;
                break;
            }
            in += socket.readAll();
            if (headerEnd < 0 && (headerEnd = in.indexOf("\r\n\r\n")) >= 0) {
                const qsizetype cl = in.toLower().indexOf("content-length:");
                length = cl < 0 ? 0 : in.mid(cl + 15, in.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
            }
        }
        if (!in.startsWith("HTTP/1.1 200") || in.contains("\"error\""))
            ++run.failures;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int total = 20000;
    const QStringList args = app.arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--tickets"));
    if (i > 0 && i + 1 < args.size())
        total = args.at(i + 1).toInt();

    SimProcess sim;
    if (!sim.start({QStringLiteral("--max-batch"), QStringLiteral("10000")})) {
        std::fprintf(stderr, "cannot start the simulator: %s\n", qPrintable(sim.lastError));
        return 1;
    }
    std::vector<QJsonObject> tickets;
    tickets.reserve(size_t(total));
    for (int n = 0; n < total; ++n)
        tickets.push_back(ticket(n));
    const qsizetype oneSize = QJsonDocument(tickets.front()).toJson(QJsonDocument::Compact).size();

    std::printf("tixngo-sim injection, %d tickets of ~%lld bytes each\n", total, (long long)oneSize);
    std::printf("%-8s %-9s %-10s %-12s %-10s %s\n", "batch", "inflight", "body MB", "seconds", "tickets/s", "failures");
    for (const int batchSize : {1000, 10000}) {
        std::vector<QByteArray> bodies;
        for (int from = 0; from < total; from += batchSize) {
            QJsonArray list;
            for (int n = from; n < qMin(total, from + batchSize); ++n)
                list.append(tickets[size_t(n)]);
            bodies.push_back(
                QJsonDocument(QJsonObject{{QStringLiteral("tickets"), list}}).toJson(QJsonDocument::Compact));
        }
        for (const int inflight : {1, 4, 0}) {
            sim.call("POST", sim.sim(QStringLiteral("/_sim/reset")), "{}");
            const Run r = inflight > 0 ? send(sim, bodies, inflight) : sendRaw(sim, bodies);
            std::printf("%-8d %-9s %-10.2f %-12.3f %-10.0f %d\n", batchSize,
                inflight > 0 ? QByteArray::number(inflight).constData() : "raw", double(bodies.front().size()) / 1e6,
                r.seconds, total / r.seconds, r.failures);
            std::fflush(stdout);
        }
    }
    // Re-injection (updates) and one full read of the diff feed.
    {
        std::vector<QByteArray> bodies;
        for (int from = 0; from < total; from += 1000) {
            QJsonArray list;
            for (int n = from; n < qMin(total, from + 1000); ++n)
                list.append(tickets[size_t(n)]);
            bodies.push_back(
                QJsonDocument(QJsonObject{{QStringLiteral("tickets"), list}}).toJson(QJsonDocument::Compact));
        }
        const Run r = send(sim, bodies, 1);
        std::printf("re-injection (update), batch 1000: %.0f tickets/s\n", total / r.seconds);
        QElapsedTimer t;
        t.start();
        QString key;
        qsizetype read = 0;
        for (;;) {
            const HttpResult page = sim.get(sim.api(QStringLiteral("/diff?limit=10000")
                + (key.isEmpty() ? QString() : QStringLiteral("&paginationKey=") + key)));
            const QJsonObject o = page.json();
            const qsizetype n = o.value(QLatin1String("tickets")).toArray().size();
            if (n == 0)
                break;
            read += n;
            key = o.value(QLatin1String("nextPageKey")).toString();
        }
        std::printf("diff feed read, pages of 10000: %lld tickets in %.3f s (%.0f tickets/s)\n", (long long)read,
            double(t.nsecsElapsed()) / 1e9, read / (double(t.nsecsElapsed()) / 1e9));
    }
    return 0;
}
