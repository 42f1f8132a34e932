#include "demodata.h"

#include "bulkupsert.h"
#include "core/logging.h"
#include "core/statuses.h"
#include "rfc3339text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <array>
#include <charconv>
#include <string>

namespace tixsync {

namespace {

struct Venue {
    const char *site;
    const char *city;
    const char *street;
    const char *zip;
    const char *country;
    const char *region;
    double latitude;
    double longitude;
    const char *timeZone;
    const char *currency;
    const char *website;
    int teamPool; // index into kLeagues, -1 = concert hall
    int homeTeam;
};

struct League {
    const char *competition;
    std::array<const char *, 8> teams;
};

constexpr League kLeagues[] = {
    {"Swiss Super League",
        {"FC Basel 1893", "BSC Young Boys", "FC Zürich", "Servette FC", "FC St. Gallen 1879", "FC Lugano", "FC Luzern",
            "Grasshopper Club Zürich"}},
    {"Ligue 1",
        {"Paris Saint-Germain", "Olympique de Marseille", "Olympique Lyonnais", "LOSC Lille", "AS Monaco",
            "Stade Rennais FC", "OGC Nice", "RC Lens"}},
    {"Bundesliga",
        {"FC Bayern München", "Borussia Dortmund", "Bayer 04 Leverkusen", "RB Leipzig", "VfB Stuttgart",
            "Eintracht Frankfurt", "SC Freiburg", "1. FC Union Berlin"}},
    {"Premier League",
        {"Tottenham Hotspur", "Arsenal", "Chelsea", "Liverpool", "Manchester City", "Manchester United",
            "Newcastle United", "Aston Villa"}},
};

constexpr Venue kVenues[] = {
    {"St. Jakob-Park", "Basel", "St. Jakobs-Strasse 395", "4052", "CH", "Basel-Stadt", 47.5415, 7.6203, "Europe/Zurich",
        "CHF", "https://www.fcb.ch", 0, 0},
    {"Stadion Wankdorf", "Bern", "Papiermühlestrasse 71", "3014", "CH", "Bern", 46.9630, 7.4646, "Europe/Zurich", "CHF",
        "https://www.bscyb.ch", 0, 1},
    {"Letzigrund", "Zürich", "Badenerstrasse 500", "8048", "CH", "Zürich", 47.3829, 8.5040, "Europe/Zurich", "CHF",
        "https://www.fcz.ch", 0, 2},
    {"Stade de Genève", "Lancy", "Route des Jeunes 16", "1212", "CH", "Genève", 46.1776, 6.1275, "Europe/Zurich", "CHF",
        "https://www.servettefc.ch", 0, 3},
    {"Parc des Princes", "Paris", "24 Rue du Commandant Guilbaud", "75016", "FR", "Île-de-France", 48.8414, 2.2530,
        "Europe/Paris", "EUR", "https://www.psg.fr", 1, 0},
    {"Allianz Arena", "München", "Werner-Heisenberg-Allee 25", "80939", "DE", "Bayern", 48.2188, 11.6247,
        "Europe/Berlin", "EUR", "https://fcbayern.com", 2, 0},
    {"Tottenham Hotspur Stadium", "London", "782 High Road", "N17 0BX", "GB", "England", 51.6043, -0.0664,
        "Europe/London", "GBP", "https://www.tottenhamhotspur.com", 3, 0},
    {"Hallenstadion", "Zürich", "Wallisellenstrasse 45", "8050", "CH", "Zürich", 47.4114, 8.5519, "Europe/Zurich",
        "CHF", "https://www.hallenstadion.ch", -1, 0},
    {"Arena de Genève", "Le Grand-Saconnex", "Route des Batailleurs 2", "1218", "CH", "Genève", 46.2353, 6.1180,
        "Europe/Zurich", "CHF", "https://www.arena-geneve.ch", -1, 0},
    {"Accor Arena", "Paris", "8 Boulevard de Bercy", "75012", "FR", "Île-de-France", 48.8386, 2.3786, "Europe/Paris",
        "EUR", "https://www.accorarena.com", -1, 0},
    {"The O2", "London", "Peninsula Square", "SE10 0DX", "GB", "England", 51.5030, 0.0032, "Europe/London", "GBP",
        "https://www.theo2.co.uk", -1, 0},
    {"Uber Arena", "Berlin", "Mercedes-Platz 1", "10243", "DE", "Berlin", 52.5053, 13.4432, "Europe/Berlin", "EUR",
        "https://www.uber-arena.de", -1, 0},
};
constexpr int kVenueCount = int(std::size(kVenues));

struct Tour {
    const char *artist;
    const char *tour;
};
constexpr Tour kTours[] = {
    {"Nordlicht Orchestra", "Polar Nights Tour 2027"},
    {"Aline Dufour", "Lumières – la tournée"},
    {"The Lemon Tree Ramblers", "Back on the Road"},
    {"Kasimir & die Kometen", "Sternstunden Live"},
    {"Marta Oliveira", "Saudade World Tour"},
    {"Glass Harbour", "Tides Tour"},
};

struct Name {
    const char *text;
    const char *ascii; // for e-mail addresses
};

struct People {
    const char *country;
    std::array<Name, 8> male;
    std::array<Name, 8> female;
    std::array<Name, 12> last;
    std::array<const char *, 3> domains;
    std::array<const char *, 4> places; // birth places
    const char *region;
    const char *mr;
    const char *mrs;
};

constexpr People kPeople[] = {
    {"CH",
        {{{"Lukas", "lukas"}, {"Noah", "noah"}, {"Jonas", "jonas"}, {"Luca", "luca"}, {"Matthias", "matthias"},
            {"Reto", "reto"}, {"Beat", "beat"}, {"Urs", "urs"}}},
        {{{"Mia", "mia"}, {"Lea", "lea"}, {"Anna", "anna"}, {"Laura", "laura"}, {"Sarah", "sarah"},
            {"Nicole", "nicole"}, {"Céline", "celine"}, {"Chloé", "chloe"}}},
        {{{"Müller", "mueller"}, {"Meier", "meier"}, {"Schmid", "schmid"}, {"Keller", "keller"}, {"Weber", "weber"},
            {"Huber", "huber"}, {"Schneider", "schneider"}, {"Meyer", "meyer"}, {"Steiner", "steiner"},
            {"Fischer", "fischer"}, {"Brunner", "brunner"}, {"Baumann", "baumann"}}},
        {{"bluewin.ch", "gmx.ch", "sunrise.ch"}}, {{"Basel", "Bern", "Zürich", "Luzern"}}, "Deutschschweiz", "Herr",
        "Frau"},
    {"FR",
        {{{"Louis", "louis"}, {"Gabriel", "gabriel"}, {"Jules", "jules"}, {"Hugo", "hugo"}, {"Théo", "theo"},
            {"Mathéo", "matheo"}, {"Nicolas", "nicolas"}, {"Julien", "julien"}}},
        {{{"Emma", "emma"}, {"Jade", "jade"}, {"Louise", "louise"}, {"Léa", "lea"}, {"Manon", "manon"},
            {"Camille", "camille"}, {"Inès", "ines"}, {"Zoé", "zoe"}}},
        {{{"Martin", "martin"}, {"Bernard", "bernard"}, {"Dubois", "dubois"}, {"Thomas", "thomas"},
            {"Robert", "robert"}, {"Richard", "richard"}, {"Petit", "petit"}, {"Durand", "durand"},
            {"Lefèvre", "lefevre"}, {"Moreau", "moreau"}, {"Girard", "girard"}, {"Rousseau", "rousseau"}}},
        {{"orange.fr", "free.fr", "laposte.net"}}, {{"Paris", "Lyon", "Marseille", "Lille"}}, "Île-de-France", "M.",
        "Mme"},
    {"DE",
        {{{"Maximilian", "maximilian"}, {"Paul", "paul"}, {"Felix", "felix"}, {"Leon", "leon"}, {"Jan", "jan"},
            {"Tobias", "tobias"}, {"Jürgen", "juergen"}, {"Stefan", "stefan"}}},
        {{{"Sophie", "sophie"}, {"Marie", "marie"}, {"Hannah", "hannah"}, {"Lena", "lena"}, {"Katharina", "katharina"},
            {"Jana", "jana"}, {"Sabine", "sabine"}, {"Jülide", "juelide"}}},
        {{{"Schulz", "schulz"}, {"Becker", "becker"}, {"Hoffmann", "hoffmann"}, {"Schäfer", "schaefer"},
            {"Koch", "koch"}, {"Bauer", "bauer"}, {"Richter", "richter"}, {"Klein", "klein"}, {"Wolf", "wolf"},
            {"Schröder", "schroeder"}, {"Neumann", "neumann"}, {"Yılmaz", "yilmaz"}}},
        {{"web.de", "gmx.de", "t-online.de"}}, {{"München", "Hamburg", "Köln", "Berlin"}}, "Bayern", "Herr", "Frau"},
    {"GB",
        {{{"Oliver", "oliver"}, {"George", "george"}, {"Harry", "harry"}, {"Jack", "jack"}, {"Charlie", "charlie"},
            {"Thomas", "thomas"}, {"William", "william"}, {"James", "james"}}},
        {{{"Olivia", "olivia"}, {"Amelia", "amelia"}, {"Isla", "isla"}, {"Ava", "ava"}, {"Emily", "emily"},
            {"Sophie", "sophie"}, {"Grace", "grace"}, {"Siobhán", "siobhan"}}},
        {{{"Smith", "smith"}, {"Jones", "jones"}, {"Taylor", "taylor"}, {"Brown", "brown"}, {"Williams", "williams"},
            {"Wilson", "wilson"}, {"Johnson", "johnson"}, {"Davies", "davies"}, {"Patel", "patel"},
            {"O'Connor", "oconnor"}, {"Evans", "evans"}, {"Khan", "khan"}}},
        {{"btinternet.com", "outlook.com", "gmail.com"}}, {{"London", "Manchester", "Leeds", "Bristol"}}, "England",
        "Mr", "Ms"},
    {"IT",
        {{{"Leonardo", "leonardo"}, {"Francesco", "francesco"}, {"Alessandro", "alessandro"}, {"Lorenzo", "lorenzo"},
            {"Mattia", "mattia"}, {"Andrea", "andrea"}, {"Niccolò", "niccolo"}, {"Marco", "marco"}}},
        {{{"Sofia", "sofia"}, {"Giulia", "giulia"}, {"Aurora", "aurora"}, {"Alice", "alice"}, {"Ginevra", "ginevra"},
            {"Chiara", "chiara"}, {"Francesca", "francesca"}, {"Beatrice", "beatrice"}}},
        {{{"Rossi", "rossi"}, {"Russo", "russo"}, {"Ferrari", "ferrari"}, {"Esposito", "esposito"},
            {"Bianchi", "bianchi"}, {"Romano", "romano"}, {"Colombo", "colombo"}, {"Ricci", "ricci"},
            {"Marino", "marino"}, {"Greco", "greco"}, {"Bruno", "bruno"}, {"De Luca", "deluca"}}},
        {{"libero.it", "virgilio.it", "gmail.com"}}, {{"Milano", "Roma", "Torino", "Napoli"}}, "Lombardia", "Sig.",
        "Sig.ra"},
    {"ES",
        {{{"Hugo", "hugo"}, {"Martín", "martin"}, {"Lucas", "lucas"}, {"Mateo", "mateo"}, {"Pablo", "pablo"},
            {"Álvaro", "alvaro"}, {"Javier", "javier"}, {"Sergio", "sergio"}}},
        {{{"Lucía", "lucia"}, {"Sofía", "sofia"}, {"Martina", "martina"}, {"María", "maria"}, {"Paula", "paula"},
            {"Carmen", "carmen"}, {"Elena", "elena"}, {"Nuria", "nuria"}}},
        {{{"García", "garcia"}, {"Fernández", "fernandez"}, {"González", "gonzalez"}, {"Rodríguez", "rodriguez"},
            {"López", "lopez"}, {"Martínez", "martinez"}, {"Sánchez", "sanchez"}, {"Pérez", "perez"},
            {"Gómez", "gomez"}, {"Ruiz", "ruiz"}, {"Núñez", "nunez"}, {"Ibáñez", "ibanez"}}},
        {{"telefonica.net", "hotmail.es", "gmail.com"}}, {{"Madrid", "Barcelona", "Valencia", "Sevilla"}},
        "Comunidad de Madrid", "Sr.", "Sra."},
};
constexpr int kPeopleCount = int(std::size(kPeople));

int countryPool(const char *country)
{
    for (int i = 0; i < kPeopleCount; ++i)
        if (qstrcmp(kPeople[i].country, country) == 0)
            return i;
    return 0;
}

// The ticket columns this generator writes, in statement order.
enum Col {
    CTicketId,
    CTicketNumber,
    CFileNumber,
    CEventId,
    CBarcode,
    CProductKind,
    CProductCode,
    CProductName,
    CProductFamily,
    CSalesChannel,
    CTariff,
    CCategory,
    CPrice,
    CCurrency,
    CSeatGate,
    CSeatArea,
    CSeatBlock,
    CSeatRow,
    CSeatNumber,
    CEntrance,
    CContactTitle,
    CContactFirst,
    CContactLast,
    CContactEmail,
    CHolderTitle,
    CHolderFirst,
    CHolderLast,
    CHolderEmail,
    CHolderGender,
    CHolderBirthDate,
    CHolderIdNumber,
    CHolderCountry,
    CHolderBirthRegion,
    CHolderBirthPlace,
    CShipmentMode,
    CS360Status,
    CS360Reason,
    CS360ChangedAt,
    CControlledAt,
    CIssuedAt,
    CTixngoStatus,
    CTixngoOwnerFirst,
    CTixngoOwnerLast,
    CTixngoOwnerEmail,
    CTixngoInitialOwner,
    CTixngoPreviousOwner,
    CTixngoHolderFirst,
    CTixngoHolderLast,
    CTixngoDeletionReason,
    CTixngoControlled,
    CTixngoUpdatedAt,
    CLastSyncAt,
    CInjectedAt,
    ColCount
};

constexpr std::array<const char *, ColCount> kColumns
    = {"ticket_id", "ticket_number", "file_number", "event_id", "barcode", "product_kind", "product_code",
        "product_name", "product_family", "sales_channel", "tariff", "category", "price", "currency", "seat_gate",
        "seat_area", "seat_block", "seat_row", "seat_number", "entrance", "contact_title", "contact_first_name",
        "contact_last_name", "contact_email", "holder_title", "holder_first_name", "holder_last_name", "holder_email",
        "holder_gender", "holder_birth_date", "holder_id_number", "holder_country_code", "holder_birth_region",
        "holder_birth_place", "shipment_mode", "s360_status", "s360_reason", "s360_status_changed_at", "controlled_at",
        "issued_at", "tixngo_status", "tixngo_owner_first_name", "tixngo_owner_last_name", "tixngo_owner_email",
        "tixngo_initial_owner", "tixngo_previous_owner", "tixngo_holder_first_name", "tixngo_holder_last_name",
        "tixngo_deletion_reason", "tixngo_controlled", "tixngo_updated_at", "last_sync_at", "injected_at"};

struct DemoPerson {
    const Name *first;
    const Name *last;
    const People *people;
    bool female;
    int emailSuffix; // 0 = none
    std::string email;
};

/// One generated row: each cell is a view on a literal or on its own reused buffer, so that
/// a million rows cost no allocation after the first few.
class Row {
public:
    void set(int c, const char *literal) { m_view[size_t(c)] = QByteArrayView(literal); }
    void set(int c, const std::string &s) { m_view[size_t(c)] = QByteArrayView(s.data(), qsizetype(s.size())); }
    std::string &own(int c)
    {
        std::string &s = m_own[size_t(c)];
        s.clear();
        return s;
    }
    void done(int c) { set(c, m_own[size_t(c)]); }
    void number(int c, qint64 n)
    {
        std::string &s = own(c);
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        s.append(buf, size_t(r.ptr - buf));
        done(c);
    }
    void date(int c, qint64 secs, int offset)
    {
        std::string &s = own(c);
        char buf[48];
        s.append(buf, size_t(importdetail::formatRfc3339(buf, secs, offset)));
        done(c);
    }
    void clear()
    {
        for (auto &v : m_view)
            v = QByteArrayView("");
    }
    QByteArrayView view(int c) const { return m_view[size_t(c)]; }

private:
    std::array<std::string, ColCount> m_own;
    std::array<QByteArrayView, ColCount> m_view;
};

struct DemoEvent {
    Event event;
    const Venue *venue = nullptr;
    qint64 start = 0; // seconds since the epoch
    int offset = 0; // UTC offset at the start
    bool past = false;
    bool football = false;
    QByteArray id;
    QByteArray name;
    QByteArray season;
    int seasonYear = 0; // the season runs from 1 July of this year to 30 June of the next
};

class Generator {
public:
    Generator(Store &store, const DemoDataOptions &options, const std::function<bool(qint64, qint64)> &progress)
        : m_store(store)
        , m_options(options)
        , m_progress(progress)
        , m_rng(options.seed)
    {
    }

