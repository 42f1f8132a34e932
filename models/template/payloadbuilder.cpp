#include "payloadbuilder.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "payloadschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>

namespace tixsync::tpl {

namespace {

// Batch defaults (docs/template.md lists each one).
enum class Def {
    TicketId,
    TaxNumber,
    FileId,
    EventId,
    EventName,
    EventWebsite,
    StartTime,
    Expiration,
    GroupName,
    Site,
    City,
    Line1,
    Line2,
    Line3,
    Country,
    Region,
    Zip,
    Latitude,
    Longitude,
    Price,
    Currency,
    Category,
    Barcode,
    Gender,
    FirstName,
    LastName,
    Email,
    Title,
    MainApplicant,
    Method,
    ActivationTime,
    MainKey,
    MainValue, // + seat item index
};

enum class Comfort { Act, Start, Exp, Group };

struct Val {
    enum Kind : quint8 { Absent, Str, Num, Bool, Raw, Multi } kind = Absent;
    bool b = false;
    double d = 0;
    QString s;
    QByteArray raw;
    QStringList multi;
};

struct Src {
    enum Kind : quint8 { Default, ComfortVar, Tpl } kind;
    int id; // Def, comfort index or compiled field index
    int sub = 0; // seat item for MainKey/MainValue
};

struct Node {
    QString key;
    enum Kind : quint8 { Object, Array, Leaf } kind = Object;
    bool templateOwned = false;
    std::vector<int> children;
    std::vector<Src> srcs; // evaluation order: template rows, comfort, default
    QString path;
    const PayloadPath *rule = nullptr;
    bool translatable = false;
};

struct Seat {
    const char *key;
    QString Ticket::*field;
};
const Seat seats[] = {{"Gate", &Ticket::seatGate}, {"Area", &Ticket::seatArea}, {"Block", &Ticket::seatBlock},
    {"Row", &Ticket::seatRow}, {"Seat", &Ticket::seatNumber}, {"Entrance", &Ticket::entrance}};

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

QDateTime defaultStart(const Event &e)
{
    return e.startTime;
}
QDateTime defaultExpiration(const Event &e)
{
    if (e.endTime.isValid())
        return e.endTime;
    if (!e.startTime.isValid())
        return {};
    return e.durationMinutes > 0 ? e.startTime.addSecs(qint64(e.durationMinutes) * 60) : e.startTime.addSecs(24 * 3600);
}

Val str(const QString &s)
{
    Val v;
    if (!s.isEmpty()) {
        v.kind = Val::Str;
        v.s = s;
    }
    return v;
}
// toRfc3339() without QDateTime::toString (which parses its format on every call): the payload
// holds several dates per ticket.
QString fastRfc3339(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const int offset = dt.offsetFromUtc();
    const qint64 ms = dt.toMSecsSinceEpoch() + qint64(offset) * 1000;
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    const QDate d = QDate::fromJulianDay(days + 2440588);
    if (d.year() < 0 || d.year() > 9999)
        return toRfc3339(dt);
    char buf[40];
    char *o = buf;
    auto two = [&](int v) {
        *o++ = char('0' + v / 10);
        *o++ = char('0' + v % 10);
    };
    two(d.year() / 100);
    two(d.year() % 100);
    *o++ = '-';
    two(d.month());
    *o++ = '-';
    two(d.day());
    *o++ = 'T';
    const int secs = int(rest / 1000);
    two(secs / 3600);
    *o++ = ':';
    two(secs / 60 % 60);
    *o++ = ':';
    two(secs % 60);
    if (const int msec = int(rest % 1000)) {
        *o++ = '.';
        *o++ = char('0' + msec / 100);
        two(msec % 100);
    }
    if (offset == 0) {
        *o++ = 'Z';
    } else {
        const int a = qAbs(offset) / 60;
        *o++ = offset < 0 ? '-' : '+';
        two(a / 60);
        *o++ = ':';
        two(a % 60);
    }
    return QString::fromLatin1(buf, o - buf);
}

Val date(const QDateTime &dt)
{
    return str(fastRfc3339(dt));
}

const Person &spectator(const Ticket &t)
{
    return t.holder.isEmpty() ? t.contact : t.holder;
}

// rule INJ-7: only when the holder's first name, last name and e-mail equal the buyer's.
bool mainApplicant(const Ticket &t)
{
    const Person &h = t.holder;
    const Person &c = t.contact;
    return !h.firstName.trimmed().isEmpty() && !h.lastName.trimmed().isEmpty() && !h.email.trimmed().isEmpty()
        && h.firstName.trimmed() == c.firstName.trimmed() && h.lastName.trimmed() == c.lastName.trimmed()
        && h.email.trimmed().compare(c.email.trimmed(), Qt::CaseInsensitive) == 0;
}

// Writes one value; a translatable string becomes a language-keyed object when `multilingual`.
// False (nothing written) for an absent value.
inline bool writeValue(JsonWriter &w, const Val &v, const QStringList &languages, bool multilingual)
{
    const auto languageObject = [&](auto textOf) {
        w.raw('{');
        for (int i = 0; i < languages.size(); ++i) {
            if (i)
                w.raw(',');
            w.key(languages[i]);
            w.string(textOf(i));
        }
        w.raw('}');
    };
    switch (v.kind) {
    case Val::Absent:
        return false;
    case Val::Str:
        if (multilingual)
            languageObject([&](int) -> const QString & { return v.s; });
        else
            w.string(v.s);
        break;
    case Val::Num:
        w.number(v.d);
        break;
    case Val::Bool:
        w.boolean(v.b);
        break;
    case Val::Raw:
        w.raw(v.raw);
        break;
    case Val::Multi:
        languageObject([&](int i) { return v.multi.value(i); });
        break;
    }
    return true;
}

QString jsonText(const Val &v, const QStringList &languages, bool multilingual)
{
    JsonWriter w;
    if (!writeValue(w, v, languages, multilingual))
        return {};
    return QString::fromUtf8(w.buffer());
}
} // namespace

struct PayloadBuilder::Impl {
    std::shared_ptr<const Template> tpl;
    PayloadOptions options;
    QStringList languages;
    std::optional<Error> error;
    std::vector<Node> nodes; // 0 = root object
    std::vector<int> leaves;
    struct ComfortValue {
        Comfort kind;
        QString text; // TIXRGrp, or the raw value
        enum { Relative, Absolute, SeasonStart, SeasonEnd } form = Relative;
        qint64 seconds = 0; // Relative
    };
    std::vector<ComfortValue> comfort;
    std::vector<std::pair<QString, int>> required; // path → node (-1 = never present)

