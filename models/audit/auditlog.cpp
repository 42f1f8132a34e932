#include "auditlog.h"

#include "core/datetime.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tixsync::audit {

namespace {

const QString &redactedText()
{
    static const QString t = QStringLiteral("<redacted>");
    return t;
}

bool isKeyLike(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("key|secret|passw|pwd|token|credential|authori[sz]ation|auth$|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

QJsonValue redactValue(const QJsonValue &v);

QJsonArray redactArray(const QJsonArray &a)
{
    QJsonArray out;
    for (const QJsonValue &v : a)
        out.append(redactValue(v));
    return out;
}

QJsonValue redactValue(const QJsonValue &v)
{
    if (v.isObject())
        return AuditLog::redacted(v.toObject());
    if (v.isArray())
        return redactArray(v.toArray());
    // An authorization header value pasted as a parameter.
    if (v.isString() && v.toString().trimmed().startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return redactedText();
    return v;
}

// LIKE pattern for a substring, '!' escaping the wildcards.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString q = value;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

QJsonObject AuditLog::redacted(const QJsonObject &parameters)
{
    QJsonObject out;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (isKeyLike(it.key()) && !it.value().isNull() && !(it.value().isString() && it.value().toString().isEmpty()))
            out.insert(it.key(), redactedText());
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QString AuditLog::osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::operatorName(const Store &store)
{
    if (store.backend() == Store::Backend::Postgres) {
        if (auto q = store.exec(QStringLiteral("SELECT current_user")); q && q->next())
            return q->value(0).toString();
    }
    return osUserName();
}

Result<qint64> AuditLog::record(const Store &store, const QString &action, const QJsonObject &parameters,
    const QString &outcome, const QString &detail)
{
    if (action.trimmed().isEmpty())
        return fail(QStringLiteral("audit.action"),
            QCoreApplication::translate("tixsync::audit::AuditLog", "An audit log line needs an action name."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray json = QJsonDocument(redacted(parameters)).toJson(QJsonDocument::Compact);
    const QVariantList values{now.toMSecsSinceEpoch(), toRfc3339(now), operatorName(store), osUserName(),
        action.trimmed(), QString::fromUtf8(json), outcome, detail};
    const QString insert = QStringLiteral("INSERT INTO audit_log (at_ms, at, operator, os_user, action, parameters, "
                                          "outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (store.backend() == Store::Backend::Postgres) {
        auto q = store.exec(insert + QStringLiteral(" RETURNING id"), values);
        if (!q)
            return fail(q.error());
        if (!q->next())
            return fail(
                store.sqlError(*q, QCoreApplication::translate("tixsync::audit::AuditLog", "writing the audit log")));
        return q->value(0).toLongLong();
    }
    auto q = store.exec(insert, values);
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<QList<AuditEntry>> AuditLog::query(const Store &store, const AuditFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT id, at_ms, operator, os_user, action, parameters, outcome, detail FROM audit_log WHERE 1=1");
    QVariantList values;
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    if (!filter.operatorName.isEmpty()) {
        sql += QStringLiteral(" AND operator = ?");
        values << filter.operatorName;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at_ms >= ?");
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at_ms < ?");
        values << filter.to.toMSecsSinceEpoch();
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (LOWER(action) LIKE ? ESCAPE '!' OR LOWER(operator) LIKE ? ESCAPE '!'"
                              " OR LOWER(parameters) LIKE ? ESCAPE '!' OR LOWER(outcome) LIKE ? ESCAPE '!'"
                              " OR LOWER(detail) LIKE ? ESCAPE '!')");
        const QString p = likePattern(filter.text);
        values << p << p << p << p << p;
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    auto q = store.exec(sql, values);
    if (!q)
        return fail(q.error());
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        e.operatorName = q->value(2).toString();
        e.osUser = q->value(3).toString();
        e.action = q->value(4).toString();
        e.parameters = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        e.outcome = q->value(6).toString();
        e.detail = q->value(7).toString();
        out.append(std::move(e));
    }
    return out;
}

Result<QStringList> AuditLog::actions(const Store &store)
{
    auto q = store.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status AuditLog::writeCsv(const QList<AuditEntry> &entries, QIODevice &out)
{
    QByteArray buffer = "id,time,operator,os_user,action,outcome,parameters,detail\r\n";
    for (const AuditEntry &e : entries) {
        const QString line = QString::number(e.id) + QLatin1Char(',') + csvField(toRfc3339(e.at)) + QLatin1Char(',')
            + csvField(e.operatorName) + QLatin1Char(',') + csvField(e.osUser) + QLatin1Char(',') + csvField(e.action)
            + QLatin1Char(',') + csvField(e.outcome) + QLatin1Char(',')
            + csvField(QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Compact))) + QLatin1Char(',')
            + csvField(e.detail) + QLatin1String("\r\n");
        buffer += line.toUtf8();
    }
    if (out.write(buffer) != buffer.size())
        return fail(QStringLiteral("audit.export"),
            QCoreApplication::translate("tixsync::audit::AuditLog", "Cannot write the CSV file: %1")
                .arg(out.errorString()));
    return {};
}

Status AuditLog::exportCsv(const Store &store, const AuditFilter &filter, const QString &path)
{
    auto entries = query(store, filter);
    if (!entries)
        return fail(entries.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("audit.export"),
            QCoreApplication::translate(
                "tixsync::audit::AuditLog", "Cannot create %1: %2. Choose a folder you can write to.")
                .arg(path, file.errorString()));
    if (auto ok = writeCsv(*entries, file); !ok)
        return ok;
    if (!file.commit())
        return fail(QStringLiteral("audit.export"),
            QCoreApplication::translate(
                "tixsync::audit::AuditLog", "Cannot write %1: %2. Check the free space and permissions.")
                .arg(path, file.errorString()));
    return {};
}

} // namespace tixsync::audit
