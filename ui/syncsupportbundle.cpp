#include "syncsupportbundle.h"

#include "core/store.h"
#include "sync/syncengine.h"
#include "synczipwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtGlobal>

namespace tixsync::syncsupportbundle {

using namespace sync;

namespace {
const QString kRedacted = QStringLiteral("<redacted>");

bool isPersonalKey(const QString &key)
{
    static const QStringList personal{QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("name"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("birthdate"),
        QStringLiteral("dateofbirth"), QStringLiteral("idnumber"), QStringLiteral("birthplace"),
        QStringLiteral("birthregion"), QStringLiteral("address"), QStringLiteral("addressline1"),
        QStringLiteral("addressline2"), QStringLiteral("street"), QStringLiteral("zip"), QStringLiteral("zipcode"),
        QStringLiteral("postalcode"), QStringLiteral("city")};
    QString k = key.toLower();
    k.remove(QLatin1Char('_'));
    return personal.contains(k);
}

QJsonValue redactJson(const QJsonValue &v, bool inPerson)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString lk = it.key().toLower();
            // "name" alone is personal only inside a person-like object (an event's name is not).
            const bool person = inPerson || lk.contains(QLatin1String("owner")) || lk.contains(QLatin1String("holder"))
                || lk.contains(QLatin1String("contact")) || lk.contains(QLatin1String("spectator"))
                || lk.contains(QLatin1String("buyer")) || lk.contains(QLatin1String("applicant"));
            if (isPersonalKey(it.key()) && (lk != QLatin1String("name") || inPerson)
                && (it->isString() || it->isDouble()))
                *it = kRedacted;
            else
                *it = redactJson(*it, person);
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJson(*it, inPerson);
        return a;
    }
    return v;
}
} // namespace

QString redact(const QString &text, const QStringList &secrets)
{
    QString out = text;
    const QByteArray utf8 = text.toUtf8();
    if (const QJsonDocument d = QJsonDocument::fromJson(utf8); !d.isNull()) {
        const QJsonValue r = redactJson(d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array()), false);
        out = QString::fromUtf8(r.isObject() ? QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(r.toArray()).toJson(QJsonDocument::Compact));
    }
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    out.replace(email, QStringLiteral("<redacted-email>"));
    for (const QString &s : secrets)
        if (s.size() >= 4)
            out.replace(s, QStringLiteral("<redacted-key>"));
    return out;
}

