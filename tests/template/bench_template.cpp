// Template engine benchmark: render + serialize throughput for a typical 15-field template (target
// ≥ 100 000 tickets/s on one core), the hand-written JSON writer against QJsonDocument, and the
// time to re-render one editor preview (target: well within 100 ms of a keystroke).
// Run: ninja -C build bench_template && build/bin/bench_template [tickets]
#include "template/jsonwriter.h"
#include "template/payloadbuilder.h"
#include "template/templatediff.h"

#include "core/datetime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tixsync;
using namespace tixsync::tpl;

namespace {
QList<TemplateField> typicalFields()
{
    auto f = [](const char *path, const char *value, const char *condition = "") {
        return TemplateField{
            QString::fromUtf8(path), QString::fromUtf8(value), FieldType::Text, QString::fromUtf8(condition)};
    };
    return {
        f("event.name", "${Performance_hostTeam} - ${Performance_opposingTeam}"),
        f("event.address.site", "${Space_externalName}"),
        f("event.address.city", "${Site_externalName}"),
        f("spectatorDetails.title", "${Contact_title}"),
        f("ticketDetails.main.1.key", "Date"),
        f("ticketDetails.main.1.value", "${Performance_startDate;format=EEEE d MMMM yyyy}"),
        f("ticketDetails.main.2.key", "Time"),
        f("ticketDetails.main.2.value", "${Performance_startDate;format=HH:mm}"),
        f("ticketDetails.main.3.key", "Gate", "${Seat_gate}"),
        f("ticketDetails.main.3.value", "${Seat_gate}", "${Seat_gate}"),
        f("ticketDetails.main.4.key", "Block"),
        f("ticketDetails.main.4.value", "${Seat_block}"),
        f("ticketDetails.main.5.key", "Row / Seat"),
        f("ticketDetails.main.5.value", "${Seat_row} / ${Seat_number}"),
        f("ticketDetails.extra.1.value", "£${Amount_unitAmount} ${Voucher_identifier;min=0;max=4;upperCase}"),
    };
}

struct Data {
    QList<Ticket> tickets;
    QList<Event> events;
};

Data makeData(int n)
{
    Data d;
    for (int e = 0; e < 20; ++e) {
        Event ev;
        ev.eventId = QStringLiteral("PERF-%1").arg(e);
        ev.name = QStringLiteral("Match %1").arg(e);
        ev.hostTeam = QStringLiteral("FC Example");
        ev.opposingTeam = QStringLiteral("Visitors %1").arg(e);
        ev.groupName = QStringLiteral("Super League");
        ev.startTime = parseRfc3339(u"2027-03-14T20:30:00+01:00").addDays(e * 7);
        ev.durationMinutes = 120;
        ev.site = QStringLiteral("Stade de la Tuilière");
        ev.city = QStringLiteral("Lausanne");
        ev.addressLine1 = QStringLiteral("Route du Stade 1");
        ev.countryCode = QStringLiteral("CH");
        ev.zip = QStringLiteral("1000");
        d.events << ev;
    }
    for (int i = 0; i < n; ++i) {
        Ticket t;
        t.ticketId = QString::number(100000000000LL + i);
        t.ticketNumber = QString::number(12300000 + i);
        t.fileNumber = QString::number(4500000 + i / 3);
        t.eventId = d.events[i % 20].eventId;
        t.barcode = QString::number(9876543210000LL + i);
        t.price = 45 + (i % 7);
        t.currency = QStringLiteral("CHF");
        t.category = QStringLiteral("Category %1").arg(i % 4 + 1);
        t.seatGate = QStringLiteral("A");
        t.seatBlock = QStringLiteral("B%1").arg(i % 30);
        t.seatRow = QString::number(i % 40);
        t.seatNumber = QString::number(i % 25);
        t.contact = {QStringLiteral("Ms"), QStringLiteral("Anna"), QStringLiteral("Müller"),
            QStringLiteral("anna.mueller@example.org"), QStringLiteral("F"), {}, {}, {}, {}, {}};
        d.tickets << t;
    }
    return d;
}

// CPU time of this thread: the machine is shared, so wall time would measure the neighbours.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// A payload flattened into writer events, so that "JsonWriter alone" measures only the writer.
struct Token {
    enum Kind { Open, Close, OpenArray, CloseArray, Key, String, Number, Bool, Comma } kind;
    QString text;
    double number = 0;
};

void flatten(const QJsonValue &v, std::vector<Token> &out)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        out.push_back({Token::Open, {}});
        const QJsonObject o = v.toObject();
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out.push_back({Token::Comma, {}});
            first = false;
            out.push_back({Token::Key, it.key()});
            flatten(it.value(), out);
        }
        out.push_back({Token::Close, {}});
        break;
    }
    case QJsonValue::Array: {
        out.push_back({Token::OpenArray, {}});
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.push_back({Token::Comma, {}});
            flatten(a.at(i), out);
        }
        out.push_back({Token::CloseArray, {}});
        break;
    }
    case QJsonValue::String:
        out.push_back({Token::String, v.toString()});
        break;
    case QJsonValue::Double:
        out.push_back({Token::Number, {}, v.toDouble()});
        break;
    default:
        out.push_back({Token::Bool, {}, v.toBool() ? 1.0 : 0.0});
        break;
    }
}