    int child(int parent, const QString &key) const
    {
        for (int c : nodes[parent].children)
            if (nodes[c].key == key)
                return c;
        return -1;
    }

    int addChild(int parent, const QString &key, Node::Kind kind)
    {
        Node n;
        n.key = key;
        n.kind = kind;
        nodes.push_back(std::move(n));
        const int id = int(nodes.size()) - 1;
        auto &ch = nodes[parent].children;
        if (nodes[parent].kind == Node::Array) {
            auto pos = std::find_if(ch.begin(), ch.end(), [&](int c) { return nodes[c].key.toInt() > key.toInt(); });
            ch.insert(pos, id);
        } else {
            ch.push_back(id);
        }
        return id;
    }

    // Finds or creates the leaf at `segments`. Template leaves replace batch-default subtrees and
    // default lists (a list the template writes to is the template's alone).
    int leaf(const QStringList &segments, bool fromTemplate, int row)
    {
        int cur = 0;
        for (int i = 0; i < segments.size(); ++i) {
            const bool last = i + 1 == segments.size();
            const Node::Kind want = last ? Node::Leaf : isDigits(segments[i + 1]) ? Node::Array : Node::Object;
            int c = child(cur, segments[i]);
            if (c >= 0 && nodes[c].kind != want) {
                if (fromTemplate && !nodes[c].templateOwned && (last || nodes[c].kind != Node::Leaf)) {
                    nodes[c].kind = want;
                    nodes[c].children.clear();
                    nodes[c].srcs.clear();
                } else {
                    Error e = makeError(QStringLiteral("template.path.conflict"),
                        QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                            "%1 is a single value in the TIXNGO payload, so nothing can go under it: "
                            "change the path.")
                            .arg(segments.mid(0, i + 1).join(QLatin1Char('.'))));
                    e.line = row;
                    e.column = 1;
                    if (!error)
                        error = e;
                    return -1;
                }
            }
            if (c < 0)
                c = addChild(cur, segments[i], want);
            if (fromTemplate && want == Node::Array && !nodes[c].templateOwned)
                nodes[c].children.clear(); // the template's list replaces the default one
            if (fromTemplate)
                nodes[c].templateOwned = true;
            cur = c;
        }
        Node &n = nodes[cur];
        if (n.path.isEmpty()) {
            n.path = segments.join(QLatin1Char('.'));
            n.rule = PayloadSchema::find(n.path);
            n.translatable = n.rule && n.rule->translatable;
        }
        return cur;
    }

