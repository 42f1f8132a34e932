#include "apiprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <cmath>

namespace tixsync::tixngo {

namespace {

Error profileError(const QString &code, const QString &message, const QString &file)
{
    Error e = makeError(code, message);
    e.file = file;
    return e;
}

bool isToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

Status checkPath(const QString &key, const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1String("://"))
        || path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')) || path.contains(QLatin1Char(' ')))
        return fail(QStringLiteral("tixngo.profile.path"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile",
                "API profile: \"%1\" must be a path relative to the API root such as "
                "\"organizer/tickets\" (no leading '/', no scheme, query or spaces); got \"%2\".")
                .arg(key, path));
    return {};
}

Status checkRange(const QString &key, int value, int min, int max)
{
    if (value < min || value > max)
        return fail(QStringLiteral("tixngo.profile.range"),
            QCoreApplication::translate(
                "tixsync::tixngo::ApiProfile", "API profile: \"%1\" must be between %2 and %3; got %4.")
                .arg(key)
                .arg(min)
                .arg(max)
                .arg(value));
    return {};
}

// (line, column) of a byte offset, both 1-based, for JSON syntax errors.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// The JSON layout: {"paths": {...}, "auth": {...}, "limits": {...}, "timeouts": {...}, "retry": {...}}.
struct Reader {
    QString file;
    std::optional<Error> error;

    void setError(const QString &key, const QString &message)
    {
        if (!error)
            error = profileError(QStringLiteral("tixngo.profile.value"),
                QCoreApplication::translate("tixsync::tixngo::ApiProfile", "API profile: \"%1\" %2").arg(key, message),
                file);
    }

    QJsonObject section(const QJsonObject &root, const QString &name, const QStringList &known)
    {
        const QJsonValue v = root.value(name);
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            setError(name, QCoreApplication::translate("tixsync::tixngo::ApiProfile", "must be a JSON object."));
            return {};
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                setError(name + QLatin1Char('.') + it.key(),
                    QCoreApplication::translate(
                        "tixsync::tixngo::ApiProfile", "is not a known key; known keys here: %1.")
                        .arg(known.join(QStringLiteral(", "))));
        }
        return o;
    }

    void string(const QJsonObject &o, const QString &section, const QString &key, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString()) {
            setError(section + QLatin1Char('.') + key,
                QCoreApplication::translate("tixsync::tixngo::ApiProfile", "must be a text value in quotes."));
            return;
        }
        *out = v.toString();
    }

    void boolean(const QJsonObject &o, const QString &section, const QString &key, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            setError(section + QLatin1Char('.') + key,
                QCoreApplication::translate("tixsync::tixngo::ApiProfile", "must be true or false."));
            return;
        }
        *out = v.toBool();
    }

    void integer(const QJsonObject &o, const QString &section, const QString &key, int *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 2e9) {
            setError(section + QLatin1Char('.') + key,
                QCoreApplication::translate("tixsync::tixngo::ApiProfile", "must be a whole number."));
            return;
        }
        *out = static_cast<int>(d);
    }
};

} // namespace

ApiProfile ApiProfile::bearerAuth()
{
    ApiProfile p;
    p.authHeader = QStringLiteral("Authorization");
    p.authScheme = QStringLiteral("Bearer");
    return p;
}

Status ApiProfile::validate() const
{
    const std::pair<const char *, const QString *> paths[] = {
        {"paths.inject", &injectPath},
        {"paths.diff", &diffPath},
        {"paths.delete", &deletePath},
        {"paths.control", &controlPath},
        {"paths.readTicket", &readTicketPath},
        {"paths.statusLogReport", &statusLogPath},
    };
    for (const auto &[key, path] : paths) {
        if (auto ok = checkPath(QString::fromLatin1(key), *path); !ok)
            return ok;
    }
    if (!readTicketPath.contains(QLatin1String("{ticketId}")))
        return fail(QStringLiteral("tixngo.profile.path"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile",
                "API profile: \"paths.readTicket\" must contain the placeholder {ticketId}; got \"%1\".")
                .arg(readTicketPath));
    if (!isToken(authHeader))
        return fail(QStringLiteral("tixngo.profile.auth"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile",
                "API profile: \"auth.header\" must be an HTTP header name such as X-Api-Key or "
                "Authorization (letters, digits, '-'); got \"%1\".")
                .arg(authHeader));
    if (!authScheme.isEmpty() && !isToken(authScheme))
        return fail(QStringLiteral("tixngo.profile.auth"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile",
                "API profile: \"auth.scheme\" must be empty or one word such as Bearer; got \"%1\".")
                .arg(authScheme));
    const std::tuple<const char *, int, int, int> ranges[] = {
        {"limits.maxTicketsPerCall", maxTicketsPerCall, 1, 100000},
        {"limits.maxPageLimit", maxPageLimit, 1, 10000},
        {"limits.callsInFlight", callsInFlight, 1, 6},
        {"timeouts.transferMs", transferTimeoutMs, 100, 3600000},
        {"retry.maxAttempts", retry.maxAttempts, 1, 50},
        {"retry.baseDelayMs", retry.baseDelayMs, 0, 600000},
        {"retry.maxDelayMs", retry.maxDelayMs, retry.baseDelayMs, 3600000},
        {"retry.maxTotalMs", retry.maxTotalMs, 0, 86400000},
        {"retry.maxRetryAfterMs", retry.maxRetryAfterMs, 0, 86400000},
    };
    for (const auto &[key, value, min, max] : ranges) {
        if (auto ok = checkRange(QString::fromLatin1(key), value, min, max); !ok)
            return ok;
    }
    return {};
}

