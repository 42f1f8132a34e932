#include "runtypes.h"

#include "core/datetime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace tixsync::sync {

namespace {
} // namespace

QString toCode(SyncFunction f)
{
    switch (f) {
    case SyncFunction::Inject:
        return QStringLiteral("inject");
    case SyncFunction::Feedback:
        return QStringLiteral("feedback");
    case SyncFunction::PushCancelled:
        return QStringLiteral("push-cancelled");
    case SyncFunction::PushControlled:
        return QStringLiteral("push-controlled");
    case SyncFunction::InjectPrivileges:
        return QStringLiteral("inject-privileges");
    }
    return {};
}

bool parseSyncFunction(QStringView code, SyncFunction *out)
{
    for (SyncFunction f : allSyncFunctions()) {
        if (code.compare(toCode(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

const QList<SyncFunction> &allSyncFunctions()
{
    static const QList<SyncFunction> all = {SyncFunction::Inject, SyncFunction::Feedback, SyncFunction::PushCancelled,
        SyncFunction::PushControlled, SyncFunction::InjectPrivileges};
    return all;
}

QString displayName(SyncFunction f)
{
    switch (f) {
    case SyncFunction::Inject:
        return QCoreApplication::translate("Sync", "Ticket injection");
    case SyncFunction::Feedback:
        return QCoreApplication::translate("Sync", "Retrieve ticket status (feedback)");
    case SyncFunction::PushCancelled:
        return QCoreApplication::translate("Sync", "Push cancelled and invalidated tickets");
    case SyncFunction::PushControlled:
        return QCoreApplication::translate("Sync", "Push controlled tickets");
    case SyncFunction::InjectPrivileges:
        return QCoreApplication::translate("Sync", "Digital privileges injection");
    }
    return {};
}

int defaultBatchSize(SyncFunction f)
{
    switch (f) {
    case SyncFunction::PushControlled:
    case SyncFunction::Feedback:
        return 10000;
    default:
        return 1000;
    }
}

QString toCode(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Ok:
        return QStringLiteral("OK");
    case RunOutcome::Warning:
        return QStringLiteral("WARNING");
    case RunOutcome::Error:
        return QStringLiteral("ERROR");
    case RunOutcome::Running:
        return QStringLiteral("RUNNING");
    }
    return {};
}

RunOutcome parseRunOutcome(QStringView code)
{
    if (code == QLatin1String("OK"))
        return RunOutcome::Ok;
    if (code == QLatin1String("WARNING"))
        return RunOutcome::Warning;
    if (code == QLatin1String("ERROR"))
        return RunOutcome::Error;
    return RunOutcome::Running;
}

QString toCode(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return {};
    case ErrorClass::External:
        return QStringLiteral("external");
    case ErrorClass::Configuration:
        return QStringLiteral("configuration");
    case ErrorClass::Mapping:
        return QStringLiteral("mapping");
    case ErrorClass::Technical:
        return QStringLiteral("technical");
    case ErrorClass::Cascade:
        return QStringLiteral("cascade");
    }
    return {};
}

TicketList TicketList::parse(const QString &text)
{
    TicketList l;
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(sep, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p.startsWith(QLatin1String("id:"), Qt::CaseInsensitive)) {
            const QString id = p.mid(3).trimmed();
            if (!id.isEmpty())
                l.ticketIds << id;
        } else {
            l.ticketNumbers << p;
        }
    }
    return l;
}

QString TicketList::toText() const
{
    QStringList parts;
    for (const QString &id : ticketIds)
        parts << QStringLiteral("id:") + id;
    parts += ticketNumbers;
    return parts.join(QLatin1String(", "));
}

QJsonObject RunOptions::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("function")] = toCode(function);
    if (!organizer.isEmpty())
        o[QStringLiteral("organizer")] = organizer;
    if (!events.isEmpty())
        o[QStringLiteral("events")] = QJsonArray::fromStringList(events);
    auto put = [&](const char *k, const QString &v) {
        if (!v.isEmpty())
            o[QString::fromLatin1(k)] = v;
    };
    put("product", product);
    put("productFamily", productFamily);
    put("season", season);
    put("salesChannel", salesChannel);
    put("tariff", tariff);
    put("category", category);
    put("fileNumber", fileNumber);
    put("force", force);
    put("skip", skip);
    put("posCode", posCode);
    put("uploadFile", uploadFile);
    if (batchSize > 0)
        o[QStringLiteral("batchSize")] = batchSize;
    if (dateFrom.isValid())
        o[QStringLiteral("dateFrom")] = toRfc3339(dateFrom);
    if (!shipmentModes.isEmpty())
        o[QStringLiteral("shipmentModes")] = QJsonArray::fromStringList(shipmentModes);
    if (notifySpectator)
        o[QStringLiteral("notifySpectator")] = true;
    if (!mandatoryHolderFields.isEmpty())
        o[QStringLiteral("mandatoryHolderFields")] = QJsonArray::fromStringList(mandatoryHolderFields);
    const QString params = parameters.toText();
    if (!params.isEmpty())
        o[QStringLiteral("customParameters")] = params;
    if (dryRun)
        o[QStringLiteral("dryRun")] = true;
    if (automatic)
        o[QStringLiteral("automatic")] = true;
    if (forcedOnly)
        o[QStringLiteral("forcedOnly")] = true;
    if (impactOnly)
        o[QStringLiteral("impactOnly")] = true;
    return o;
}

