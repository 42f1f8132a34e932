#pragma once
// Plain data exchanged with the sync engine: which function, the run's options, and what came
// out of it. Shared by SyncEngine, RunController, the CLI and the GUI's Sync page.

#include "core/error.h"
#include "sync/customparameters.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace tixsync::sync {

/// The interface functions (interface doc §2).
enum class SyncFunction { Inject, Feedback, PushCancelled, PushControlled, InjectPrivileges };

/// "inject", "feedback", "push-cancelled", "push-controlled", "inject-privileges".
QString toCode(SyncFunction f);
bool parseSyncFunction(QStringView code, SyncFunction *out);
const QList<SyncFunction> &allSyncFunctions();
/// Translated human name ("Ticket injection"…).
QString displayName(SyncFunction f);
/// Recommended batch size per function (1 000 for injection, 10 000 for push controlled…).
int defaultBatchSize(SyncFunction f);

/// Outcome of a run (rule RUN-1). Running is what a crashed run leaves in the ledger.
enum class RunOutcome { Ok, Warning, Error, Running };
QString toCode(RunOutcome o); // OK WARNING ERROR RUNNING
RunOutcome parseRunOutcome(QStringView code);

/// Where a per-ticket failure comes from (ledger `error_class`).
enum class ErrorClass { None, External, Configuration, Mapping, Technical, Cascade };
QString toCode(ErrorClass c); // "", external, configuration, mapping, technical, cascade

/// A force or skip list: `id:123456789` names a ticket id, a bare entry a ticket (tax) number;
/// both mix, separated by commas, semicolons, blanks or new lines (rule INJ-5).
struct TicketList {
    QStringList ticketIds;
    QStringList ticketNumbers;

    static TicketList parse(const QString &text);
    bool isEmpty() const { return ticketIds.isEmpty() && ticketNumbers.isEmpty(); }
    bool contains(const QString &ticketId, const QString &ticketNumber) const
    {
        return ticketIds.contains(ticketId) || ticketNumbers.contains(ticketNumber);
    }
    void append(const TicketList &other)
    {
        ticketIds += other.ticketIds;
        ticketNumbers += other.ticketNumbers;
    }
    QString toText() const;
};

/// Everything a run needs besides the store and the TIXNGO connection.
struct RunOptions {
    SyncFunction function = SyncFunction::Inject;
    /// Scope of leases and watermarks: the TIXNGO organizer (its URL by default). Feedback runs
    /// are exclusive per organizer (FB-8), every function per function + organizer (RUN-6).
    QString organizer;

    // Selection filters (injection; INJ-3, INJ-4)
    QStringList events;
    QString product;
    QString productFamily;
    QString season;
    QString salesChannel;
    QString tariff;
    QString category;
    QString fileNumber; // exclusive
    int batchSize = 0; // 0 = defaultBatchSize(function)
    QString force; // TicketList text
    QString skip; // TicketList text; added to the function's stored skip list
    QDateTime dateFrom; // pushes: as if the last successful run had been then (PC-8, CT-3)
    QStringList shipmentModes; // pushes: empty = every mode
    bool notifySpectator = false; // push cancelled (PC-6)
    QStringList mandatoryHolderFields; // FIRSTNAME,LASTNAME,BIRTHDATE,ID_NUMBER,COUNTRY_CODE,BIRTH_REGION,BIRTH_PLACE
    QString posCode; // "salesChannelCode;posCode" that prints (INJ-11)
    QString uploadFile; // feedback / push cancelled file upload (FB-7)
    CustomParameters parameters;
    bool dryRun = false;
    bool automatic = false; // started by a schedule (Date from then warns)
    /// Only the tickets of the force list (and upload file): no "due" selection, no "since the last
    /// execution" selection, skip lists do not apply. For reconciliation fixes and template test
    /// injections. Inject also re-injects forced PRINTED/CONTROLLED tickets; push cancelled also
    /// deletes forced NOT_PRINTED tickets TIXNGO has (SHOULD_NOT_EXIST); push controlled re-sends
    /// forced CONTROLLED tickets already processed. An empty force list is an error. The run is
    /// recorded (history, ledger, audit) but does not move "the last execution" watermark.
    bool forcedOnly = false;
    /// Selection only: RunResult::selected is the number of tickets the run would change. Records
    /// nothing (no run row, ledger, audit entry or watermark), builds no payload and calls nothing
    /// (the Sync page's impact guard).
    bool impactOnly = false;

    int effectiveBatchSize() const { return batchSize > 0 ? batchSize : defaultBatchSize(function); }
    QJsonObject toJson() const;
    static Result<RunOptions> fromJson(const QJsonObject &o);
};

/// A ticket that did not sync, for reports and the CLI's JSON.
struct TicketFailure {
    QString ticketId;
    QString code;
    QString message;
    ErrorClass errorClass = ErrorClass::External;
};

/// One payload a dry run would have sent.
struct PlannedCall {
    QString ticketId;
    QByteArray payload;
};

/// What a run produced.
struct RunResult {
    SyncFunction function = SyncFunction::Inject;
    qint64 runId = 0;
    RunOutcome outcome = RunOutcome::Ok;
    int selected = 0;
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    QList<TicketFailure> failures; // failed tickets (and skipped ones with their reason)
    QStringList warnings; // run-level warnings (unknown parameter, Date from on a schedule…)
    QStringList notes; // information (privilege definition created, in-flight tickets resolved…)
    std::optional<Error> error; // why the run ended in Error
    QList<PlannedCall> plannedCalls; // dry run: the exact payloads
    QDateTime startedAt;
    QDateTime endedAt;
    bool dryRun = false;
    bool impactOnly = false; // selection count only: nothing recorded, runId 0

    /// {"function","outcome","runId","selected","succeeded","failed","skipped","errors":[…]}
    QJsonObject toJson() const;
};

/// Progress of a running function: `done` of `total` tickets (total 0 = unknown yet).
struct RunProgress {
    QString phase;
    int done = 0;
    int total = 0;
};

} // namespace tixsync::sync

Q_DECLARE_METATYPE(tixsync::sync::RunResult)
Q_DECLARE_METATYPE(tixsync::sync::RunProgress)
