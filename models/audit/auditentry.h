#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tixsync::audit {

/// One line of the audit log: who did what, with which parameters, and how it ended.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    /// The database user on PostgreSQL, the OS user on SQLite.
    QString operatorName;
    /// The OS user of the program that wrote the line (also on PostgreSQL).
    QString osUser;
    QString action;
    /// Never contains a secret: AuditLog::record() redacts key-like fields.
    QJsonObject parameters;
    QString outcome;
    QString detail;
};

/// Which lines AuditLog::query() returns. Empty/invalid members do not filter. Newest first.
struct AuditFilter {
    QString action;
    QString operatorName;
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    /// Case-insensitive substring of the action, operator, parameters, outcome or detail.
    QString text;
    /// 0 = no limit.
    int limit = 0;
};

} // namespace tixsync::audit
