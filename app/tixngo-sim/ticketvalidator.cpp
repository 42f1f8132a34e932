#include "ticketvalidator.h"

#include "simtypes.h"

#include <QJsonDocument>

namespace sim {

namespace {

using Err = std::optional<TicketError>;
using T = JsonDom::Type;

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

TicketError error(const char *code, const QString &field, const QString &message)
{
    return TicketError{QByteArray(code), field, message};
}

Err missing(const QString &field)
{
    return error("MISSING_FIELD", field, QStringLiteral("%1 is required").arg(field));
}

bool absent(const JsonDom &d, int n)
{
    return n < 0 || d.type(n) == T::Null || d.isEmptyString(n);
}

Err checkLength(const JsonDom &d, int n, const QString &field, qsizetype max)
{
    const JsonDom::Node &node = d.node(n);
    if (node.end - node.begin <= max) // bytes ≥ characters: the common, cheap case
        return std::nullopt;
    const qsizetype chars = d.length(n);
    if (chars > max)
        return error("FIELD_TOO_LONG", field,
            QStringLiteral("%1 has %2 characters; at most %3 are allowed").arg(field).arg(chars).arg(max));
    return std::nullopt;
}

enum Need { Optional, Required };
enum Lang { Plain, Multilingual };

/// A text field: a string (or, for translatable fields, an object of language → string).
Err text(const JsonDom &d, int obj, const char *key, const QString &path, qsizetype max, Need need, Lang lang = Plain)
{
    const int n = d.member(obj, key);
    if (absent(d, n))
        return need == Required ? missing(join(path, key)) : std::nullopt;
    if (d.isString(n))
        return checkLength(d, n, join(path, key), max);
    if (lang == Multilingual && d.isObject(n)) {
        if (need == Required && d.node(n).count == 0)
            return missing(join(path, key));
        for (int c = d.node(n).first; c >= 0; c = d.node(c).next) {
            if (!d.isString(c)) {
                const QString field = join(path, key) + QLatin1Char('.') + d.key(c);
                return error("INVALID_VALUE", field, QStringLiteral("%1 must be a string").arg(field));
            }
            if (d.node(c).end - d.node(c).begin > max) {
                if (auto e = checkLength(d, c, join(path, key) + QLatin1Char('.') + d.key(c), max))
                    return e;
            }
        }
        return std::nullopt;
    }
    return error("INVALID_VALUE", join(path, key),
        lang == Multilingual ? QStringLiteral("%1 must be a string or an object of translations").arg(join(path, key))
                             : QStringLiteral("%1 must be a string").arg(join(path, key)));
}

Err date(const JsonDom &d, int obj, const char *key, const QString &path, Need need)
{
    const int n = d.member(obj, key);
    if (absent(d, n))
        return need == Required ? missing(join(path, key)) : std::nullopt;
    bool ok = false;
    if (d.isString(n)) {
        const JsonDom::Node &node = d.node(n);
        // Dates are ASCII: check the bytes in place (Latin-1 view) unless escaped.
        ok = node.escaped ? parseRfc3339(d.string(n))
                          : parseRfc3339(QLatin1String(d.data() + node.begin, node.end - node.begin));
    }
    if (!ok)
        return error("INVALID_DATE", join(path, key),
            QStringLiteral("%1 must be an RFC 3339 date-time such as 2022-12-12T16:11:00Z or "
                           "2020-01-01T20:00:00+01:00")
                .arg(join(path, key)));
    return std::nullopt;
}

/// A nested object; `*out` receives its node (-1 when absent and optional).
Err object(const JsonDom &d, int obj, const char *key, const QString &path, Need need, int *out)
{
    const int n = d.member(obj, key);
    *out = -1;
    if (n < 0 || d.type(n) == T::Null)
        return need == Required ? missing(join(path, key)) : std::nullopt;
    if (!d.isObject(n))
        return error("INVALID_VALUE", join(path, key), QStringLiteral("%1 must be an object").arg(join(path, key)));
    *out = n;
    return std::nullopt;
}

Err typed(const JsonDom &d, int obj, const char *key, const QString &path, bool boolean)
{
    const int n = d.member(obj, key);
    if (n < 0 || d.type(n) == T::Null)
        return std::nullopt;
    const T t = d.type(n);
    if (boolean ? (t == T::True || t == T::False) : t == T::Number)
        return std::nullopt;
    return error("INVALID_VALUE", join(path, key),
        QStringLiteral("%1 must be %2")
            .arg(join(path, key), boolean ? QStringLiteral("true or false") : QStringLiteral("a number")));
}

/// One of a few fixed ASCII values.
Err oneOf(const JsonDom &d, int obj, const char *key, const QString &path, std::initializer_list<const char *> allowed)
{
    const int n = d.member(obj, key);
    if (n < 0 || d.type(n) == T::Null)
        return std::nullopt;
    if (d.isString(n)) {
        const QByteArray v = d.utf8(n);
        for (const char *a : allowed) {
            if (v == a)
                return std::nullopt;
        }
    }
    QStringList names;
    for (const char *a : allowed)
        names.append(QLatin1String(a));
    return error("INVALID_VALUE", join(path, key),
        QStringLiteral("%1 must be one of %2").arg(join(path, key), names.join(QStringLiteral(", "))));
}

/// A list of {key, value} pairs (ticketDetails.main, event.metadata…).
Err keyValueList(const JsonDom &d, int obj, const char *key, const QString &path, Lang lang)
{
    const int n = d.member(obj, key);
    if (n < 0 || d.type(n) == T::Null)
        return std::nullopt;
    const QString field = join(path, key);
    if (!d.isArray(n))
        return error("INVALID_VALUE", field, QStringLiteral("%1 must be a list of {key, value} objects").arg(field));
    int i = 0;
    for (int c = d.node(n).first; c >= 0; c = d.node(c).next, ++i) {
        if (!d.isObject(c)) {
            const QString itemPath = field + QLatin1Char('.') + QString::number(i);
            return error("INVALID_VALUE", itemPath, QStringLiteral("%1 must be a {key, value} object").arg(itemPath));
        }
        const int k = d.member(c, "key");
        const int v = d.member(c, "value");
        // Fast path: both plain, short strings.
        if (d.isString(k) && !d.isEmptyString(k) && d.node(k).end - d.node(k).begin <= 256
            && (v < 0 || (d.isString(v) && d.node(v).end - d.node(v).begin <= 4096)))
            continue;
        const QString itemPath = field + QLatin1Char('.') + QString::number(i);
        if (auto e = text(d, c, "key", itemPath, 256, Required, lang))
            return e;
        if (d.isString(v) || d.isObject(v)) {
            if (auto e = text(d, c, "value", itemPath, 4096, Optional, lang))
                return e;
        }
    }
    return std::nullopt;
}

} // namespace

bool TicketValidator::ticketIdCharsOk(const QByteArray &id)
{
    for (const char ch : id) {
        const char c = ch;
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
            || c == '*' || c == '.' || c == '-' || c == '_' || c == '+' || c == '/' || c == '(' || c == ')';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<TicketError> TicketValidator::checkTicketId(const JsonDom &d, int n, const QString &field)
{
    if (absent(d, n))
        return missing(field);
    if (!d.isString(n))
        return error("INVALID_VALUE", field, QStringLiteral("%1 must be a string").arg(field));
    if (auto e = checkLength(d, n, field, 256))
        return e;
    if (!ticketIdCharsOk(d.utf8(n)))
        return error("INVALID_CHARACTERS", field,
            QStringLiteral("%1 may contain only letters, digits, space and *.-_+/()").arg(field));
    return std::nullopt;
}

std::optional<TicketError> TicketValidator::validate(const QJsonObject &ticket) const
{
    JsonDom d;
    d.parse(QJsonDocument(ticket).toJson(QJsonDocument::Compact));
    return validate(d, 0);
}

std::optional<TicketError> TicketValidator::validate(const JsonDom &d, int t) const
{
    const QString root;
    // rule PAY-3
    if (auto e = checkTicketId(d, d.member(t, "ticketId"), QStringLiteral("ticketId")))
        return e;

    // rule PAY-1: the six required parts, checked for presence first.
    int event, purchase, security, spectator, activation;
    if (auto e = object(d, t, "event", root, Required, &event))
        return e;
    if (auto e = object(d, t, "purchaseDetails", root, Required, &purchase))
        return e;
    if (auto e = object(d, t, "security", root, Required, &security))
        return e;
    if (auto e = object(d, t, "spectatorDetails", root, Required, &spectator))
        return e;
    if (auto e = object(d, t, "activationParameters", root, Required, &activation))
        return e;

    // Top-level texts (PAY-2).
    for (const char *key : {"taxNumber", "fileId", "sortingKey", "imageUrl"}) {
        if (auto e = text(d, t, key, root, 256, Optional))
            return e;
    }

    // event (PAY-2, PAY-4, PAY-6)
    const QString ev = QStringLiteral("event");
    if (auto e = text(d, event, "id", ev, 256, Required))
        return e;
    if (auto e = text(d, event, "name", ev, 128, Required, Multilingual))
        return e;
    if (auto e = date(d, event, "startTime", ev, Required))
        return e;
    if (auto e = date(d, event, "expirationDate", ev, Optional))
        return e;
    if (auto e = text(d, event, "masterEventName", ev, 256, Optional, Multilingual))
        return e;
    if (auto e = text(d, event, "website", ev, 1024, Optional))
        return e;
    int group;
    if (auto e = object(d, event, "group", ev, Optional, &group))
        return e;
    if (auto e = text(d, group, "name", QStringLiteral("event.group"), 128, Optional, Multilingual))
        return e;
    if (auto e = text(d, group, "image", QStringLiteral("event.group"), 256, Optional))
        return e;
    int address;
    if (auto e = object(d, event, "address", ev, Required, &address))
        return e;
    const QString ad = QStringLiteral("event.address");
    // rule PAY-6
    for (const char *key : {"site", "city", "countryCode", "zip"}) {
        if (auto e = text(d, address, key, ad, 200, Required, Multilingual))
            return e;
    }
    for (const char *key : {"line1", "line2", "line3", "region"}) {
        if (auto e = text(d, address, key, ad, 200, Optional, Multilingual))
            return e;
    }
    if (auto e = keyValueList(d, event, "metadata", ev, Plain))
        return e;

    // purchaseDetails
    const QString pd = QStringLiteral("purchaseDetails");
    if (auto e = typed(d, purchase, "price", pd, false))
        return e;
    if (auto e = text(d, purchase, "currency", pd, 20, Optional))
        return e;
    if (auto e = text(d, purchase, "category", pd, 512, Optional))
        return e;

    // security
    if (auto e = text(d, security, "barcode", QStringLiteral("security"), 512, Required))
        return e;

    // spectatorDetails (PAY-5)
    const QString sd = QStringLiteral("spectatorDetails");
    if (auto e = oneOf(d, spectator, "gender", sd, {"M", "F", "U", "X"}))
        return e;
    if (auto e = text(d, spectator, "firstName", sd, 50, Optional))
        return e;
    if (auto e = text(d, spectator, "lastName", sd, 100, Optional))
        return e;
    if (auto e = text(d, spectator, "email", sd, 256, Optional))
        return e;
    if (auto e = text(d, spectator, "title", sd, 50, Optional))
        return e;
    if (auto e = typed(d, spectator, "mainApplicant", sd, true))
        return e;

    // activationParameters
    const QString ap = QStringLiteral("activationParameters");
    if (auto e = text(d, activation, "groupId", ap, 50, Optional))
        return e;
    if (auto e = oneOf(d, activation, "method", ap, {"online", "offline"}))
        return e;
    if (auto e = date(d, activation, "time", ap, Optional))
        return e;
    if (auto e = text(d, activation, "instanceId", ap, 128, Optional))
        return e;

    // ticketDetails: three {key, value} lists
    int details;
    if (auto e = object(d, t, "ticketDetails", root, Optional, &details))
        return e;
    const QString td = QStringLiteral("ticketDetails");
    if (auto e = keyValueList(d, details, "main", td, Multilingual))
        return e;
    if (auto e = keyValueList(d, details, "extra", td, Multilingual))
        return e;
    if (auto e = keyValueList(d, details, "hidden", td, Plain))
        return e;
    return std::nullopt;
}

} // namespace sim