    void addDefault(const char *path, Def def, int sub = 0)
    {
        const int n = leaf(QString::fromLatin1(path).split(QLatin1Char('.')), false, 0);
        nodes[n].srcs.push_back({Src::Default, int(def), sub});
    }

    void setup()
    {
        languages = options.languages.isEmpty() ? QStringList{QStringLiteral("en")} : options.languages;
        nodes.push_back({});
        addDefault("ticketId", Def::TicketId);
        addDefault("taxNumber", Def::TaxNumber);
        addDefault("fileId", Def::FileId);
        addDefault("event.id", Def::EventId);
        addDefault("event.name", Def::EventName);
        addDefault("event.website", Def::EventWebsite);
        addDefault("event.startTime", Def::StartTime);
        addDefault("event.expirationDate", Def::Expiration);
        addDefault("event.group.name", Def::GroupName);
        addDefault("event.address.site", Def::Site);
        addDefault("event.address.city", Def::City);
        addDefault("event.address.line1", Def::Line1);
        addDefault("event.address.line2", Def::Line2);
        addDefault("event.address.line3", Def::Line3);
        addDefault("event.address.countryCode", Def::Country);
        addDefault("event.address.region", Def::Region);
        addDefault("event.address.zip", Def::Zip);
        addDefault("event.address.latitude", Def::Latitude);
        addDefault("event.address.longitude", Def::Longitude);
        addDefault("purchaseDetails.price", Def::Price);
        addDefault("purchaseDetails.currency", Def::Currency);
        addDefault("purchaseDetails.category", Def::Category);
        addDefault("security.barcode", Def::Barcode);
        addDefault("spectatorDetails.gender", Def::Gender);
        addDefault("spectatorDetails.firstName", Def::FirstName);
        addDefault("spectatorDetails.lastName", Def::LastName);
        addDefault("spectatorDetails.email", Def::Email);
        addDefault("spectatorDetails.title", Def::Title);
        addDefault("spectatorDetails.mainApplicant", Def::MainApplicant);
        addDefault("activationParameters.method", Def::Method);
        addDefault("activationParameters.time", Def::ActivationTime);
        for (int i = 0; i < int(std::size(seats)); ++i) {
            const QString base = QStringLiteral("ticketDetails.main.%1.").arg(i);
            nodes[leaf(QString(base + QStringLiteral("key")).split(QLatin1Char('.')), false, 0)].srcs.push_back(
                {Src::Default, int(Def::MainKey), i});
            nodes[leaf(QString(base + QStringLiteral("value")).split(QLatin1Char('.')), false, 0)].srcs.push_back(
                {Src::Default, int(Def::MainValue), i});
        }
        // Comfort variables (rule TPL-9).
        static const std::pair<const char *, Comfort> names[] = {{"TIXAct", Comfort::Act}, {"TIXStart", Comfort::Start},
            {"TIXExp", Comfort::Exp}, {"TIXRGrp", Comfort::Group}};
        for (const auto &[name, kind] : names) {
            const QString value = options.comfortVariables.value(QLatin1String(name)).trimmed();
            if (value.isEmpty())
                continue;
            if (auto st = checkComfortValue(QLatin1String(name), value, options); !st) {
                if (!error)
                    error = st.error();
                continue;
            }
            const char *path = kind == Comfort::Act ? "activationParameters.time"
                : kind == Comfort::Start            ? "event.startTime"
                : kind == Comfort::Exp              ? "event.expirationDate"
                                                    : "activationParameters.groupId";
            ComfortValue cv{kind, value};
            static const QRegularExpression rel(QStringLiteral("^([+-]?)(\\d{1,5})([hdw])$"));
            if (value == QLatin1String("start_of_season")) {
                cv.form = ComfortValue::SeasonStart;
            } else if (value == QLatin1String("end_of_season")) {
                cv.form = ComfortValue::SeasonEnd;
            } else if (const auto m = rel.match(value); m.hasMatch()) {
                const QChar unit = m.capturedView(3).at(0);
                cv.seconds = m.capturedView(2).toLongLong() * (m.capturedView(1) == QLatin1String("-") ? -1 : 1)
                    * (unit == QLatin1Char('h')        ? 3600
                            : unit == QLatin1Char('d') ? 86400
                                                       : 7 * 86400);
            } else {
                cv.form = ComfortValue::Absolute;
            }
            comfort.push_back(cv);
            const int n = leaf(QString::fromLatin1(path).split(QLatin1Char('.')), false, 0);
            auto &s = nodes[n].srcs;
            s.insert(s.begin(), {Src::ComfortVar, int(comfort.size()) - 1, 0});
        }
        // Template rows (rule TPL-8: the template wins). Rows of one path are tried in row order.
        if (tpl) {
            if (tpl->hasErrors()) {
                for (const TemplateProblem &p : tpl->problems()) {
                    if (p.severity == TemplateProblem::Severity::Error) {
                        error = p.toError();
                        error->message = QCoreApplication::translate(
                            "tixsync::tpl::PayloadBuilder", "The template has errors; first: %1")
                                             .arg(p.toString());
                        break;
                    }
                }
            }
            const auto &fields = tpl->compiled();
            std::vector<std::pair<int, int>> insertAt; // node → count of template sources so far
            for (int i = 0; i < int(fields.size()); ++i) {
                if (!fields[i].valid)
                    continue;
                const int n = leaf(fields[i].segments, true, fields[i].row);
                if (n < 0)
                    continue;
                auto &s = nodes[n].srcs;
                const auto pos = std::find_if(s.begin(), s.end(), [](const Src &x) { return x.kind != Src::Tpl; });
                s.insert(pos, {Src::Tpl, i, 0});
            }
        }
        // Leaves in document order, required paths.
        std::function<void(int)> collect = [&](int n) {
            if (nodes[n].kind == Node::Leaf)
                leaves.push_back(n);
            for (int c : nodes[n].children)
                collect(c);
        };
        collect(0);
        for (const QString &p : PayloadSchema::requiredPaths()) {
            int cur = 0;
            for (const QString &seg : p.split(QLatin1Char('.'))) {
                cur = cur < 0 ? -1 : child(cur, seg);
            }
            required.emplace_back(p, cur);
        }
    }