Result<RunOptions> RunOptions::fromJson(const QJsonObject &o)
{
    RunOptions r;
    if (!parseSyncFunction(o.value(QStringLiteral("function")).toString(), &r.function))
        return fail(QStringLiteral("SYNC_BAD_OPTIONS"),
            QCoreApplication::translate("Sync", "Unknown interface function \"%1\".")
                .arg(o.value(QStringLiteral("function")).toString()));
    auto list = [&](const char *k) {
        QStringList out;
        const QJsonArray a = o.value(QString::fromLatin1(k)).toArray();
        for (const auto &v : a)
            out << v.toString();
        return out;
    };
    auto text = [&](const char *k) { return o.value(QString::fromLatin1(k)).toString(); };
    r.organizer = text("organizer");
    r.events = list("events");
    r.product = text("product");
    r.productFamily = text("productFamily");
    r.season = text("season");
    r.salesChannel = text("salesChannel");
    r.tariff = text("tariff");
    r.category = text("category");
    r.fileNumber = text("fileNumber");
    r.force = text("force");
    r.skip = text("skip");
    r.posCode = text("posCode");
    r.uploadFile = text("uploadFile");
    r.batchSize = o.value(QStringLiteral("batchSize")).toInt();
    r.dateFrom = parseRfc3339(text("dateFrom"));
    r.shipmentModes = list("shipmentModes");
    r.notifySpectator = o.value(QStringLiteral("notifySpectator")).toBool();
    r.mandatoryHolderFields = list("mandatoryHolderFields");
    r.dryRun = o.value(QStringLiteral("dryRun")).toBool();
    r.automatic = o.value(QStringLiteral("automatic")).toBool();
    r.forcedOnly = o.value(QStringLiteral("forcedOnly")).toBool();
    r.impactOnly = o.value(QStringLiteral("impactOnly")).toBool();
    auto params = CustomParameters::parse(text("customParameters"));
    if (!params)
        return fail(params.error());
    r.parameters = *params;
    return r;
}

QJsonObject RunResult::toJson() const
{
    QJsonArray errors;
    for (const TicketFailure &f : failures)
        errors.append(QJsonObject{{QStringLiteral("ticketId"), f.ticketId}, {QStringLiteral("code"), f.code},
            {QStringLiteral("message"), f.message}});
    QJsonObject o{{QStringLiteral("function"), toCode(function)}, {QStringLiteral("outcome"), toCode(outcome)},
        {QStringLiteral("runId"), runId}, {QStringLiteral("selected"), selected},
        {QStringLiteral("succeeded"), succeeded}, {QStringLiteral("failed"), failed},
        {QStringLiteral("skipped"), skipped}, {QStringLiteral("errors"), errors}};
    if (error) {
        o[QStringLiteral("errorCode")] = error->code;
        o[QStringLiteral("errorMessage")] = error->message;
    }
    if (!warnings.isEmpty())
        o[QStringLiteral("warnings")] = QJsonArray::fromStringList(warnings);
    if (dryRun)
        o[QStringLiteral("dryRun")] = true;
    if (impactOnly)
        o[QStringLiteral("impactOnly")] = true;
    return o;
}

} // namespace tixsync::sync
