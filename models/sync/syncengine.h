#pragma once

#include "core/domain.h"
#include "sync/runtypes.h"
#include "sync/tixngotransport.h"

#include <QHash>
#include <QSet>
#include <atomic>
#include <functional>

namespace tixsync {
class Store;
}

namespace tixsync::sync {

/// Builds the TIXNGO JSON object of one ticket (the template engine's PayloadBuilder in
/// production; see makePayloadFactory()).
using PayloadFactory = std::function<Result<QByteArray>(const Ticket &, const Event &)>;
/// The template variables of one ticket and their values, in catalogue order (custom parameter
/// dumpTnPRvariables; the template engine's PayloadBuilder::variableValues in production).
using VariableValues = std::function<QList<std::pair<QString, QString>>(const Ticket &, const Event &)>;

/// The interface functions (interface doc §2, rules INJ, FB, PC, CT, DP, RUN): selects the
/// tickets, sends them through a TixngoTransport, and records everything in the store — the run,
/// a ledger row per ticket, processed markers, in-flight records (so that a run killed at any
/// instant loses nothing and re-sends nothing needlessly, RUN-12), watermarks, the feedback
/// pagination key. One running instance per function and organizer (a database lease, RUN-6).
///
/// Blocking: call run() from a worker thread (RunController) or the CLI. The store must belong to
/// the calling thread. cancel() may be called from any thread; the run stops after the call in
/// flight, keeping what was synced.
class SyncEngine final {
public:
    SyncEngine(Store &store, TixngoTransport *transport, PayloadFactory payloads = {});
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    void setProgressCallback(std::function<void(const RunProgress &)> callback) { m_progress = std::move(callback); }
    void cancel() { m_cancel.store(true); }
    /// A flag owned by the caller (RunController), polled like cancel(); must outlive run().
    void setCancelFlag(const std::atomic<bool> *flag) { m_external = flag; }
    /// Lease time-to-live (seconds); tests shorten it.
    void setLeaseTtl(int seconds) { m_leaseTtl = seconds; }
    /// Source of the template variables dumped with dumpTnPRvariables=true.
    void setVariableValues(VariableValues values) { m_variables = std::move(values); }

    RunResult run(const RunOptions &options);

    /// Maps a transport error code to the ledger's error class.
    static ErrorClass classify(const Error &error);
    /// The organizer scope used when RunOptions::organizer is empty.
    static QString defaultOrganizer() { return QStringLiteral("default"); }

private:
    struct Ctx;
    struct Item {
        Ticket ticket;
        QByteArray payload;
        QString reason; // push cancelled: the reason sent
        bool show = false; // push cancelled: showDeletedTicket
        QByteArray variables; // injection with dumpTnPRvariables: "Name=value" lines
    };

    void runInject(Ctx &c);
    void runFeedback(Ctx &c);
    void runFeedbackPages(Ctx &c);
    struct Contact {
        qint64 id = 0;
        QString firstName, lastName, email;
    };
    Status distribute(Ctx &c, const RemoteTicket &rt, const QString &contactEmail, const QString &now);
    Result<Contact> contactFor(const Person &owner, const QString &now);
    void runPush(Ctx &c);
    void resolveInFlight(Ctx &c);
    void sendChunks(Ctx &c, QList<Item> &items);
    Status commitChunk(Ctx &c, const QList<Item> &chunk, const QList<TicketCallResult> &results);
    Status recordCallFailure(Ctx &c, const QList<Item> &chunk, const Error &error, bool keepInFlight);
    Status processFeedbackPage(Ctx &c, const DiffPage &page, const QString *newKey);
    /// `light`: only the columns selection needs (ids, numbers, reason, dates), for impactOnly.
    Result<QList<Ticket>> selectTickets(Ctx &c, bool light = false);
    Result<QList<Ticket>> forcedTickets(Ctx &c, const QString &statusCondition, bool light);
    void loadTicketLists(Ctx &c);
    RunResult runImpact(Ctx &c);
    static QString processedReason(const Item &it);
    bool resetToContact(Ctx &c, const Ticket &t);
    std::optional<Event> eventOf(Ctx &c, const QString &eventId);
    bool killRatioReached(const Ctx &c) const;
    void report(const QString &phase, int done, int total);
    void abortRun(Ctx &c, const Error &error);
    QString dumpText(Ctx &c, const QByteArray &payload);