    Val evalDefault(const Src &src, const VariableSource &vars) const
    {
        const Ticket &t = vars.ticket();
        const Event &e = vars.event();
        switch (Def(src.id)) {
        case Def::TicketId:
            return str(t.ticketId);
        case Def::TaxNumber:
            return str(t.ticketNumber);
        case Def::FileId:
            return str(t.fileNumber);
        case Def::EventId:
            return str(e.eventId.isEmpty() ? t.eventId : e.eventId);
        case Def::EventName:
            return str(e.name.isEmpty() ? t.productName : e.name);
        case Def::EventWebsite:
            return str(e.website);
        case Def::StartTime:
            return date(defaultStart(e));
        case Def::Expiration:
            return date(defaultExpiration(e));
        case Def::GroupName:
            return str(e.groupName);
        case Def::Site:
            return str(e.site);
        case Def::City:
            return str(e.city);
        case Def::Line1:
            return str(e.addressLine1);
        case Def::Line2:
            return str(e.addressLine2);
        case Def::Line3:
            return str(e.addressLine3);
        case Def::Country:
            return str(e.countryCode);
        case Def::Region:
            return str(e.region);
        case Def::Zip:
            return str(e.zip);
        case Def::Latitude:
        case Def::Longitude: {
            Val v;
            if (e.latitude != 0 || e.longitude != 0) {
                v.kind = Val::Num;
                v.d = Def(src.id) == Def::Latitude ? e.latitude : e.longitude;
            }
            return v;
        }
        case Def::Price: {
            Val v;
            v.kind = Val::Num;
            v.d = t.price;
            return v;
        }
        case Def::Currency:
            return str(t.currency);
        case Def::Category:
            return str(t.category);
        case Def::Barcode:
            // rule INJ-8
            return t.barcode.isEmpty() ? Val() : str(options.barcodePrefix + t.barcode + options.barcodePostfix);
        case Def::Gender:
            return str(spectator(t).gender);
        case Def::FirstName:
            return str(spectator(t).firstName);
        case Def::LastName:
            return str(spectator(t).lastName);
        case Def::Email:
            return str(spectator(t).email);
        case Def::Title:
            return str(spectator(t).title);
        case Def::MainApplicant: {
            Val v;
            v.kind = Val::Bool;
            v.b = mainApplicant(t);
            return v;
        }
        case Def::Method:
            return str(QStringLiteral("online"));
        case Def::ActivationTime: {
            const QDateTime s = defaultStart(e);
            return s.isValid() ? date(s.addSecs(-24 * 3600)) : Val();
        }
        case Def::MainKey:
            return (t.*(seats[src.sub].field)).isEmpty() ? Val() : str(QLatin1String(seats[src.sub].key));
        case Def::MainValue:
            return str(t.*(seats[src.sub].field));
        }
        return {};
    }