Result<ApiProfile> ApiProfile::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        Error e = profileError(QStringLiteral("tixngo.profile.syntax"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile", "API profile is not valid JSON: %1.")
                .arg(pe.errorString()),
            fileName);
        std::tie(e.line, e.column) = lineColumn(json, pe.offset);
        return fail(e);
    }
    if (!doc.isObject())
        return fail(profileError(QStringLiteral("tixngo.profile.syntax"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile",
                "API profile must be a JSON object with the sections paths, auth, limits, "
                "timeouts, retry and transport."),
            fileName));
    const QJsonObject root = doc.object();
    const QStringList sections = {QStringLiteral("paths"), QStringLiteral("auth"), QStringLiteral("limits"),
        QStringLiteral("timeouts"), QStringLiteral("retry"), QStringLiteral("transport")};
    Reader r{fileName, {}};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!sections.contains(it.key()))
            r.setError(it.key(),
                QCoreApplication::translate(
                    "tixsync::tixngo::ApiProfile", "is not a known section; known sections: %1.")
                    .arg(sections.join(QStringLiteral(", "))));
    }
    ApiProfile p;
    const QString sPaths = QStringLiteral("paths");
    const QJsonObject paths = r.section(root, sPaths,
        {QStringLiteral("inject"), QStringLiteral("diff"), QStringLiteral("delete"), QStringLiteral("control"),
            QStringLiteral("readTicket"), QStringLiteral("statusLogReport")});
    r.string(paths, sPaths, QStringLiteral("inject"), &p.injectPath);
    r.string(paths, sPaths, QStringLiteral("diff"), &p.diffPath);
    r.string(paths, sPaths, QStringLiteral("delete"), &p.deletePath);
    r.string(paths, sPaths, QStringLiteral("control"), &p.controlPath);
    r.string(paths, sPaths, QStringLiteral("readTicket"), &p.readTicketPath);
    r.string(paths, sPaths, QStringLiteral("statusLogReport"), &p.statusLogPath);

    const QString sAuth = QStringLiteral("auth");
    const QJsonObject auth = r.section(root, sAuth, {QStringLiteral("header"), QStringLiteral("scheme")});
    r.string(auth, sAuth, QStringLiteral("header"), &p.authHeader);
    r.string(auth, sAuth, QStringLiteral("scheme"), &p.authScheme);

    const QString sLimits = QStringLiteral("limits");
    const QJsonObject limits = r.section(root, sLimits,
        {QStringLiteral("maxTicketsPerCall"), QStringLiteral("maxPageLimit"), QStringLiteral("callsInFlight")});
    r.integer(limits, sLimits, QStringLiteral("maxTicketsPerCall"), &p.maxTicketsPerCall);
    r.integer(limits, sLimits, QStringLiteral("maxPageLimit"), &p.maxPageLimit);
    r.integer(limits, sLimits, QStringLiteral("callsInFlight"), &p.callsInFlight);

    const QString sTimeouts = QStringLiteral("timeouts");
    const QJsonObject timeouts = r.section(root, sTimeouts, {QStringLiteral("transferMs")});
    r.integer(timeouts, sTimeouts, QStringLiteral("transferMs"), &p.transferTimeoutMs);

    const QString sRetry = QStringLiteral("retry");
    const QJsonObject retry = r.section(root, sRetry,
        {QStringLiteral("maxAttempts"), QStringLiteral("baseDelayMs"), QStringLiteral("maxDelayMs"),
            QStringLiteral("maxTotalMs"), QStringLiteral("maxRetryAfterMs")});
    r.integer(retry, sRetry, QStringLiteral("maxAttempts"), &p.retry.maxAttempts);
    r.integer(retry, sRetry, QStringLiteral("baseDelayMs"), &p.retry.baseDelayMs);
    r.integer(retry, sRetry, QStringLiteral("maxDelayMs"), &p.retry.maxDelayMs);
    r.integer(retry, sRetry, QStringLiteral("maxTotalMs"), &p.retry.maxTotalMs);
    r.integer(retry, sRetry, QStringLiteral("maxRetryAfterMs"), &p.retry.maxRetryAfterMs);

    const QString sTransport = QStringLiteral("transport");
    const QJsonObject transport = r.section(root, sTransport, {QStringLiteral("lowDelay")});
    r.boolean(transport, sTransport, QStringLiteral("lowDelay"), &p.lowDelay);

    if (r.error)
        return fail(*r.error);
    if (auto ok = p.validate(); !ok) {
        Error e = ok.error();
        e.file = fileName;
        return fail(e);
    }
    return p;
}