Result<QByteArray> build(Store &store, qint64 runId, const QStringList &secretsIn)
{
    QStringList secrets = secretsIn;
    if (const QString env = qEnvironmentVariable("TIXNGO_API_KEY"); !env.isEmpty())
        secrets << env;
    auto q = store.exec(QStringLiteral("SELECT id FROM sync_runs WHERE id = ?"), {runId});
    if (!q || !q->next())
        return fail(QStringLiteral("SYNC_NO_RUN"),
            QCoreApplication::translate("SyncSupportBundle", "Run %1 does not exist; pick a run in the history.")
                .arg(runId));
    auto all = runs::recent(store, 100000);
    if (!all)
        return fail(all.error());
    const auto found = std::find_if(all->cbegin(), all->cend(), [&](const runs::RunRow &r) { return r.id == runId; });
    if (found == all->cend())
        return fail(QStringLiteral("SYNC_NO_RUN"),
            QCoreApplication::translate("SyncSupportBundle", "Run %1 not found.").arg(runId));
    const runs::RunRow run = *found;
    auto ledger = runs::ledger(store, runId);
    if (!ledger)
        return fail(ledger.error());

    SyncZipWriter zip;
    const QString dir = QStringLiteral("tixsync-run-%1/").arg(runId);
    QJsonObject summary{{QStringLiteral("runId"), run.id}, {QStringLiteral("function"), toCode(run.function)},
        {QStringLiteral("organizer"), redact(run.organizer, secrets)},
        {QStringLiteral("startedAt"), run.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endedAt"), run.endedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("outcome"), toCode(run.outcome)}, {QStringLiteral("selected"), run.selected},
        {QStringLiteral("succeeded"), run.succeeded}, {QStringLiteral("failed"), run.failed},
        {QStringLiteral("skipped"), run.skipped}, {QStringLiteral("dryRun"), run.dryRun},
        {QStringLiteral("errorCode"), run.errorCode}, {QStringLiteral("errorText"), redact(run.errorText, secrets)}};
    zip.addFile(dir + QStringLiteral("run.json"), QJsonDocument(summary).toJson());
    zip.addFile(dir + QStringLiteral("parameters.json"), redact(run.parameters, secrets).toUtf8());
    zip.addFile(dir + QStringLiteral("custom-parameters.txt"),
        redact(runs::customParametersText(store, run.function), secrets).toUtf8());

    QByteArray csv
        = "ticket_id,action,result,error_class,error_code,error_message,s360_before,s360_after,tixngo_before,"
          "tixngo_after,payload_hash,payload_size,payload_redacted\r\n";
    QMap<QString, QList<const runs::LedgerRow *>> byClass;
    auto field = [](const QString &s) -> QByteArray {
        QByteArray b = s.toUtf8();
        b.replace('"', "\"\"");
        return '"' + b + '"';
    };
    for (const auto &r : *ledger) {
        const QStringList f{r.ticketId, r.action, r.result, r.errorClass, r.errorCode, redact(r.errorMessage, secrets),
            r.s360Before, r.s360After, r.tixngoBefore, r.tixngoAfter, r.payloadHash, QString::number(r.payloadSize),
            r.payload.isEmpty() ? QString() : redact(r.payload, secrets)};
        for (qsizetype i = 0; i < f.size(); ++i) {
            if (i)
                csv += ',';
            csv += field(f[i]);
        }
        csv += "\r\n";
        if (r.result == QLatin1String("ERROR"))
            byClass[r.errorClass.isEmpty() ? QStringLiteral("unclassified") : r.errorClass] << &r;
    }
    zip.addFile(dir + QStringLiteral("ledger.csv"), csv);

    QString errors;
    if (!run.errorCode.isEmpty())
        errors += QStringLiteral("Run error %1: %2\n\n").arg(run.errorCode, redact(run.errorText, secrets));
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        errors += QStringLiteral("== %1 (%2 tickets)\n").arg(it.key()).arg(it->size());
        for (const runs::LedgerRow *r : *it)
            errors += QStringLiteral("%1\t%2\t%3\n").arg(r->ticketId, r->errorCode, redact(r->errorMessage, secrets));
        errors += QLatin1Char('\n');
    }
    if (errors.isEmpty())
        errors = QStringLiteral("No error.\n");
    zip.addFile(dir + QStringLiteral("errors.txt"), errors.toUtf8());

    const QString templateName = store.setting(QStringLiteral("sync/templateName"));
    QString about;
    about += QStringLiteral("TixSync %1\n").arg(QCoreApplication::applicationVersion());
    about
        += QStringLiteral("Qt %1 on %2 (%3)\n")
               .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    about += QStringLiteral("Ticket template: %1\n")
                 .arg(templateName.isEmpty() ? QStringLiteral("built-in default") : templateName);
    if (!templateName.isEmpty()) {
        auto t = store.exec(
            QStringLiteral("SELECT MAX(v.version), MAX(v.created_at) FROM template_versions v JOIN templates t "
                           "ON t.id = v.template_id WHERE t.name = ?"),
            {templateName});
        if (t && t->next())
            about += QStringLiteral("Template version: %1 (saved %2)\n")
                         .arg(t->value(0).toString(), t->value(1).toString());
    }
    about += QStringLiteral("Schema version: %1\n").arg(store.schemaVersion());
    about += QStringLiteral("Redacted: the API key, e-mail addresses and personal fields of the sent JSON.\n");
    zip.addFile(dir + QStringLiteral("about.txt"), about.toUtf8());
    return zip.archive();
}

Status write(Store &store, qint64 runId, const QStringList &secrets, const QString &path)
{
    auto bytes = build(store, runId, secrets);
    if (!bytes)
        return fail(bytes.error());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
        return fail(QStringLiteral("SYNC_BUNDLE_WRITE"),
            QCoreApplication::translate("SyncSupportBundle", "Cannot write %1: %2. Choose another folder.")
                .arg(path, f.errorString()));
    return {};
}

} // namespace tixsync::syncsupportbundle