    Val evalComfort(const Src &src, const VariableSource &vars) const
    {
        const ComfortValue &c = comfort[src.id];
        if (c.kind == Comfort::Group)
            return str(c.text);
        const QDateTime start = defaultStart(vars.event());
        if (c.form == ComfortValue::Relative)
            return start.isValid() ? date(start.addSecs(c.seconds)) : Val();
        // Wall-clock values (dd/mm/yy hh:mm, season days) in the performance's time zone, so that
        // a date on the other side of a daylight-saving change gets its own offset.
        thread_local QString zoneId;
        thread_local QTimeZone zone;
        if (vars.event().timeZone != zoneId) {
            zoneId = vars.event().timeZone;
            zone = zoneId.isEmpty() ? QTimeZone() : QTimeZone(zoneId.toUtf8());
        }
        return date(resolveComfortDate(c.text, start, options.seasonStart, options.seasonEnd, zone));
    }

    Val evalTemplate(
        const Src &src, const VariableSource &vars, const Node &node, QList<PayloadProblem> &problems) const
    {
        const Template::CompiledField &f = tpl->compiled()[src.id];
        RenderContext ctx;
        ctx.language = vars.institutionLanguage();
        if (!f.condition.isAlways() && !f.condition.evaluate(vars, ctx))
            return {};
        Val v;
        if (f.type == FieldType::Text && node.translatable && options.sendMultilingualAsJsonObject) {
            v.kind = Val::Multi;
            for (const QString &lang : languages) {
                ctx.language = lang;
                v.multi << f.value.render(vars, ctx);
            }
            return v;
        }
        QString s;
        f.value.render(vars, ctx, s);
        auto bad = [&](const QString &message) {
            problems.append({node.path, f.row, QStringLiteral("template.value.type"), message});
            return Val();
        };
        switch (f.type) {
        case FieldType::Text:
            v.kind = Val::Str;
            v.s = std::move(s);
            break;
        case FieldType::Number: {
            bool ok = false;
            v.d = s.trimmed().toDouble(&ok);
            if (!ok)
                return bad(QCoreApplication::translate(
                    "tixsync::tpl::PayloadBuilder", "Row %1 gives \"%2\" for %3, which is not a number.")
                               .arg(f.row)
                               .arg(s, node.path));
            v.kind = Val::Num;
            break;
        }
        case FieldType::Boolean: {
            const QString b = s.trimmed().toLower();
            if (b == QLatin1String("true") || b == QLatin1String("1") || b == QLatin1String("yes"))
                v.b = true;
            else if (b == QLatin1String("false") || b == QLatin1String("0") || b == QLatin1String("no") || b.isEmpty())
                v.b = false;
            else
                return bad(QCoreApplication::translate(
                    "tixsync::tpl::PayloadBuilder", "Row %1 gives \"%2\" for %3, which is not true or false.")
                               .arg(f.row)
                               .arg(s, node.path));
            v.kind = Val::Bool;
            break;
        }
        case FieldType::Json: {
            const QByteArray raw = s.trimmed().toUtf8();
            if (raw.isEmpty())
                return {};
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson("[" + raw + "]", &pe);
            if (pe.error != QJsonParseError::NoError)
                return bad(
                    QCoreApplication::translate("tixsync::tpl::PayloadBuilder", "Row %1 gives invalid JSON for %2: %3.")
                        .arg(f.row)
                        .arg(node.path, pe.errorString()));
            // Re-serialize compactly so that the payload stays one line.
            QByteArray compact = doc.toJson(QJsonDocument::Compact);
            v.kind = Val::Raw;
            v.raw = compact.mid(1, compact.size() - 2);
            break;
        }
        }
        return v;
    }

    Val eval(const Node &node, const VariableSource &vars, QList<PayloadProblem> &problems, int *row,
        QList<TemplateChange> *changes) const
    {
        for (size_t i = 0; i < node.srcs.size(); ++i) {
            const Src &src = node.srcs[i];
            Val v = src.kind == Src::Tpl      ? evalTemplate(src, vars, node, problems)
                : src.kind == Src::ComfortVar ? evalComfort(src, vars)
                                              : evalDefault(src, vars);
            if (v.kind == Val::Absent)
                continue;
            *row = src.kind == Src::Tpl ? tpl->compiled()[src.id].row : 0;
            if (changes && src.kind == Src::Tpl) { // rule TPL-11
                Val before;
                for (size_t j = i + 1; j < node.srcs.size() && before.kind == Val::Absent; ++j)
                    if (node.srcs[j].kind != Src::Tpl)
                        before = node.srcs[j].kind == Src::ComfortVar ? evalComfort(node.srcs[j], vars)
                                                                      : evalDefault(node.srcs[j], vars);
                const bool ml = node.translatable && options.sendMultilingualAsJsonObject;
                const QString b = jsonText(before, languages, ml);
                const QString a = jsonText(v, languages, ml);
                if (a != b)
                    changes->append({node.path, *row, b, a});
            }
            return v;
        }
        return {};
    }