    Result<DemoDataStats> run();

private:
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    int percent() { return pick(100); }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_rng.bounded(quint32(hi - lo + 1))); }
    DemoEvent makeEvent(int index);
    void makePerson(DemoPerson *p, int pool);
    Status writeTicket(const DemoEvent &e, qint64 n, int seatIndex);
    Status writeProducts(const DemoEvent &e, int index);

    Store &m_store;
    DemoDataOptions m_options;
    std::function<bool(qint64, qint64)> m_progress;
    QRandomGenerator m_rng;
    qint64 m_reference = 0; // seconds since the epoch
    qint64 m_idBase = 0;
    std::unique_ptr<BulkUpsert> m_tickets;
    Row m_row;
    DemoPerson m_contact{};
    DemoPerson m_holder{};
    DemoPerson m_other{};
    int m_orderLeft = 0;
    qint64 m_fileNumber = 0;
};

DemoEvent Generator::makeEvent(int index)
{
    DemoEvent d;
    const Venue &v = kVenues[pick(kVenueCount)];
    d.venue = &v;
    d.football = v.teamPool >= 0;
    Event &e = d.event;
    e.eventId = QString::number(qint64(1000 + m_options.seed % 9000) * 100000 + index + 1);
    if (d.football) {
        const League &l = kLeagues[v.teamPool];
        int away = pick(int(l.teams.size()) - 1);
        if (away >= v.homeTeam)
            ++away;
        e.eventType = QStringLiteral("MATCH");
        e.hostTeam = QString::fromUtf8(l.teams[size_t(v.homeTeam)]);
        e.opposingTeam = QString::fromUtf8(l.teams[size_t(away)]);
        e.name = e.hostTeam + QStringLiteral(" – ") + e.opposingTeam;
        e.groupName = percent() < 15 ? QStringLiteral("UEFA Champions League") : QString::fromUtf8(l.competition);
        e.durationMinutes = 105;
    } else {
        const Tour &t = kTours[pick(int(std::size(kTours)))];
        e.eventType = QStringLiteral("CONCERT");
        e.name = QString::fromUtf8(t.artist) + QStringLiteral(" – ") + QString::fromUtf8(t.tour);
        e.groupName = QString::fromUtf8(t.tour);
        e.durationMinutes = 150;
    }
    // The first event is over (it has controlled tickets); the others follow every few days.
    const qint64 day = 86400;
    const qint64 midnight = m_reference - m_reference % day;
    const qint64 date = index == 0 ? midnight - 2 * day : midnight + (index * 3 + pick(3)) * day;
    static constexpr int kKickOffs[] = {18 * 60, 19 * 60 + 30, 20 * 60, 20 * 60 + 45};
    const QTimeZone zone(v.timeZone);
    const QDate qdate = QDate(1970, 1, 1).addDays(date / day);
    const int minutes = kKickOffs[pick(4)];
    const QDateTime start(qdate, QTime(minutes / 60, minutes % 60), zone);
    d.offset = start.offsetFromUtc();
    d.start = start.toSecsSinceEpoch();
    d.past = d.start < m_reference;
    e.startTime = QDateTime::fromSecsSinceEpoch(d.start, Qt::OffsetFromUTC, d.offset);
    e.endTime = e.startTime.addSecs(qint64(e.durationMinutes) * 60);
    const int y = qdate.month() >= 7 ? qdate.year() : qdate.year() - 1;
    e.season = QStringLiteral("%1/%2").arg(y).arg((y + 1) % 100, 2, 10, QLatin1Char('0'));
    d.seasonYear = y;
    e.site = QString::fromUtf8(v.site);
    e.city = QString::fromUtf8(v.city);
    e.addressLine1 = QString::fromUtf8(v.street);
    e.countryCode = QString::fromUtf8(v.country);
    e.region = QString::fromUtf8(v.region);
    e.zip = QString::fromUtf8(v.zip);
    e.latitude = v.latitude;
    e.longitude = v.longitude;
    e.website = QString::fromUtf8(v.website);
    e.timeZone = QString::fromUtf8(v.timeZone);
    d.id = e.eventId.toUtf8();
    d.name = e.name.toUtf8();
    d.season = e.season.toUtf8();
    return d;
}