void write(JsonWriter &w, const std::vector<Token> &tokens)
{
    for (const Token &t : tokens) {
        switch (t.kind) {
        case Token::Open:
            w.raw('{');
            break;
        case Token::Close:
            w.raw('}');
            break;
        case Token::OpenArray:
            w.raw('[');
            break;
        case Token::CloseArray:
            w.raw(']');
            break;
        case Token::Comma:
            w.raw(',');
            break;
        case Token::Key:
            w.key(t.text);
            break;
        case Token::String:
            w.string(t.text);
            break;
        case Token::Number:
            w.number(t.number);
            break;
        case Token::Bool:
            w.boolean(t.number != 0);
            break;
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const Data data = makeData(10000);
    auto tpl = std::make_shared<const Template>(QStringLiteral("typical"), typicalFields());
    if (tpl->hasErrors()) {
        std::fprintf(stderr, "template error: %s\n", qPrintable(tpl->problems().first().toString()));
        return 1;
    }
    PayloadOptions options;
    options.languages = {QStringLiteral("en")};
    options.comfortVariables.insert(QStringLiteral("TIXAct"), QStringLiteral("-1d"));
    const PayloadBuilder builder(tpl, options);
    PayloadOptions noValidate = options;
    noValidate.validate = false;
    const PayloadBuilder builderNoValidate(tpl, noValidate);

    std::printf("Template engine benchmark (%d tickets per run, median of 5 runs, thread CPU time)\n", n);
    std::printf("%-58s %14s %12s\n", "case", "tickets/s", "us/ticket");
    qint64 bytes = 0;
    auto run = [&](const char *name, auto &&body) {
        std::vector<double> rates;
        for (int r = 0; r < 5; ++r) {
            const double start = cpuSeconds();
            body();
            rates.push_back(n / (cpuSeconds() - start));
        }
        const double m = median(rates);
        std::printf("%-58s %14.0f %12.2f\n", name, m, 1e6 / m);
        return m;
    };
    const double mine = run("render + serialize, batch writer (buildInto), validated", [&] {
        JsonWriter w;
        for (int i = 0; i < n; ++i) {
            if (i % 1000 == 0)
                w.clear();
            const Ticket &t = data.tickets[i % data.tickets.size()];
            (void)builder.buildInto(w, t, data.events[i % 20]);
        }
        bytes = w.size();
    });
    run("render + serialize, batch writer, no validation", [&] {
        JsonWriter w;
        for (int i = 0; i < n; ++i) {
            if (i % 1000 == 0)
                w.clear();
            const Ticket &t = data.tickets[i % data.tickets.size()];
            (void)builderNoValidate.buildInto(w, t, data.events[i % 20]);
        }
    });
    run("render + serialize, build() -> QByteArray per ticket", [&] {
        for (int i = 0; i < n; ++i) {
            const Ticket &t = data.tickets[i % data.tickets.size()];
            auto json = builder.build(t, data.events[i % 20]);
            bytes = json ? json->size() : 0;
        }
    });
    // Serialization only: the same payload trees through JsonWriter vs QJsonDocument.
    QList<QJsonObject> trees;
    for (int i = 0; i < 1000; ++i)
        trees << QJsonDocument::fromJson(*builder.build(data.tickets[i], data.events[i % 20])).object();
    std::vector<std::vector<Token>> flat(trees.size());
    for (qsizetype i = 0; i < trees.size(); ++i)
        flatten(trees[i], flat[i]);
    const double writerOnly = run("JsonWriter alone, the same payloads (serialize only)", [&] {
        JsonWriter w;
        for (int i = 0; i < n; ++i) {
            if (i % 1000 == 0)
                w.clear();
            write(w, flat[i % flat.size()]);
        }
        bytes += w.size();
    });
    const double qt = run("QJsonDocument::toJson(Compact) of the same payload tree", [&] {
        for (int i = 0; i < n; ++i)
            bytes = QJsonDocument(trees[i % trees.size()]).toJson(QJsonDocument::Compact).size();
    });
    std::printf("serialization: JsonWriter %.1fx faster than QJsonDocument\n", writerOnly / qt);
    std::printf("full build with JsonWriter vs QJsonDocument serialization alone: %.1fx; payload %lld bytes\n",
        mine / qt, static_cast<long long>(builder.build(data.tickets[0], data.events[0])->size()));

    // Editor preview: recompile the template, rebuild the builder, render a variable set and
    // pretty-print it (what happens after a keystroke).
    const QList<TemplateField> fields = typicalFields();
    const VariableSet vars = VariableSet::example();
    std::vector<double> times;
    for (int r = 0; r < 201; ++r) {
        QList<TemplateField> edited = fields;
        edited[0].value += QString::number(r);
        const double start = cpuSeconds();
        auto changed = std::make_shared<const Template>(QStringLiteral("typical"), edited);
        PayloadBuilder b(changed, options);
        QList<TemplateChange> changes;
        QList<PayloadProblem> problems;
        auto json = b.build(vars, &changes, &problems);
        const QByteArray pretty = PayloadBuilder::prettyPrint(*json);
        times.push_back((cpuSeconds() - start) * 1e6);
        bytes += pretty.size();
    }
    std::printf(
        "preview re-render (compile 15 fields + builder + render + pretty-print): median %.0f us, max %.0f us\n",
        median(times), *std::max_element(times.begin(), times.end()));

    // The Template page does more per keystroke: the payload without the template (batch defaults
    // and comfort variables) and two line diffs (template changes, versus the last injected payload).
    const QStringList lastInjected = QString::fromUtf8(PayloadBuilder::prettyPrint(*builder.build(vars))).split(u'\n');
    times.clear();
    for (int r = 0; r < 201; ++r) {
        QList<TemplateField> edited = fields;
        edited[0].value += QString::number(r);
        const double start = cpuSeconds();
        auto changed = std::make_shared<const Template>(QStringLiteral("typical"), edited);
        PayloadBuilder b(changed, options);
        QList<TemplateChange> changes;
        QList<PayloadProblem> problems;
        auto json = b.build(vars, &changes, &problems);
        const QStringList lines = QString::fromUtf8(PayloadBuilder::prettyPrint(*json)).split(u'\n');
        PayloadOptions baseOptions = options;
        baseOptions.validate = false;
        PayloadBuilder base(nullptr, baseOptions);
        const QStringList baseLines = QString::fromUtf8(PayloadBuilder::prettyPrint(*base.build(vars))).split(u'\n');
        const auto templateDiff = diffLines(baseLines, lines);
        const auto injectedDiff = diffLines(lastInjected, lines);
        times.push_back((cpuSeconds() - start) * 1e6);
        bytes += templateDiff.size() + injectedDiff.size();
    }
    std::printf("preview re-render with the page's diff views (+ payload without template + 2 line diffs): median "
                "%.0f us, max %.0f us\n",
        median(times), *std::max_element(times.begin(), times.end()));
    return bytes > 0 ? 0 : 1;
}