    void check(const Node &node, const Val &v, int row, QList<PayloadProblem> &problems) const
    {
        const PayloadPath *r = node.rule;
        if (!r)
            return;
        auto add = [&](const char *code, const QString &message) {
            problems.append({node.path, row, QString::fromLatin1(code), message});
        };
        if (v.kind == Val::Str || v.kind == Val::Multi) {
            const QStringList texts = v.kind == Val::Str ? QStringList{v.s} : v.multi;
            for (const QString &s : texts) {
                if (r->maxLength > 0 && s.size() > r->maxLength) // rule PAY-2
                    add("payload.length",
                        QCoreApplication::translate(
                            "tixsync::tpl::PayloadBuilder", "%1 has %2 characters; TIXNGO accepts at most %3.")
                            .arg(node.path)
                            .arg(s.size())
                            .arg(r->maxLength));
                switch (r->rule) {
                case ValueRule::TicketId: { // rule PAY-3
                    const bool ok = std::all_of(s.begin(), s.end(), [](QChar ch) {
                        const char16_t u = ch.unicode();
                        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                            || QStringView(u" *.-_+/()").contains(ch);
                    });
                    if (!ok)
                        add("payload.ticketId",
                            QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                                "ticketId \"%1\" may only hold letters, digits, space and *.-_+/().")
                                .arg(s));
                    break;
                }
                case ValueRule::Date: // rule PAY-4
                    if (!parseRfc3339(s).isValid())
                        add("payload.date",
                            QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                                "%1 \"%2\" is not an RFC 3339 date such as 2027-03-14T20:30:00+01:00.")
                                .arg(node.path, s));
                    break;
                case ValueRule::Gender: // rule PAY-5
                    if (s != QLatin1String("M") && s != QLatin1String("F") && s != QLatin1String("U")
                        && s != QLatin1String("X"))
                        add("payload.gender",
                            QCoreApplication::translate(
                                "tixsync::tpl::PayloadBuilder", "gender \"%1\" must be M, F, U or X.")
                                .arg(s));
                    break;
                case ValueRule::Method:
                    if (s != QLatin1String("online") && s != QLatin1String("offline"))
                        add("payload.method",
                            QCoreApplication::translate(
                                "tixsync::tpl::PayloadBuilder", "activation method \"%1\" must be online or offline.")
                                .arg(s));
                    break;
                case ValueRule::Number:
                    add("payload.type",
                        QCoreApplication::translate(
                            "tixsync::tpl::PayloadBuilder", "%1 must be a number: set the row type to number.")
                            .arg(node.path));
                    break;
                case ValueRule::Boolean:
                    add("payload.type",
                        QCoreApplication::translate(
                            "tixsync::tpl::PayloadBuilder", "%1 must be true or false: set the row type to boolean.")
                            .arg(node.path));
                    break;
                default:
                    break;
                }
            }
        } else if ((v.kind == Val::Num && r->rule != ValueRule::Number && r->rule != ValueRule::Any
                       && r->rule != ValueRule::Text)
            || (v.kind == Val::Bool && r->rule != ValueRule::Boolean && r->rule != ValueRule::Any)) {
            add("payload.type",
                QCoreApplication::translate(
                    "tixsync::tpl::PayloadBuilder", "%1 has the wrong type: set the row type to text.")
                    .arg(node.path));
        }
    }

    // Writes node `n` (its key already decided by the caller); returns false (and writes nothing)
    // when it has no value.
    bool write(JsonWriter &w, int n, const std::vector<Val> &vals, const std::vector<int> &slot,
        std::vector<char> &written) const
    {
        const Node &node = nodes[n];
        if (node.kind == Node::Leaf) {
            // rule TPL-10: translatable paths as language-keyed objects when asked
            if (!writeValue(w, vals[slot[n]], languages, node.translatable && options.sendMultilingualAsJsonObject))
                return false;
            written[n] = 1;
            return true;
        }
        const bool array = node.kind == Node::Array;
        const qsizetype start = w.size();
        w.raw(array ? '[' : '{');
        bool any = false;
        for (int c : node.children) {
            const qsizetype mark = w.size();
            if (any)
                w.raw(',');
            if (!array)
                w.key(nodes[c].key);
            if (write(w, c, vals, slot, written))
                any = true;
            else
                w.truncate(mark);
        }
        if (!any) {
            w.truncate(start);
            return false;
        }
        w.raw(array ? ']' : '}');
        written[n] = 1;
        return true;
    }
};