Result<ApiProfile> ApiProfile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(profileError(QStringLiteral("tixngo.profile.io"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile", "Cannot read the API profile: %1.")
                .arg(f.errorString()),
            path));
    return fromJson(f.readAll(), path);
}

QByteArray ApiProfile::toJson() const
{
    QJsonObject paths{{QStringLiteral("inject"), injectPath}, {QStringLiteral("diff"), diffPath},
        {QStringLiteral("delete"), deletePath}, {QStringLiteral("control"), controlPath},
        {QStringLiteral("readTicket"), readTicketPath}, {QStringLiteral("statusLogReport"), statusLogPath}};
    QJsonObject auth{{QStringLiteral("header"), authHeader}, {QStringLiteral("scheme"), authScheme}};
    QJsonObject limits{{QStringLiteral("maxTicketsPerCall"), maxTicketsPerCall},
        {QStringLiteral("maxPageLimit"), maxPageLimit}, {QStringLiteral("callsInFlight"), callsInFlight}};
    QJsonObject timeouts{{QStringLiteral("transferMs"), transferTimeoutMs}};
    QJsonObject r{{QStringLiteral("maxAttempts"), retry.maxAttempts},
        {QStringLiteral("baseDelayMs"), retry.baseDelayMs}, {QStringLiteral("maxDelayMs"), retry.maxDelayMs},
        {QStringLiteral("maxTotalMs"), retry.maxTotalMs}, {QStringLiteral("maxRetryAfterMs"), retry.maxRetryAfterMs}};
    QJsonObject transport{{QStringLiteral("lowDelay"), lowDelay}};
    QJsonObject root{{QStringLiteral("paths"), paths}, {QStringLiteral("auth"), auth},
        {QStringLiteral("limits"), limits}, {QStringLiteral("timeouts"), timeouts}, {QStringLiteral("retry"), r},
        {QStringLiteral("transport"), transport}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ApiProfile::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit())
        return fail(profileError(QStringLiteral("tixngo.profile.io"),
            QCoreApplication::translate("tixsync::tixngo::ApiProfile", "Cannot write the API profile: %1.")
                .arg(f.errorString()),
            path));
    return {};
}

QDebug operator<<(QDebug debug, const ApiProfile &p)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ApiProfile(inject=" << p.injectPath << ", diff=" << p.diffPath << ", delete=" << p.deletePath
                    << ", control=" << p.controlPath << ", read=" << p.readTicketPath
                    << ", statusLog=" << p.statusLogPath << ", auth=" << p.authHeader
                    << (p.authScheme.isEmpty() ? QString() : QLatin1Char(' ') + p.authScheme)
                    << ", maxTicketsPerCall=" << p.maxTicketsPerCall << ", maxPageLimit=" << p.maxPageLimit
                    << ", callsInFlight=" << p.callsInFlight << ", lowDelay=" << p.lowDelay
                    << ", transferTimeoutMs=" << p.transferTimeoutMs << ", retry=" << p.retry.maxAttempts << "x/"
                    << p.retry.baseDelayMs << "-" << p.retry.maxDelayMs << "ms/" << p.retry.maxTotalMs << "ms)";
    return debug;
}

} // namespace tixsync::tixngo
