#pragma once
// Helpers of the sync tests: S-360 test data, an in-memory TIXNGO (FakeTransport) for the fast
// rule tests, and the tixngo-sim process for the end-to-end ones.
#include "core/store.h"
#include "sync/tixngotransport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>

namespace tixsync::test {

/// What a tixsync-cli process printed and returned; json() is its last stdout line as an object.
struct CliResult {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object(); }
};

inline Event makeEvent(const QString &id, const QString &season = QStringLiteral("2026/27"))
{
    Event e;
    e.eventId = id;
    e.name = QStringLiteral("FC Basel - Young Boys ") + id;
    e.eventType = QStringLiteral("MATCH");
    e.season = season;
    e.startTime = QDateTime(QDate(2027, 3, 14), QTime(16, 30), Qt::OffsetFromUTC, 3600);
    e.durationMinutes = 120;
    e.site = QStringLiteral("St. Jakob-Park");
    e.city = QStringLiteral("Basel");
    e.countryCode = QStringLiteral("CH");
    e.zip = QStringLiteral("4052");
    e.addressLine1 = QStringLiteral("St. Jakobs-Strasse 395");
    e.timeZone = QStringLiteral("Europe/Zurich");
    return e;
}

inline Ticket makeTicket(const QString &id, const QString &eventId, S360Status status = S360Status::NotPrinted)
{
    Ticket t;
    t.ticketId = id;
    t.ticketNumber = QStringLiteral("N") + id;
    t.fileNumber = QStringLiteral("F1");
    t.eventId = eventId;
    t.barcode = QStringLiteral("BC") + id;
    t.productCode = QStringLiteral("P1");
    t.productName = QStringLiteral("Match ticket");
    t.productFamily = QStringLiteral("FOOTBALL");
    t.salesChannel = QStringLiteral("WEB");
    t.tariff = QStringLiteral("ADULT");
    t.category = QStringLiteral("CAT1");
    t.price = 45;
    t.currency = QStringLiteral("CHF");
    t.seatBlock = QStringLiteral("A");
    t.seatRow = QStringLiteral("12");
    t.seatNumber = QStringLiteral("7");
    t.contact.firstName = QStringLiteral("Anna");
    t.contact.lastName = QStringLiteral("Muster");
    t.contact.email = QStringLiteral("anna@example.ch");
    t.holder = t.contact;
    t.holder.gender = QStringLiteral("F");
    t.holder.birthDate = QStringLiteral("1990-05-01");
    t.holder.countryCode = QStringLiteral("CH");
    t.shipmentMode = QStringLiteral("TIXNGO");
    t.s360Status = status;
    t.s360StatusChangedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    t.issuedAt = t.s360StatusChangedAt;
    if (status != S360Status::NotPrinted) {
        t.injectedAt = t.s360StatusChangedAt;
        t.tixngoStatus = TixngoStatus::Injected;
    }
    return t;
}

/// An in-memory TIXNGO: records every call; refuses the ids in `refuse`; fails whole calls when
/// `failCall` is set.
class FakeTransport final : public sync::TixngoTransport {
public:
    QMap<QString, QByteArray> injected; // ticket id → last payload
    QMap<QString, int> sendCount; // ticket id → times sent (any call)
    QMap<QString, sync::DeleteRequest> deleted;
    QMap<QString, QDateTime> controlled;
    QSet<QString> refuse;
    std::optional<Error> failCall;
    QList<int> callSizes;
    QList<QStringList> callIds;
    QList<sync::RemoteTicket> feed; // the diff feed; key "kN" = position N
    QStringList diffKeys; // keys asked for
    QString key = QStringLiteral("SECRET-KEY-123");
    int reads = 0;