QString PayloadProblem::toString() const
{
    return row > 0 ? QStringLiteral("%1 (row %2): %3").arg(path).arg(row).arg(message)
                   : QStringLiteral("%1: %2").arg(path, message);
}

PayloadBuilder::PayloadBuilder(std::shared_ptr<const Template> tpl, PayloadOptions options)
    : d(std::make_unique<Impl>())
{
    d->tpl = std::move(tpl);
    d->options = std::move(options);
    d->setup();
}

PayloadBuilder::~PayloadBuilder() = default;

Status PayloadBuilder::status() const
{
    if (d->error)
        return fail(*d->error);
    return {};
}

const PayloadOptions &PayloadBuilder::options() const
{
    return d->options;
}

Status PayloadBuilder::buildWith(
    JsonWriter &out, const VariableSource &vars, QList<TemplateChange> *changes, QList<PayloadProblem> *problems) const
{
    if (d->error)
        return fail(*d->error);
    QList<PayloadProblem> local;
    QList<PayloadProblem> &probs = problems ? *problems : local;
    const qsizetype problemsBefore = probs.size();
    // Values for every leaf, indexed through `slot` (node → value index).
    thread_local std::vector<Val> vals;
    thread_local std::vector<int> slot;
    thread_local std::vector<char> written;
    vals.assign(d->leaves.size(), Val());
    slot.assign(d->nodes.size(), -1);
    written.assign(d->nodes.size(), 0);
    for (size_t i = 0; i < d->leaves.size(); ++i) {
        const int n = d->leaves[i];
        slot[n] = int(i);
        int row = 0;
        vals[i] = d->eval(d->nodes[n], vars, probs, &row, changes);
        if (d->options.validate && vals[i].kind != Val::Absent)
            d->check(d->nodes[n], vals[i], row, probs);
    }
    const qsizetype start = out.size();
    if (!d->write(out, 0, vals, slot, written))
        out.raw("{}");
    if (d->options.validate) {
        for (const auto &[path, node] : d->required) { // rules PAY-1, PAY-6
            if (node < 0 || !written[node])
                probs.append({path, 0, QStringLiteral("payload.required"),
                    QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                        "%1 is required by TIXNGO but has no value: fill it in S-360 or set it in the "
                        "template.")
                        .arg(path)});
        }
    }
    if (!problems && probs.size() > problemsBefore) {
        QStringList lines;
        for (qsizetype i = problemsBefore; i < probs.size(); ++i)
            lines << probs[i].toString();
        out.truncate(start);
        Error e = makeError(QStringLiteral("payload.invalid"),
            QCoreApplication::translate("tixsync::tpl::PayloadBuilder", "Ticket %1 breaks TIXNGO rules: %2")
                .arg(vars.ticket().ticketId, lines.join(QStringLiteral("; "))));
        e.line = probs[problemsBefore].row;
        return fail(e);
    }
    return {};
}

Status PayloadBuilder::buildInto(JsonWriter &out, const Ticket &ticket, const Event &event,
    QList<TemplateChange> *changes, QList<PayloadProblem> *problems) const
{
    VariableSource vars(ticket, event);
    vars.setInstitutionLanguage(d->languages.first());
    return buildWith(out, vars, changes, problems);
}

Result<QByteArray> PayloadBuilder::build(
    const Ticket &ticket, const Event &event, QList<TemplateChange> *changes, QList<PayloadProblem> *problems) const
{
    JsonWriter w;
    w.buffer().reserve(2048);
    if (auto st = buildInto(w, ticket, event, changes, problems); !st)
        return fail(st.error());
    return w.buffer();
}

Result<QByteArray> PayloadBuilder::build(
    const VariableSet &variables, QList<TemplateChange> *changes, QList<PayloadProblem> *problems) const
{
    Ticket t;
    Event e;
    variables.apply(t, e);
    VariableSource vars(t, e);
    vars.setInstitutionLanguage(d->languages.first());
    for (const auto &[name, value] : variables.values) {
        const int id = VariableCatalog::id(name);
        if (id >= 0 && !VariableCatalog::info(id).assign) {
            if (name == QLatin1String("Institution_language"))
                vars.setInstitutionLanguage(value.isEmpty() ? d->languages.first() : value);
            else
                vars.setExtra(id, value);
        }
    }
    JsonWriter w;
    if (auto st = buildWith(w, vars, changes, problems); !st)
        return fail(st.error());
    return w.buffer();
}