void Generator::makePerson(DemoPerson *p, int pool)
{
    const People &people = kPeople[pool];
    p->people = &people;
    p->female = pick(2) == 1;
    p->first = p->female ? &people.female[size_t(pick(8))] : &people.male[size_t(pick(8))];
    p->last = &people.last[size_t(pick(12))];
    p->emailSuffix = percent() < 30 ? 10 + pick(90) : 0;
    p->email.clear();
    p->email += p->first->ascii;
    p->email += '.';
    p->email += p->last->ascii;
    if (p->emailSuffix) {
        char buf[8];
        const auto r = std::to_chars(buf, buf + sizeof buf, p->emailSuffix);
        p->email.append(buf, size_t(r.ptr - buf));
    }
    p->email += '@';
    p->email += people.domains[size_t(pick(3))];
}

// Comfort variables on the products (interface doc §5.2, rule TPL-9), without drawing from the
// random stream (the tickets stay what they were): season cards run from start to end of season
// and share one activation group; memberships expire at the end of the season; the single-ticket
// product of an event gets, by turns, an activation one day or three hours before the start, an
// absolute activation time two days before at 09:00, or nothing.
Status Generator::writeProducts(const DemoEvent &e, int index)
{
    const QDate seasonStart(e.seasonYear, 7, 1);
    const QDate seasonEnd(e.seasonYear + 1, 6, 30);
    const QString season = QString::fromUtf8(e.season);
    if (e.football) {
        Product card;
        card.productCode = QStringLiteral("SC-") + season;
        card.tixStart = QStringLiteral("start_of_season");
        card.tixExp = QStringLiteral("end_of_season");
        card.tixRGrp = QStringLiteral("SEASON-") + QString(season).replace(QLatin1Char('/'), QLatin1Char('-'));
        card.seasonStart = seasonStart;
        card.seasonEnd = seasonEnd;
        if (auto ok = m_store.upsertProduct(card); !ok)
            return ok;
        Product membership;
        membership.productCode = QStringLiteral("MB-") + season;
        membership.tixExp = QStringLiteral("end_of_season");
        membership.seasonStart = seasonStart;
        membership.seasonEnd = seasonEnd;
        if (auto ok = m_store.upsertProduct(membership); !ok)
            return ok;
    }
    Product single;
    single.productCode = QString::fromLatin1(e.football ? "MT-" : "CT-") + e.event.eventId;
    switch ((index + int(m_options.seed % 4)) % 4) {
    case 0:
        single.tixAct = QStringLiteral("-1d");
        break;
    case 1:
        single.tixAct = QStringLiteral("-3h");
        single.tixRGrp = QStringLiteral("GATES-") + e.event.eventId;
        break;
    case 2:
        single.tixAct = e.event.startTime.addDays(-2).toString(QStringLiteral("dd/MM/yy")) + QStringLiteral(" 09:00");
        break;
    default:
        return {};
    }
    return m_store.upsertProduct(single);
}

