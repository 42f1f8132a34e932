#include "variablecatalog.h"

#include "core/datetime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace tixsync::tpl {

namespace {

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

#define TXT(expr)                                                                                                      \
    [](const Ticket &t, const Event &e) -> QString {                                                                   \
        Q_UNUSED(t)                                                                                                    \
        Q_UNUSED(e)                                                                                                    \
        return expr;                                                                                                   \
    }
#define DATE(expr)                                                                                                     \
    [](const Ticket &t, const Event &e) -> QDateTime {                                                                 \
        Q_UNUSED(t)                                                                                                    \
        Q_UNUSED(e)                                                                                                    \
        return expr;                                                                                                   \
    }
#define SET(stmt)                                                                                                      \
    [](Ticket &t, Event &e, const QString &v) {                                                                        \
        Q_UNUSED(t)                                                                                                    \
        Q_UNUSED(e)                                                                                                    \
        stmt;                                                                                                          \
    }

VariableInfo text(const char *name, const char *desc, const char *example,
    QString (*get)(const Ticket &, const Event &), void (*set)(Ticket &, Event &, const QString &))
{
    return {QLatin1String(name), VariableType::Text, desc, QString::fromUtf8(example), get, nullptr, set};
}
VariableInfo date(const char *name, const char *desc, const char *example,
    QDateTime (*get)(const Ticket &, const Event &), void (*set)(Ticket &, Event &, const QString &))
{
    return {QLatin1String(name), VariableType::Date, desc, QString::fromUtf8(example), nullptr, get, set};
}

QList<VariableInfo> makeCatalog()
{
    QList<VariableInfo> v;
    // Documented S-360 variables (interface doc §5.3).
    v << text("Product_externalName",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Product name shown to customers"),
        "FC Example vs FC Visitors", TXT(t.productName.isEmpty() ? e.name : t.productName), SET(t.productName = v));
    v << text("Performance_hostTeam", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Host team of the match"),
        "FC Example", TXT(e.hostTeam), SET(e.hostTeam = v));
    v << text("Performance_opposingTeam",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Opposing (visiting) team"), "FC Visitors",
        TXT(e.opposingTeam), SET(e.opposingTeam = v));
    v << date("Performance_startDate",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Start of the performance (use format= to shape it)"),
        "2027-03-14T20:30:00+01:00", DATE(e.startTime), SET(e.startTime = parseRfc3339(v)));
    v << text("Space_externalName", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Venue (site) name"),
        "Example Arena", TXT(e.site), SET(e.site = v));
    v << text("Site_externalName", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "City of the venue"), "Lausanne",
        TXT(e.city), SET(e.city = v));
    v << text("Site_street1", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Venue address, line 1"),
        "Route du Stade 1", TXT(e.addressLine1), SET(e.addressLine1 = v));
    v << text("Site_street2", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Venue address, line 2"), "Gate A",
        TXT(e.addressLine2), SET(e.addressLine2 = v));
    v << text("Site_street3", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Venue address, line 3"), "",
        TXT(e.addressLine3), SET(e.addressLine3 = v));
    v << text("Contact_title",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Title of the cultural contact (buyer)"), "Ms",
        TXT(t.contact.title), SET(t.contact.title = v));
    v << text("Contact_firstName",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "First name of the cultural contact"), "Anna",
        TXT(t.contact.firstName), SET(t.contact.firstName = v));
    v << text("Contact_name", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Last name of the cultural contact"),
        "Muster", TXT(t.contact.lastName), SET(t.contact.lastName = v));
    v << VariableInfo{QStringLiteral("Amount_unitAmount"), VariableType::Number,
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Ticket price, two decimals (45.00)"),
        QStringLiteral("45.00"), TXT(money(t.price)), nullptr, SET(t.price = v.toDouble())};
    v << text("Amount_currency", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Currency code of the price"),
        "CHF", TXT(t.currency), SET(t.currency = v));
    v << text("Institution_language",
        QT_TRANSLATE_NOOP(
            "tixsync::tpl::VariableCatalog", "Language of the institution (first language of the run options)"),
        "fr", nullptr, nullptr);
    v << text("Voucher_identifier",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog",
            "Voucher code (not stored with tickets: empty unless a variable set gives it)"),
        "ab12cd34ef", nullptr, nullptr);
    // Ours: one variable per stored ticket / event field.
    v << text("Ticket_id", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "S-360 ticket id (TIXNGO ticketId)"),
        "100000000123", TXT(t.ticketId), SET(t.ticketId = v));
    v << text("Ticket_number", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Ticket (tax) number"), "12300123",
        TXT(t.ticketNumber), SET(t.ticketNumber = v));
    v << text("Ticket_fileNumber", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Order (file) number"), "4500012",
        TXT(t.fileNumber), SET(t.fileNumber = v));
    v << text("Ticket_barcode",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Barcode, without prefix or postfix"), "9876543210123",
        TXT(t.barcode), SET(t.barcode = v));
    v << text("Ticket_productKind",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "TICKET, MEMBERSHIP or SEASON_CARD"), "TICKET",
        TXT(t.productKind), SET(t.productKind = v));
    v << text("Ticket_productCode", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Product code"), "M01",
        TXT(t.productCode), SET(t.productCode = v));
    v << text("Ticket_productFamily", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Product family"), "Football",
        TXT(t.productFamily), SET(t.productFamily = v));
    v << text("Ticket_salesChannel", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Sales channel"), "WEB",
        TXT(t.salesChannel), SET(t.salesChannel = v));
    v << text("Ticket_tariff", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Tariff"), "Adult", TXT(t.tariff),
        SET(t.tariff = v));
    v << text("Ticket_category", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Seat category"), "Category 1",
        TXT(t.category), SET(t.category = v));
    v << text("Ticket_shipmentMode", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Shipment mode"), "MOBILE",
        TXT(t.shipmentMode), SET(t.shipmentMode = v));
    v << date("Ticket_issuedAt", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "When S-360 issued the ticket"),
        "2027-02-01T10:00:00+01:00", DATE(t.issuedAt), SET(t.issuedAt = parseRfc3339(v)));
    v << text("Seat_gate", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Gate"), "A", TXT(t.seatGate),
        SET(t.seatGate = v));
    v << text("Seat_area", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Area / level"), "North", TXT(t.seatArea),
        SET(t.seatArea = v));
    v << text("Seat_block", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Block"), "B12", TXT(t.seatBlock),
        SET(t.seatBlock = v));
    v << text(
        "Seat_row", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Row"), "7", TXT(t.seatRow), SET(t.seatRow = v));
    v << text("Seat_number", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Seat number"), "21", TXT(t.seatNumber),
        SET(t.seatNumber = v));
    v << text("Seat_entrance", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Entrance"), "E3", TXT(t.entrance),
        SET(t.entrance = v));
    v << text("Contact_email", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "E-mail of the cultural contact"),
        "anna.muster@example.org", TXT(t.contact.email), SET(t.contact.email = v));
    v << text("Holder_title", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Title of the ticket holder"), "Mr",
        TXT(t.holder.title), SET(t.holder.title = v));
    v << text("Holder_firstName", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "First name of the ticket holder"),
        "Ben", TXT(t.holder.firstName), SET(t.holder.firstName = v));
    v << text("Holder_name", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Last name of the ticket holder"),
        "Muster", TXT(t.holder.lastName), SET(t.holder.lastName = v));
    v << text("Holder_email", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "E-mail of the ticket holder"),
        "ben.muster@example.org", TXT(t.holder.email), SET(t.holder.email = v));
    v << text("Holder_gender", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Gender of the holder: M, F, U or X"),
        "M", TXT(t.holder.gender), SET(t.holder.gender = v));
    v << text("Holder_birthDate",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Birth date of the holder (yyyy-MM-dd)"), "1990-05-17",
        TXT(t.holder.birthDate), SET(t.holder.birthDate = v));
    v << text("Holder_idNumber",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Identity document number of the holder"), "X1234567",
        TXT(t.holder.idNumber), SET(t.holder.idNumber = v));
    v << text("Holder_countryCode", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Country code of the holder"),
        "CH", TXT(t.holder.countryCode), SET(t.holder.countryCode = v));
    v << text("Performance_id",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "S-360 performance id (TIXNGO event id)"), "PERF-2027-0314",
        TXT(e.eventId), SET(e.eventId = v; t.eventId = v));
    v << text("Performance_name", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Performance (event) name"),
        "FC Example - FC Visitors", TXT(e.name), SET(e.name = v));
    v << text("Performance_type", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "MATCH, CONCERT, SERVICE…"),
        "MATCH", TXT(e.eventType), SET(e.eventType = v));
    v << text("Performance_group", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Competition or tour"),
        "Super League", TXT(e.groupName), SET(e.groupName = v));
    v << text("Performance_season", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Season"), "2026/2027",
        TXT(e.season), SET(e.season = v));
    v << date("Performance_endDate",
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "End of the performance, if known"),
        "2027-03-14T22:30:00+01:00", DATE(e.endTime), SET(e.endTime = parseRfc3339(v)));
    v << VariableInfo{QStringLiteral("Performance_durationMinutes"), VariableType::Number,
        QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Duration in minutes (0 = unknown)"), QStringLiteral("120"),
        TXT(QString::number(e.durationMinutes)), nullptr, SET(e.durationMinutes = v.toInt())};
    v << text("Performance_website", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Event web site"),
        "https://example.org/match", TXT(e.website), SET(e.website = v));
    v << text("Performance_timeZone", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "IANA time zone of the venue"),
        "Europe/Zurich", TXT(e.timeZone), SET(e.timeZone = v));
    v << text("Site_countryCode", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Country code of the venue"), "CH",
        TXT(e.countryCode), SET(e.countryCode = v));
    v << text("Site_region", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Region of the venue"), "VD",
        TXT(e.region), SET(e.region = v));
    v << text("Site_zip", QT_TRANSLATE_NOOP("tixsync::tpl::VariableCatalog", "Postal code of the venue"), "1000",
        TXT(e.zip), SET(e.zip = v));
    return v;
}
#undef TXT
#undef DATE
#undef SET
} // namespace