QList<std::pair<QString, QString>> PayloadBuilder::variableValues(const Ticket &ticket, const Event &event) const
{
    QList<std::pair<QString, QString>> out;
    if (!d->tpl)
        return out;
    QList<int> ids = d->tpl->variables();
    std::sort(ids.begin(), ids.end());
    VariableSource vars(ticket, event);
    vars.setInstitutionLanguage(d->languages.first());
    for (int id : ids)
        out.append({VariableCatalog::info(id).name, vars.text(id)});
    return out;
}

QByteArray PayloadBuilder::prettyPrint(const QByteArray &json)
{
    // Re-indents compact JSON keeping the member order (QJsonDocument would sort the keys).
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * 4, ' '));
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[':
            out.append(c);
            if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) {
                out.append(json[++i]);
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out.append(c);
        }
    }
    out.append('\n');
    return out;
}

QDateTime resolveComfortDate(QStringView value, const QDateTime &eventStart, const QDate &seasonStart,
    const QDate &seasonEnd, const QTimeZone &zone)
{
    const QStringView v = value.trimmed();
    const int offset = eventStart.isValid() ? eventStart.offsetFromUtc() : 0;
    // A wall-clock time in the performance's zone when known, else in its UTC offset.
    const auto wallClock = [&](const QDate &d, const QTime &t) {
        if (zone.isValid()) {
            const QDateTime local(d, t, zone);
            if (local.isValid())
                return QDateTime(d, t, Qt::OffsetFromUTC, local.offsetFromUtc());
        }
        return QDateTime(d, t, Qt::OffsetFromUTC, offset);
    };
    if (v == QLatin1String("start_of_season"))
        return seasonStart.isValid() ? wallClock(seasonStart, QTime(0, 0)) : QDateTime();
    if (v == QLatin1String("end_of_season"))
        return seasonEnd.isValid() ? wallClock(seasonEnd, QTime(23, 59, 59)) : QDateTime();
    static const QRegularExpression rel(QStringLiteral("^([+-]?)(\\d{1,5})([hdw])$"));
    const auto m = rel.match(v);
    if (m.hasMatch()) {
        if (!eventStart.isValid())
            return {};
        const qint64 n = m.capturedView(2).toLongLong() * (m.capturedView(1) == QLatin1String("-") ? -1 : 1);
        const QChar unit = m.capturedView(3).at(0);
        const qint64 secs = unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('d') ? 86400 : 7 * 86400;
        return eventStart.addSecs(n * secs);
    }
    const QDateTime absolute = parseS360DateTime(v, offset);
    return absolute.isValid() ? wallClock(absolute.date(), absolute.time()) : absolute;
}

Status checkComfortValue(const QString &name, const QString &value, const PayloadOptions &options)
{
    if (name == QLatin1String("TIXRGrp")) {
        if (value.size() > 50)
            return fail(QStringLiteral("comfort.value"),
                QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                    "TIXRGrp \"%1\" is longer than the 50 characters TIXNGO accepts for a group id.")
                    .arg(value));
        return {};
    }
    const QString v = value.trimmed();
    if (v == QLatin1String("start_of_season") && !options.seasonStart.isValid())
        return fail(QStringLiteral("comfort.season"),
            QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                "%1 is start_of_season but no season start date is set: set the season dates.")
                .arg(name));
    if (v == QLatin1String("end_of_season") && !options.seasonEnd.isValid())
        return fail(QStringLiteral("comfort.season"),
            QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                "%1 is end_of_season but no season end date is set: set the season dates.")
                .arg(name));
    // A fixed reference start tells whether the text is understood.
    const QDateTime probe(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    if (!resolveComfortDate(v, probe, options.seasonStart.isValid() ? options.seasonStart : QDate(2000, 1, 1),
            options.seasonEnd.isValid() ? options.seasonEnd : QDate(2000, 1, 1))
             .isValid())
        return fail(QStringLiteral("comfort.value"),
            QCoreApplication::translate("tixsync::tpl::PayloadBuilder",
                "%1 \"%2\" is not understood: write start_of_season, end_of_season, an offset from the "
                "performance start such as +1d, -1w, 2w or +3h, or a date dd/mm/yy hh:mm (22/10/23 21:15).")
                .arg(name, value));
    return {};
}

} // namespace tixsync::tpl