Status Generator::writeTicket(const DemoEvent &e, qint64 n, int seat)
{
    Row &r = m_row;
    r.clear();
    const Venue &v = *e.venue;
    const qint64 hour = 3600;
    const qint64 day = 86400;

    // A new order (file) every 1–6 tickets, one buyer per order.
    if (m_orderLeft <= 0) {
        m_orderLeft = 1 + pick(percent() < 50 ? 2 : 6);
        ++m_fileNumber;
        makePerson(&m_contact, percent() < 65 ? countryPool(v.country) : pick(kPeopleCount));
    }
    --m_orderLeft;
    const bool holderIsContact = percent() < 70;
    if (!holderIsContact)
        makePerson(&m_holder, percent() < 80 ? int(m_contact.people - kPeople) : pick(kPeopleCount));
    const DemoPerson &holder = holderIsContact ? m_contact : m_holder;

    r.number(CTicketId, m_idBase + n);
    r.number(CTicketNumber, 20000000 + (m_idBase / 1000) % 1000000 * 100 + n);
    r.number(CFileNumber, (m_idBase / 100) + m_fileNumber);
    r.own(CEventId).assign(e.id.constData(), size_t(e.id.size()));
    r.done(CEventId);
    {
        std::string &b = r.own(CBarcode);
        b = "73";
        for (int i = 0; i < 11; ++i)
            b += char('0' + pick(10));
        r.done(CBarcode);
    }

    // Product: mostly single tickets; a few season cards and memberships on football events.
    const int productRoll = percent();
    const bool seasonCard = e.football && productRoll < 2;
    const bool membership = e.football && productRoll == 2;
    static constexpr double kPrices[3][4] = {{95, 75, 55, 35}, {90, 70, 50, 30}, {85, 65, 45, 25}};
    const int currency = qstrcmp(v.currency, "CHF") == 0 ? 0 : qstrcmp(v.currency, "EUR") == 0 ? 1 : 2;
    static constexpr int kSeatsPerRow = 30, kRowsPerBlock = 25, kBlocksPerArea = 8;
    const int seatNo = seat % kSeatsPerRow + 1;
    const int rowNo = seat / kSeatsPerRow % kRowsPerBlock + 1;
    const int blockNo = seat / (kSeatsPerRow * kRowsPerBlock) % kBlocksPerArea + 1;
    const int area = seat / (kSeatsPerRow * kRowsPerBlock * kBlocksPerArea) % 4;
    const int category = (blockNo + area) % 4;
    double price = kPrices[currency][category] * (e.football ? 1.0 : 1.3);
    const int tariffRoll = percent();
    if (seasonCard || membership) {
        r.set(CProductKind, seasonCard ? ProductKindSeasonCard : ProductKindMembership);
        std::string &code = r.own(CProductCode);
        code = seasonCard ? "SC-" : "MB-";
        code.append(e.season.constData(), size_t(e.season.size()));
        r.done(CProductCode);
        std::string &name = r.own(CProductName);
        name = seasonCard ? "Season card " : "Club membership ";
        name.append(e.season.constData(), size_t(e.season.size()));
        r.done(CProductName);
        r.set(CProductFamily, seasonCard ? "Season cards" : "Memberships");
        price = seasonCard ? price * 12 : 60 + 10 * currency;
        r.set(CTariff, "Full price");
    } else {
        r.set(CProductKind, ProductKindTicket);
        std::string &code = r.own(CProductCode);
        code = e.football ? "MT-" : "CT-";
        code.append(e.id.constData(), size_t(e.id.size()));
        r.done(CProductCode);
        r.own(CProductName).assign(e.name.constData(), size_t(e.name.size()));
        r.done(CProductName);
        r.set(CProductFamily, e.football ? "Single match tickets" : "Concert tickets");
        if (tariffRoll < 70) {
            r.set(CTariff, "Full price");
        } else if (tariffRoll < 90) {
            r.set(CTariff, "Reduced");
            price *= 0.8;
        } else {
            r.set(CTariff, "Child");
            price *= 0.5;
        }
    }
    const int channel = percent();
    r.set(CSalesChannel,
        channel < 70       ? "INTERNET"
            : channel < 85 ? "BOX_OFFICE"
            : channel < 92 ? "MOBILE_APP"
            : channel < 97 ? "CALL_CENTER"
                           : "RESALE");
    static constexpr const char *kCategories[] = {"Category 1", "Category 2", "Category 3", "Category 4"};
    r.set(CCategory, kCategories[category]);
    r.set(CCurrency, v.currency);
    if (!membership) {
        static constexpr const char *kFootballAreas[] = {"Tribune Nord", "Tribune Sud", "Tribune Est", "Tribune Ouest"};
        static constexpr const char *kConcertAreas[] = {"Parterre", "Balcon 1", "Balcon 2", "Loges"};
        static constexpr const char *kGates[] = {"A", "B", "C", "D", "E", "F", "G", "H"};
        r.set(CSeatGate, kGates[area * 2 + blockNo % 2]);
        r.set(CSeatArea, e.football ? kFootballAreas[area] : kConcertAreas[area]);
        std::string &block = r.own(CSeatBlock);
        block = char('A' + area);
        block += char('0' + blockNo);
        r.done(CSeatBlock);
        r.number(CSeatRow, rowNo);
        r.number(CSeatNumber, seatNo);
        std::string &ent = r.own(CEntrance);
        ent = "Entrance ";
        ent += char('1' + blockNo % 6);
        r.done(CEntrance);
    }

    auto personCells = [&](const DemoPerson &p, int title, int first, int last, int email) {
        if (title >= 0)
            r.set(title, p.female ? p.people->mrs : p.people->mr);
        r.set(first, p.first->text);
        r.set(last, p.last->text);
        if (email >= 0)
            r.set(email, p.email);
    };
    personCells(m_contact, CContactTitle, CContactFirst, CContactLast, CContactEmail);
    personCells(holder, CHolderTitle, CHolderFirst, CHolderLast, CHolderEmail);
    r.set(CHolderGender, holder.female ? "F" : "M");
    {
        // yyyy-MM-dd of a birth date between 1945 and 2011
        char buf[48];
        importdetail::formatRfc3339(buf, between(-9000, 15000) * day, 0);
        std::string &b = r.own(CHolderBirthDate);
        b.assign(buf, 10);
        r.done(CHolderBirthDate);
    }
    {
        std::string &id = r.own(CHolderIdNumber);
        id = char('A' + pick(26));
        for (int i = 0; i < 8; ++i)
            id += char('0' + pick(10));
        r.done(CHolderIdNumber);
    }
    r.set(CHolderCountry, holder.people->country);
    r.set(CHolderBirthRegion, holder.people->region);
    r.set(CHolderBirthPlace, holder.people->places[size_t(pick(4))]);

    const bool wallet = percent() < 92;
    r.set(CShipmentMode, wallet ? "TIXNGO_WALLET" : "PRINT_AT_HOME");

    // Status mix: the event that is over is mostly controlled; later ones mostly not printed.
    const qint64 issued = e.start - between(5, 60) * day + between(0, 86399);
    const qint64 issuedClamped = qMin(issued, m_reference - hour);
    r.date(CIssuedAt, issuedClamped, e.offset);
    const int roll = percent();
    S360Status status;
    if (e.past)
        status = roll < 70 ? S360Status::Controlled
            : roll < 85    ? S360Status::Printed
            : roll < 90    ? S360Status::NotPrinted
            : roll < 95    ? S360Status::Cancelled
                           : S360Status::Invalidated;
    else
        status = roll < 62 ? S360Status::NotPrinted
            : roll < 90    ? S360Status::Printed
            : roll < 95    ? S360Status::Cancelled
                           : S360Status::Invalidated;
    static const std::array<QByteArray, S360StatusCount> kS360 = [] {
        std::array<QByteArray, S360StatusCount> a;
        for (S360Status s : allS360Statuses())
            a[size_t(s)] = toCode(s).toLatin1();
        return a;
    }();
    static const std::array<QByteArray, TixngoStatusCount> kTixngo = [] {
        std::array<QByteArray, TixngoStatusCount> a;
        for (TixngoStatus s : allTixngoStatuses())
            a[size_t(s)] = toCode(s).toLatin1();
        return a;
    }();
    r.set(CS360Status, kS360[size_t(status)].constData());

    const qint64 injected = qMin(issuedClamped + between(300, 2 * day), m_reference - 30 * 60);
    TixngoStatus tixngo = TixngoStatus::None;
    bool injectedBefore = false;
    qint64 changed = issuedClamped;
    const DemoPerson *owner = &m_contact;
    bool transferred = false;
    switch (status) {
    case S360Status::NotPrinted:
        break;
    case S360Status::Printed: {
        changed = wallet ? injected : issuedClamped + between(60, 3600);
        if (!wallet)
            break;
        injectedBefore = true;
        const int t = percent();
        tixngo = t < 25 ? TixngoStatus::Injected
            : t < 70    ? TixngoStatus::Downloaded
            : t < 78    ? TixngoStatus::Assigned
            : t < 82    ? TixngoStatus::PendingTransfer
            : t < 92    ? TixngoStatus::Transferred
                        : TixngoStatus::OnlineActivated;
        if (tixngo == TixngoStatus::Transferred) {
            makePerson(&m_other, int(m_contact.people - kPeople));
            owner = &m_other;
            transferred = true;
        }
        break;
    }
    case S360Status::Controlled: {
        const qint64 controlled = e.start - between(0, 90 * 60);
        r.date(CControlledAt, controlled, e.offset);
        changed = controlled;
        if (!wallet)
            break;
        injectedBefore = true;
        tixngo = percent() < 60 ? TixngoStatus::Controlled : TixngoStatus::OnlineActivated;
        break;
    }
    case S360Status::Cancelled:
    case S360Status::Invalidated: {
        const int why = percent();
        if (status == S360Status::Cancelled)
            r.set(CS360Reason, why < 30 ? "CANCELLED_BY_ORGANIZER" : why < 80 ? "CUSTOMER_REQUEST" : "PAYMENT_REFUSED");
        else
            r.set(CS360Reason, why < 50 ? "REPRINT" : why < 90 ? "RESALE" : "INVALIDATED_BY_ORGANIZER");
        changed = qMin(issuedClamped + between(hour, 10 * day), m_reference - 10 * 60);
        if (!wallet || percent() < 30)
            break;
        injectedBefore = true;
        const int t = percent();
        tixngo = t < 60 ? TixngoStatus::Deleted : t < 85 ? TixngoStatus::DeletionPending : TixngoStatus::Downloaded;
        if (tixngo != TixngoStatus::Downloaded)
            r.set(CTixngoDeletionReason, r.view(CS360Reason).data());
        break;
    }
    }
    r.date(CS360ChangedAt, changed, e.offset);
    r.set(CTixngoStatus, kTixngo[size_t(tixngo)].constData());
    if (injectedBefore) {
        r.date(CInjectedAt, injected, 0);
        personCells(*owner, -1, CTixngoOwnerFirst, CTixngoOwnerLast, CTixngoOwnerEmail);
        std::string &initial = r.own(CTixngoInitialOwner);
        initial = m_contact.first->text;
        initial += ' ';
        initial += m_contact.last->text;
        initial += " <";
        initial += m_contact.email;
        initial += '>';
        r.done(CTixngoInitialOwner);
        if (transferred)
            r.set(CTixngoPreviousOwner, initial);
        if (tixngo != TixngoStatus::Injected) {
            r.set(CTixngoHolderFirst, owner->first->text);
            r.set(CTixngoHolderLast, owner->last->text);
        }
        r.date(CTixngoUpdatedAt, qMin(injected + between(60, 3 * day), m_reference - 20 * 60), 0);
        r.date(CLastSyncAt, m_reference - between(60, 15 * 60), 0);
    }
    const bool tixngoControlled = tixngo == TixngoStatus::Controlled;

    for (int c = 0; c < ColCount; ++c) {
        if (c == CPrice)
            m_tickets->bindDouble(c, qRound(price * 100) / 100.0);
        else if (c == CTixngoControlled)
            m_tickets->bindInt(c, tixngoControlled ? 1 : 0);
        else
            m_tickets->bindUtf8(c, r.view(c));
    }
    return m_tickets->exec();
}