const QList<VariableInfo> &VariableCatalog::all()
{
    static const QList<VariableInfo> catalog = makeCatalog();
    return catalog;
}

int VariableCatalog::id(QStringView name)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const auto &a = all();
        for (int i = 0; i < a.size(); ++i)
            h.insert(a[i].name, i);
        return h;
    }();
    return index.value(name.toString(), -1);
}

QString VariableCatalog::translatedDescription(int id)
{
    return QCoreApplication::translate("tixsync::tpl::VariableCatalog", info(id).description);
}

QString VariableCatalog::typeName(VariableType t)
{
    switch (t) {
    case VariableType::Date:
        return QStringLiteral("date");
    case VariableType::Number:
        return QStringLiteral("number");
    case VariableType::Text:
        break;
    }
    return QStringLiteral("text");
}

QString VariableSource::text(int id) const
{
    if (!m_extra.isEmpty()) {
        auto it = m_extra.constFind(id);
        if (it != m_extra.constEnd())
            return *it;
    }
    const VariableInfo &v = VariableCatalog::info(id);
    if (v.text)
        return v.text(*m_ticket, *m_event);
    if (v.date)
        return toRfc3339(v.date(*m_ticket, *m_event));
    static const int language = VariableCatalog::id(u"Institution_language");
    if (id == language)
        return m_language;
    return {};
}

