#include "ticketvalidator.h"

#include "simtypes.h"

#include <QJsonArray>

namespace sim {

namespace {

using Err = std::optional<TicketError>;

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

TicketError error(const char *code, const QString &field, const QString &message)
{
    return TicketError{QByteArray(code), field, message};
}

qsizetype characters(QStringView s)
{
    qsizetype n = s.size();
    for (QChar c : s) {
        if (c.isLowSurrogate())
            --n;
    }
    return n;
}

Err checkLength(QStringView s, const QString &field, qsizetype max)
{
    if (s.size() > max && characters(s) > max)
        return error("FIELD_TOO_LONG", field,
            QStringLiteral("%1 has %2 characters; at most %3 are allowed").arg(field).arg(characters(s)).arg(max));
    return std::nullopt;
}

enum Need { Optional, Required };
enum Lang { Plain, Multilingual };

/// A text field: a string (or, for translatable fields, an object of language → string).
Err text(const QJsonObject &o, const char *key, const QString &path, qsizetype max, Need need, Lang lang = Plain)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (need == Required)
            return error("MISSING_FIELD", join(path, key), QStringLiteral("%1 is required").arg(join(path, key)));
        return std::nullopt;
    }
    if (v.isString())
        return checkLength(v.toString(), join(path, key), max);
    if (lang == Multilingual && v.isObject()) {
        const QJsonObject tr = v.toObject();
        for (auto it = tr.begin(); it != tr.end(); ++it) {
            const QString field = join(path, key) + QLatin1Char('.') + it.key();
            if (!it.value().isString())
                return error("INVALID_VALUE", field, QStringLiteral("%1 must be a string").arg(field));
            if (auto e = checkLength(it.value().toString(), field, max))
                return e;
        }
        if (need == Required && tr.isEmpty())
            return error("MISSING_FIELD", join(path, key), QStringLiteral("%1 is required").arg(join(path, key)));
        return std::nullopt;
    }
    return error("INVALID_VALUE", join(path, key),
        QStringLiteral("%1 must be a string%2")
            .arg(join(path, key), lang == Multilingual ? QStringLiteral(" or an object of translations") : QString()));
}

Err date(const QJsonObject &o, const char *key, const QString &path, Need need)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (need == Required)
            return error("MISSING_FIELD", join(path, key), QStringLiteral("%1 is required").arg(join(path, key)));
        return std::nullopt;
    }
    if (!v.isString() || !parseRfc3339(v.toString()))
        return error("INVALID_DATE", join(path, key),
            QStringLiteral("%1 must be an RFC 3339 date-time such as 2022-12-12T16:11:00Z or "
                           "2020-01-01T20:00:00+01:00")
                .arg(join(path, key)));
    return std::nullopt;
}

/// A nested object; `*out` receives it (empty when absent and optional).
Err object(const QJsonObject &o, const char *key, const QString &path, Need need, QJsonObject *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            return error("MISSING_FIELD", join(path, key), QStringLiteral("%1 is required").arg(join(path, key)));
        *out = {};
        return std::nullopt;
    }
    if (!v.isObject())
        return error("INVALID_VALUE", join(path, key), QStringLiteral("%1 must be an object").arg(join(path, key)));
    *out = v.toObject();
    return std::nullopt;
}

Err typed(const QJsonObject &o, const char *key, const QString &path, QJsonValue::Type type, const char *what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || v.type() == type)
        return std::nullopt;
    return error(
        "INVALID_VALUE", join(path, key), QStringLiteral("%1 must be %2").arg(join(path, key), QLatin1String(what)));
}

/// A list of {key, value} pairs (ticketDetails.main, event.metadata…).
Err keyValueList(const QJsonObject &o, const char *key, const QString &path, Lang lang)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const QString field = join(path, key);
    if (!v.isArray())
        return error("INVALID_VALUE", field, QStringLiteral("%1 must be a list of {key, value} objects").arg(field));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPath = field + QLatin1Char('.') + QString::number(i);
        if (!list.at(i).isObject())
            return error("INVALID_VALUE", itemPath, QStringLiteral("%1 must be a {key, value} object").arg(itemPath));
        const QJsonObject item = list.at(i).toObject();
        if (auto e = text(item, "key", itemPath, 256, Required, lang))
            return e;
        const QJsonValue value = item.value(QLatin1String("value"));
        if (value.isString() || value.isObject()) {
            if (auto e = text(item, "value", itemPath, 4096, Optional, lang))
                return e;
        }
    }
    return std::nullopt;
}

} // namespace