Result<DemoDataStats> Generator::run()
{
    if (m_options.events < 1 || m_options.ticketsPerEvent < 0)
        return fail(QStringLiteral("DEMO_BAD_OPTIONS"),
            QCoreApplication::translate(
                "DemoData", "Demo data needs at least one event and zero or more tickets per event."));
    QElapsedTimer timer;
    timer.start();
    // A fixed reference date derived from the seed (a Monday in 2027), never "now".
    const QDate ref = QDate(2027, 1, 4).addDays(7 * qint64(m_options.seed % 52));
    m_reference = QDateTime(ref, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    m_idBase = qint64(1000 + m_options.seed % 9000) * 100000000;
    const qint64 total = qint64(m_options.events) * m_options.ticketsPerEvent;
    DemoDataStats stats;
    auto cancelled = [] {
        return fail(QStringLiteral("DEMO_CANCELLED"),
            QCoreApplication::translate("DemoData", "Demo data generation was cancelled; nothing was changed."));
    };
    if (m_progress && !m_progress(0, total))
        return cancelled();
    const Status done = m_store.transaction([&]() -> Status {
        QStringList columns;
        for (const char *c : kColumns)
            columns << QString::fromLatin1(c);
        auto tickets = BulkUpsert::prepare(m_store, QStringLiteral("tickets"), columns);
        if (!tickets)
            return fail(tickets.error());
        m_tickets = std::move(*tickets);
        // Large batches: build the indexes once at the end rather than row by row.
        auto dropped = BulkUpsert::dropIndexesForBulk(m_store, QStringLiteral("tickets"), total);
        if (!dropped)
            return fail(dropped.error());
        qint64 n = 0;
        for (int i = 0; i < m_options.events; ++i) {
            const DemoEvent e = makeEvent(i);
            if (auto ok = m_store.upsertEvent(e.event); !ok)
                return ok;
            if (auto ok = writeProducts(e, i); !ok)
                return ok;
            ++stats.events;
            m_orderLeft = 0;
            for (int s = 0; s < m_options.ticketsPerEvent; ++s) {
                if (auto ok = writeTicket(e, ++n, s); !ok)
                    return ok;
                if ((n & 0x3fff) == 0 && m_progress && !m_progress(n, total))
                    return cancelled();
            }
        }
        stats.tickets = n;
        m_tickets.reset();
        if (auto ok = BulkUpsert::recreateIndexes(m_store, *dropped); !ok)
            return ok;
        if (m_progress && !m_progress(total, total))
            return cancelled();
        return {};
    });
    m_tickets.reset();
    if (!done)
        return fail(done.error());
    qCInfo(lcImport) << "demo data:" << stats.events << "events," << stats.tickets << "tickets in" << timer.elapsed()
                     << "ms";
    return stats;
}

} // namespace

Result<DemoDataStats> generateDemoData(
    Store &store, const DemoDataOptions &options, const std::function<bool(qint64, qint64)> &progress)
{
    Generator generator(store, options, progress);
    return generator.run();
}

} // namespace tixsync