    sync::BatchAnswer answer(const QStringList &ids, const QString &okStatus)
    {
        callSizes << int(ids.size());
        callIds << ids;
        sync::BatchAnswer a;
        if (failCall) {
            a.error = failCall;
            return a;
        }
        for (const QString &id : ids) {
            sendCount[id] += 1;
            sync::TicketCallResult r;
            r.ticketId = id;
            if (refuse.contains(id)) {
                r.errorCode = QStringLiteral("FIELD_TOO_LONG");
                r.errorField = QStringLiteral("event.name");
                r.message = QStringLiteral("event.name is longer than 128 characters");
            } else {
                r.ok = true;
                r.status = okStatus;
            }
            a.results << r;
        }
        return a;
    }
    sync::BatchAnswer inject(const QList<QByteArray> &payloads, const QStringList &ids) override
    {
        auto a = answer(ids, QStringLiteral("INJECTED"));
        if (!a.error)
            for (int i = 0; i < ids.size(); ++i)
                if (!refuse.contains(ids[i]))
                    injected[ids[i]] = payloads[i];
        return a;
    }
    sync::BatchAnswer deleteTickets(const QList<sync::DeleteRequest> &tickets) override
    {
        QStringList ids;
        for (const auto &d : tickets)
            ids << d.ticketId;
        auto a = answer(ids, QStringLiteral("DELETION_PENDING"));
        if (!a.error)
            for (const auto &d : tickets)
                if (!refuse.contains(d.ticketId))
                    deleted[d.ticketId] = d;
        return a;
    }
    sync::BatchAnswer control(const QList<sync::ControlRequest> &tickets) override
    {
        QStringList ids;
        for (const auto &c : tickets)
            ids << c.ticketId;
        auto a = answer(ids, QStringLiteral("CONTROLLED"));
        if (!a.error)
            for (const auto &c : tickets)
                if (!refuse.contains(c.ticketId))
                    controlled[c.ticketId] = c.controlledAt;
        return a;
    }
    Result<sync::DiffPage> diff(const QString &paginationKey, int limit) override
    {
        diffKeys << paginationKey;
        if (failCall)
            return fail(*failCall);
        const int from = paginationKey.isEmpty() ? 0 : paginationKey.mid(1).toInt();
        sync::DiffPage p;
        p.tickets = feed.mid(from, limit);
        p.nextPageKey = QStringLiteral("k%1").arg(from + p.tickets.size());
        return p;
    }
    Result<std::optional<sync::RemoteTicket>> readTicket(const QString &ticketId) override
    {
        ++reads;
        if (injected.contains(ticketId) || deleted.contains(ticketId) || controlled.contains(ticketId)) {
            sync::RemoteTicket r;
            r.ticketId = ticketId;
            r.status = deleted.contains(ticketId) ? TixngoStatus::DeletionPending
                : controlled.contains(ticketId)   ? TixngoStatus::Controlled
                                                  : TixngoStatus::Injected;
            r.controlled = controlled.contains(ticketId);
            return std::optional<sync::RemoteTicket>(r);
        }
        return std::optional<sync::RemoteTicket>();
    }
    QString secret() const override { return key; }
};

/// tixngo-sim on a free loopback port.
class SimProcess {
public:
    explicit SimProcess(const QStringList &extraArgs = {}, const QString &apiKey = QStringLiteral("test-key"))
        : m_key(apiKey)
    {
        m_proc.setProgram(QStringLiteral(TIXSYNC_BIN_DIR "/tixngo-sim"));
        m_proc.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), apiKey}
            + extraArgs);
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.start();
        if (!m_proc.waitForStarted(5000))
            return;
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            m_proc.waitForReadyRead(100);
            line += m_proc.readAllStandardOutput();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        const int at = first.indexOf("http://");
        if (at >= 0)
            m_url = QString::fromUtf8(first.mid(at));
    }
    ~SimProcess()
    {
        m_proc.kill();
        m_proc.waitForFinished(3000);
    }
    bool ok() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString key() const { return m_key; }
    /// http://127.0.0.1:PORT
    QString origin() const { return m_url.left(m_url.indexOf(QLatin1Char('/'), 7)); }

    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(origin() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("X-Api-Key", m_key.toUtf8());
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray out = reply->readAll();
        reply->deleteLater();
        return out;
    }
    /// ticket id → status, from /_sim/tickets.
    QMap<QString, QString> tickets()
    {
        QMap<QString, QString> out;
        const QJsonArray a = QJsonDocument::fromJson(request("GET", QStringLiteral("/_sim/tickets")))
                                 .object()
                                 .value(QStringLiteral("tickets"))
                                 .toArray();
        for (const QJsonValue &v : a)
            out.insert(v.toObject().value(QStringLiteral("ticketId")).toString(),
                v.toObject().value(QStringLiteral("status")).toString());
        return out;
    }
    QByteArray setFaults(const QJsonObject &o)
    {
        return request("POST", QStringLiteral("/_sim/faults"), QJsonDocument(o).toJson());
    }
    QByteArray forceStatus(const QString &id, const QJsonObject &o)
    {
        return request(
            "POST", QStringLiteral("/_sim/tickets/") + id + QStringLiteral("/status"), QJsonDocument(o).toJson());
    }

private:
    QProcess m_proc;
    QString m_url;
    QString m_key;
};

} // namespace tixsync::test