    Store &m_store;
    TixngoTransport *m_transport;
    PayloadFactory m_payloads;
    VariableValues m_variables;
    std::function<void(const RunProgress &)> m_progress;
    std::atomic<bool> m_cancel{false};
    const std::atomic<bool> *m_external = nullptr;
    bool cancelled() const { return m_cancel.load() || (m_external && m_external->load()); }
    int m_leaseTtl = 300; // longer than one call with all its retries (ApiProfile maxTotalMs 120 s)
};

/// Queries the Sync page and the CLI show.
namespace runs {
struct RunRow {
    qint64 id = 0;
    SyncFunction function = SyncFunction::Inject;
    QString organizer;
    QDateTime startedAt;
    QDateTime endedAt;
    RunOutcome outcome = RunOutcome::Running;
    int selected = 0, succeeded = 0, failed = 0, skipped = 0;
    QString parameters; // JSON
    QString errorCode;
    QString errorText;
    bool dryRun = false;
};
struct LedgerRow {
    QString ticketId;
    QString action;
    QString result; // OK ERROR SKIPPED
    QString errorCode, errorClass, errorMessage;
    QString s360Before, s360After, tixngoBefore, tixngoAfter;
    QString payloadHash;
    int payloadSize = 0;
    QString payload; // dump, when enabled
    QString variables; // template variables "Name=value" lines (dumpTnPRvariables), capped like the dump
};
/// A contact distribution (FB-10, enableTicketDistributionToCulturalContact): one per transfer of
/// a ticket; status PENDING, CONFIRMED (the contact became the recipient) or CANCELLED.
struct Distribution {
    qint64 id = 0;
    QString ticketId;
    QString status;
    QString fromEmail; // the ticket's contact when the transfer was first seen
    QString recipientEmail; // CONFIRMED: the new contact
    qint64 contactId = 0; // contacts.id (matched by e-mail)
    QString tixngoStatus; // the TIXNGO status that set `status`
    qint64 runId = 0;
    QDateTime createdAt, updatedAt;
};
struct OpenError {
    QString ticketId;
    qint64 runId = 0;
    QString code, errorClass, message;
};
/// Newest first; `function` nullopt = all.
Result<QList<RunRow>> recent(Store &store, int limit, std::optional<SyncFunction> function = std::nullopt);
Result<QList<LedgerRow>> ledger(Store &store, qint64 runId);
/// Tickets still failing for a function (RUN-4): cleared when the ticket syncs or is skipped.
Result<QList<OpenError>> openErrors(Store &store, SyncFunction function);
/// Contact distributions, oldest first; `ticketId` empty = all.
Result<QList<Distribution>> distributions(Store &store, const QString &ticketId = {});
/// The last OK/Warning run time (RUN-2); invalid when none.
QDateTime watermark(Store &store, SyncFunction function, const QString &organizer);
QString feedbackKey(Store &store, const QString &organizer);
/// Resets the feedback pagination key (operator action, with confirmation in the GUI).
Status resetFeedbackKey(Store &store, const QString &organizer);
/// The stored skip list of a function (applies to every run of it).
Result<TicketList> skipList(Store &store, SyncFunction function);
Status addToSkipList(Store &store, SyncFunction function, const TicketList &entries);
Status removeFromSkipList(Store &store, SyncFunction function, const TicketList &entries);
/// Stored custom parameters text of a function.
QString customParametersText(Store &store, SyncFunction function);
Status setCustomParametersText(Store &store, SyncFunction function, const QString &text);
/// Marks runs left RUNNING by a crashed process (no lease held) as ERROR.
Status closeAbandonedRuns(Store &store);
} // namespace runs

} // namespace tixsync::sync