QDateTime VariableSource::date(int id) const
{
    const VariableInfo &v = VariableCatalog::info(id);
    if (v.date)
        return v.date(*m_ticket, *m_event);
    return {};
}

Result<VariableSet> VariableSet::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = makeError(QStringLiteral("variables.json"),
            QCoreApplication::translate("tixsync::tpl::VariableCatalog",
                "The variable set is not a JSON object (%1 at character %2): write "
                "{\"Variable_name\": \"value\", …}.")
                .arg(pe.errorString())
                .arg(pe.offset + 1));
        e.column = pe.offset + 1;
        return fail(e);
    }
    QJsonObject o = doc.object();
    VariableSet set;
    if (o.value(QStringLiteral("variables")).isObject()) {
        set.name = o.value(QStringLiteral("name")).toString();
        o = o.value(QStringLiteral("variables")).toObject();
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int id = VariableCatalog::id(it.key());
        if (id < 0)
            return fail(QStringLiteral("variables.unknown"),
                QCoreApplication::translate("tixsync::tpl::VariableCatalog",
                    "Unknown variable \"%1\" in the variable set: remove it or correct its name.")
                    .arg(it.key()));
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble())
            value = QString::number(it.value().toDouble(), 'g', 15);
        else if (it.value().isBool())
            value = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (!it.value().isNull())
            return fail(QStringLiteral("variables.type"),
                QCoreApplication::translate(
                    "tixsync::tpl::VariableCatalog", "The value of \"%1\" must be a string or a number.")
                    .arg(it.key()));
        if (VariableCatalog::info(id).type == VariableType::Date && !value.isEmpty() && !parseRfc3339(value).isValid())
            return fail(QStringLiteral("variables.date"),
                QCoreApplication::translate("tixsync::tpl::VariableCatalog",
                    "The value of \"%1\" is not an RFC 3339 date: write e.g. 2027-03-14T20:30:00+01:00.")
                    .arg(it.key()));
        set.values.append({it.key(), value});
    }
    return set;
}

QByteArray VariableSet::toJson() const
{
    QJsonObject vars;
    for (const auto &[k, v] : values)
        vars.insert(k, v);
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("variables"), vars}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

VariableSet VariableSet::example()
{
    VariableSet s;
    s.name = QCoreApplication::translate("tixsync::tpl::VariableCatalog", "Example");
    for (const VariableInfo &v : VariableCatalog::all())
        s.values.append({v.name, v.example});
    return s;
}

void VariableSet::apply(Ticket &ticket, Event &event) const
{
    for (const auto &[k, v] : values) {
        const int id = VariableCatalog::id(k);
        if (id >= 0 && VariableCatalog::info(id).assign)
            VariableCatalog::info(id).assign(ticket, event, v);
    }
}

QString VariableSet::value(const QString &name) const
{
    for (const auto &[k, v] : values)
        if (k == name)
            return v;
    return {};
}

} // namespace tixsync::tpl
