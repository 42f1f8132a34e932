#pragma once

#include "auditentry.h"
#include "core/error.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace tixsync {
class Store;
}

namespace tixsync::audit {

/// The append-only audit log (table audit_log, schema version 4) in the shared database: one
/// line per operator action — an import, a run, a fix, a ticket action, a template save, a
/// settings change. The program has no API to change or delete a line, and the database refuses
/// UPDATE and DELETE on the table (triggers on both backends).
///
/// Parameters are a JSON object of what the user chose; any key-like field (api key, password,
/// token, secret, credential, authorization…) is replaced by "<redacted>" before it is stored.
class AuditLog final {
public:
    // Well-known action names (others are allowed: lower case, dash-separated).
    static QString actionImport() { return QStringLiteral("import"); }
    /// Demo data generated into the database (GUI Tools menu, tixsync-cli demo-data).
    static QString actionDemoData() { return QStringLiteral("demo-data"); }
    static QString actionRun() { return QStringLiteral("run"); }
    static QString actionFix() { return QStringLiteral("fix"); }
    static QString actionTicketAction() { return QStringLiteral("ticket-action"); }
    static QString actionTemplateSave() { return QStringLiteral("template-save"); }
    static QString actionSettingsChange() { return QStringLiteral("settings-change"); }
    /// An authenticated call to TIXNGO to check a connection profile (Settings, tixsync-cli
    /// profiles test): it changes nothing but talks to TIXNGO with the key.
    static QString actionConnectionTest() { return QStringLiteral("connection-test"); }
    // Usual outcomes.
    static QString outcomeOk() { return QStringLiteral("ok"); }
    static QString outcomeWarning() { return QStringLiteral("warning"); }
    static QString outcomeError() { return QStringLiteral("error"); }
    static QString outcomeCancelled() { return QStringLiteral("cancelled"); }

    /// Appends one line stamped now (UTC) with the operator; returns its id. Error codes:
    /// audit.action (empty action), STORE_SQL.
    static Result<qint64> record(const Store &store, const QString &action, const QJsonObject &parameters = {},
        const QString &outcome = outcomeOk(), const QString &detail = {});

    /// Matching lines, newest first.
    static Result<QList<AuditEntry>> query(const Store &store, const AuditFilter &filter = {});
    /// The distinct action names present, sorted (for a filter list).
    static Result<QStringList> actions(const Store &store);

    /// RFC 4180 CSV with a header line: id,time,operator,os_user,action,outcome,parameters,detail.
    static Status writeCsv(const QList<AuditEntry> &entries, QIODevice &out);
    /// query() then writeCsv() into `path` (replaced atomically). Error code audit.export.
    static Status exportCsv(const Store &store, const AuditFilter &filter, const QString &path);

    /// `parameters` with every key-like field's value replaced by "<redacted>", recursively.
    static QJsonObject redacted(const QJsonObject &parameters);
    /// Who is acting: the database user on PostgreSQL, else the OS user.
    static QString operatorName(const Store &store);
    static QString osUserName();
};

} // namespace tixsync::audit
