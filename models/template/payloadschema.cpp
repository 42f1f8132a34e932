#include "payloadschema.h"

#include <QHash>

namespace tixsync::tpl {

namespace {
#define D(s) QT_TRANSLATE_NOOP("tixsync::tpl::PayloadSchema", s)
PayloadPath p(
    const char *path, ValueRule rule, int max, const char *desc, bool translatable = false, bool forbidden = false)
{
    return {QLatin1String(path), rule, max, translatable, forbidden, desc};
}

QList<PayloadPath> makePaths()
{
    using R = ValueRule;
    return {
        p("ticketId", R::TicketId, 256, D("Ticket id: letters, digits, space and *.-_+/() only")),
        p("taxNumber", R::Text, 256, D("S-360 ticket number (used by force/skip lists)")),
        p("fileId", R::Text, 256, D("S-360 order (file) number")),
        p("sortingKey", R::Text, 256, D("Sorting key in the wallet")),
        p("event.id", R::Text, 256, D("Event id (set from the performance; not by the template)"), false, true),
        p("event.name", R::Text, 128, D("Event name"), true),
        p("event.website", R::Text, 0, D("Event web site")),
        p("event.startTime", R::Date, 0, D("Event start (set it with the comfort variable TIXStart)"), false, true),
        p("event.expirationDate", R::Date, 0, D("After it the ticket is unusable (comfort variable TIXExp)"), false,
            true),
        p("event.group.name", R::Text, 128, D("Competition / tour name"), true),
        p("event.group.image", R::Text, 256, D("Group image URL")),
        p("event.address.site", R::Text, 200, D("Venue (required)"), true),
        p("event.address.city", R::Text, 200, D("City (required)"), true),
        p("event.address.line1", R::Text, 200, D("Address line 1"), true),
        p("event.address.line2", R::Text, 200, D("Address line 2"), true),
        p("event.address.line3", R::Text, 200, D("Address line 3"), true),
        p("event.address.countryCode", R::Text, 200, D("Country code (required)")),
        p("event.address.region", R::Text, 200, D("Region")),
        p("event.address.zip", R::Text, 200, D("Postal code (required)")),
        p("event.address.latitude", R::Number, 0, D("Latitude")),
        p("event.address.longitude", R::Number, 0, D("Longitude")),
        p("event.metadata.#.key", R::Text, 0, D("Metadata key, e.g. EVENT_SCHEDULE")),
        p("event.metadata.#.value", R::Any, 0, D("Metadata value")),
        p("purchaseDetails.price", R::Number, 0, D("Price (number)")),
        p("purchaseDetails.currency", R::Text, 20, D("Currency")),
        p("purchaseDetails.category", R::Text, 512, D("Seat category")),
        p("security.barcode", R::Text, 512, D("Barcode (with prefix and postfix)")),
        p("spectatorDetails.gender", R::Gender, 0, D("Gender: M, F, U or X")),
        p("spectatorDetails.firstName", R::Text, 50, D("Spectator first name")),
        p("spectatorDetails.lastName", R::Text, 100, D("Spectator last name")),
        p("spectatorDetails.email", R::Text, 256, D("Spectator e-mail")),
        p("spectatorDetails.title", R::Text, 0, D("Spectator title")),
        p("spectatorDetails.mainApplicant", R::Boolean, 0, D("True when the holder is the buyer")),
        p("activationParameters.groupId", R::Text, 50, D("Tickets of a group share activation")),
        p("activationParameters.method", R::Method, 0, D("online or offline")),
        p("activationParameters.time", R::Date, 0, D("When the QR code is revealed (comfort variable TIXAct)")),
        p("activationParameters.instanceId", R::Text, 128, D("Bluetooth beacon instance")),
        p("ticketDetails.main.#.key", R::Text, 0, D("Label shown on the ticket (Gate, Block, Row, Seat…)"), true),
        p("ticketDetails.main.#.value", R::Text, 0, D("Value shown on the ticket"), true),
        p("ticketDetails.extra.#.key", R::Text, 0, D("Extra detail label")),
        p("ticketDetails.extra.#.value", R::Text, 0, D("Extra detail value")),
        p("ticketDetails.hidden.#.key", R::Text, 0, D("Behaviour key, e.g. RESALE_TICKETSHOP_URL")),
        p("ticketDetails.hidden.#.value", R::Text, 0, D("Behaviour value")),
        p("transferRules.allowReturnToOrganizer", R::Boolean, 0, D("Allow returning the ticket to the organizer")),
        p("transferRules.allowReturnToOrganizerForInitialSpectator", R::Boolean, 0,
            D("Allow the initial spectator to return the ticket")),
    };
}
#undef D
} // namespace

const QList<PayloadPath> &PayloadSchema::paths()
{
    static const QList<PayloadPath> all = makePaths();
    return all;
}

QString PayloadSchema::normalize(QStringView path)
{
    QString out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size();) {
        qsizetype j = path.indexOf(QLatin1Char('.'), i);
        if (j < 0)
            j = path.size();
        const QStringView seg = path.mid(i, j - i);
        bool numeric = !seg.isEmpty();
        for (QChar c : seg)
            numeric = numeric && c.isDigit();
        if (!out.isEmpty())
            out += QLatin1Char('.');
        if (numeric)
            out += QLatin1Char('#');
        else
            out += seg;
        i = j + 1;
    }
    return out;
}

const PayloadPath *PayloadSchema::find(QStringView path)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < paths().size(); ++i)
            h.insert(paths()[i].path, i);
        return h;
    }();
    const int i = index.value(normalize(path), -1);
    return i < 0 ? nullptr : &paths()[i];
}

bool PayloadSchema::isKnown(QStringView path)
{
    if (find(path) || path.startsWith(QLatin1String("transferRules.")) || path == QLatin1String("transferRules"))
        return true;
    const QString prefix = normalize(path) + QLatin1Char('.');
    for (const PayloadPath &p : paths())
        if (p.path.startsWith(prefix))
            return true; // an object or list set as a whole (type json)
    return false;
}

const QStringList &PayloadSchema::requiredPaths()
{
    static const QStringList r = {
        QStringLiteral("ticketId"),
        QStringLiteral("event"),
        QStringLiteral("purchaseDetails"),
        QStringLiteral("security"),
        QStringLiteral("spectatorDetails"),
        QStringLiteral("activationParameters"),
        QStringLiteral("event.address.site"),
        QStringLiteral("event.address.city"),
        QStringLiteral("event.address.countryCode"),
        QStringLiteral("event.address.zip"),
    };
    return r;
}

} // namespace tixsync::tpl