bool TicketValidator::ticketIdCharsOk(QStringView id)
{
    for (QChar qc : id) {
        const char16_t c = qc.unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u' '
            || c == u'*' || c == u'.' || c == u'-' || c == u'_' || c == u'+' || c == u'/' || c == u'(' || c == u')';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<TicketError> TicketValidator::checkTicketId(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return error("MISSING_FIELD", field, QStringLiteral("%1 is required").arg(field));
    if (!value.isString())
        return error("INVALID_VALUE", field, QStringLiteral("%1 must be a string").arg(field));
    const QString id = value.toString();
    if (auto e = checkLength(id, field, 256))
        return e;
    if (!ticketIdCharsOk(id))
        return error("INVALID_CHARACTERS", field,
            QStringLiteral("%1 may contain only letters, digits, space and *.-_+/()").arg(field));
    return std::nullopt;
}

std::optional<TicketError> TicketValidator::validate(const QJsonObject &t) const
{
    const QString root;
    // rule PAY-3
    if (auto e = checkTicketId(t.value(QLatin1String("ticketId")), QStringLiteral("ticketId")))
        return e;

    // rule PAY-1: the six required parts, checked for presence first.
    QJsonObject event, purchase, security, spectator, activation;
    if (auto e = object(t, "event", root, Required, &event))
        return e;
    if (auto e = object(t, "purchaseDetails", root, Required, &purchase))
        return e;
    if (auto e = object(t, "security", root, Required, &security))
        return e;
    if (auto e = object(t, "spectatorDetails", root, Required, &spectator))
        return e;
    if (auto e = object(t, "activationParameters", root, Required, &activation))
        return e;

    // Top-level texts (PAY-2).
    for (const char *key : {"taxNumber", "fileId", "sortingKey", "imageUrl"}) {
        if (auto e = text(t, key, root, 256, Optional))
            return e;
    }

    // event (PAY-2, PAY-4, PAY-6)
    const QString ev = QStringLiteral("event");
    if (auto e = text(event, "id", ev, 256, Required))
        return e;
    if (auto e = text(event, "name", ev, 128, Required, Multilingual))
        return e;
    if (auto e = date(event, "startTime", ev, Required))
        return e;
    if (auto e = date(event, "expirationDate", ev, Optional))
        return e;
    if (auto e = text(event, "masterEventName", ev, 256, Optional, Multilingual))
        return e;
    if (auto e = text(event, "website", ev, 1024, Optional))
        return e;
    QJsonObject group;
    if (auto e = object(event, "group", ev, Optional, &group))
        return e;
    if (auto e = text(group, "name", QStringLiteral("event.group"), 128, Optional, Multilingual))
        return e;
    if (auto e = text(group, "image", QStringLiteral("event.group"), 256, Optional))
        return e;
    QJsonObject address;
    if (auto e = object(event, "address", ev, Required, &address))
        return e;
    const QString ad = QStringLiteral("event.address");
    // rule PAY-6
    for (const char *key : {"site", "city", "countryCode", "zip"}) {
        if (auto e = text(address, key, ad, 200, Required, Multilingual))
            return e;
    }
    for (const char *key : {"line1", "line2", "line3", "region"}) {
        if (auto e = text(address, key, ad, 200, Optional, Multilingual))
            return e;
    }
    if (auto e = keyValueList(event, "metadata", ev, Plain))
        return e;

    // purchaseDetails
    const QString pd = QStringLiteral("purchaseDetails");
    if (auto e = typed(purchase, "price", pd, QJsonValue::Double, "a number"))
        return e;
    if (auto e = text(purchase, "currency", pd, 20, Optional))
        return e;
    if (auto e = text(purchase, "category", pd, 512, Optional))
        return e;

    // security
    if (auto e = text(security, "barcode", QStringLiteral("security"), 512, Required))
        return e;

    // spectatorDetails (PAY-5)
    const QString sd = QStringLiteral("spectatorDetails");
    const QJsonValue gender = spectator.value(QLatin1String("gender"));
    if (!gender.isUndefined() && !gender.isNull()) {
        const QString g = gender.toString();
        if (!gender.isString()
            || (g != QLatin1String("M") && g != QLatin1String("F") && g != QLatin1String("U")
                && g != QLatin1String("X")))
            return error("INVALID_VALUE", QStringLiteral("spectatorDetails.gender"),
                QStringLiteral("spectatorDetails.gender must be one of M, F, U, X"));
    }
    if (auto e = text(spectator, "firstName", sd, 50, Optional))
        return e;
    if (auto e = text(spectator, "lastName", sd, 100, Optional))
        return e;
    if (auto e = text(spectator, "email", sd, 256, Optional))
        return e;
    if (auto e = text(spectator, "title", sd, 50, Optional))
        return e;
    if (auto e = typed(spectator, "mainApplicant", sd, QJsonValue::Bool, "true or false"))
        return e;

    // activationParameters
    const QString ap = QStringLiteral("activationParameters");
    if (auto e = text(activation, "groupId", ap, 50, Optional))
        return e;
    const QJsonValue method = activation.value(QLatin1String("method"));
    if (!method.isUndefined() && !method.isNull()) {
        const QString m = method.toString();
        if (!method.isString() || (m != QLatin1String("online") && m != QLatin1String("offline")))
            return error("INVALID_VALUE", QStringLiteral("activationParameters.method"),
                QStringLiteral("activationParameters.method must be online or offline"));
    }
    if (auto e = date(activation, "time", ap, Optional))
        return e;
    if (auto e = text(activation, "instanceId", ap, 128, Optional))
        return e;

    // ticketDetails: three {key, value} lists
    QJsonObject details;
    if (auto e = object(t, "ticketDetails", root, Optional, &details))
        return e;
    const QString td = QStringLiteral("ticketDetails");
    if (auto e = keyValueList(details, "main", td, Multilingual))
        return e;
    if (auto e = keyValueList(details, "extra", td, Multilingual))
        return e;
    if (auto e = keyValueList(details, "hidden", td, Plain))
        return e;
    return std::nullopt;
}

} // namespace sim
