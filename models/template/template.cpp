#include "template.h"

#include "payloadschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <map>

namespace tixsync::tpl {

namespace {

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}
} // namespace

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Json:
        return QStringLiteral("json");
    case FieldType::Text:
        break;
    }
    return QStringLiteral("text");
}

std::optional<FieldType> parseFieldType(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n.isEmpty() || n == QLatin1String("text") || n == QLatin1String("string"))
        return FieldType::Text;
    if (n == QLatin1String("number"))
        return FieldType::Number;
    if (n == QLatin1String("boolean") || n == QLatin1String("bool"))
        return FieldType::Boolean;
    if (n == QLatin1String("json"))
        return FieldType::Json;
    return std::nullopt;
}

QString TemplateProblem::toString() const
{
    return QStringLiteral("%1:%2: %3%4")
        .arg(row)
        .arg(column)
        .arg(severity == Severity::Warning ? QCoreApplication::translate("tixsync::tpl::Template", "warning: ")
                                           : QString(),
            message);
}

Error TemplateProblem::toError() const
{
    Error e = makeError(code, message);
    e.line = row;
    e.column = column;
    return e;
}

Template::Template(QString name, QList<TemplateField> fields)
    : m_name(std::move(name))
    , m_fields(std::move(fields))
{
    compile();
}

bool Template::hasErrors() const
{
    for (const TemplateProblem &p : m_problems)
        if (p.severity == TemplateProblem::Severity::Error)
            return true;
    return false;
}

QList<int> Template::variables() const
{
    QList<int> v;
    for (const CompiledField &f : m_compiled)
        for (int id : f.value.variables() + f.condition.variables())
            if (!v.contains(id))
                v << id;
    return v;
}

void Template::compile()
{
    using P = TemplateProblem;
    m_problems.clear();
    m_compiled.clear();
    auto add = [&](int row, int column, P::Part part, const QString &code, const QString &message,
                   P::Severity sev = P::Severity::Error) {
        m_problems.append({row, column, part, sev, code, message});
    };
    std::vector<QList<int>> segmentColumns;
    for (int i = 0; i < m_fields.size(); ++i) {
        const TemplateField &f = m_fields[i];
        const int row = i + 1;
        CompiledField c;
        c.row = row;
        c.path = f.path;
        c.type = f.type;
        bool ok = true;
        QList<int> columns;
        // Path.
        const QString path = f.path;
        if (path.trimmed().isEmpty()) {
            add(row, 1, P::Part::Path, QStringLiteral("template.path.empty"),
                QCoreApplication::translate("tixsync::tpl::Template",
                    "The path is empty: write a TIXNGO field such as event.name or ticketDetails.main.1.value."));
            ok = false;
        } else {
            qsizetype start = 0;
            while (ok && start <= path.size()) {
                qsizetype end = path.indexOf(QLatin1Char('.'), start);
                if (end < 0)
                    end = path.size();
                const QStringView seg = QStringView(path).mid(start, end - start);
                const int col = int(start) + 1;
                if (seg.isEmpty()) {
                    add(row, col, P::Part::Path, QStringLiteral("template.path.segment"),
                        QCoreApplication::translate("tixsync::tpl::Template",
                            "Empty name in the path: remove the extra dot (write e.g. event.address.city)."));
                    ok = false;
                    break;
                }
                if (isDigits(seg)) {
                    if (c.segments.isEmpty()) {
                        add(row, col, P::Part::Path, QStringLiteral("template.path.segment"),
                            QCoreApplication::translate("tixsync::tpl::Template",
                                "A path cannot start with a list index: start with a field name such as "
                                "ticketDetails."));
                        ok = false;
                        break;
                    }
                    if (seg.size() > 6) {
                        add(row, col, P::Part::Path, QStringLiteral("template.path.index"),
                            QCoreApplication::translate("tixsync::tpl::Template",
                                "The list index %1 is too large: use small numbers such as 0, 1, 2.")
                                .arg(seg.toString()));
                        ok = false;
                        break;
                    }
                    c.segments << QString::number(seg.toInt());
                } else {
                    for (qsizetype k = 0; k < seg.size(); ++k) {
                        const char16_t u = seg[k].unicode();
                        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
                        if (!letter && !(k > 0 && u >= u'0' && u <= u'9')) {
                            add(row, col + int(k), P::Part::Path, QStringLiteral("template.path.character"),
                                QCoreApplication::translate("tixsync::tpl::Template",
                                    "\"%1\" cannot appear in a path: use field names of letters and digits separated "
                                    "by dots, list indexes as numbers (ticketDetails.main.1.key).")
                                    .arg(seg[k]));
                            ok = false;
                            break;
                        }
                    }
                    c.segments << seg.toString();
                }
                columns << col;
                start = end + 1;
            }
        }
        const QString joined = c.segments.join(QLatin1Char('.'));
        if (ok) {
            if (const PayloadPath *pp = PayloadSchema::find(joined); pp && pp->forbidden) {
                // rule TPL-7
                QString why;
                if (joined == QLatin1String("event.startTime"))
                    why = QCoreApplication::translate("tixsync::tpl::Template",
                        "event.startTime cannot be set by the template: remove this row and set the comfort "
                        "variable TIXStart on the product instead.");
                else if (joined == QLatin1String("event.expirationDate"))
                    why = QCoreApplication::translate("tixsync::tpl::Template",
                        "event.expirationDate cannot be set by the template: remove this row and set the "
                        "comfort variable TIXExp on the product instead.");
                else
                    why = QCoreApplication::translate("tixsync::tpl::Template",
                        "%1 is the S-360 performance id and cannot be set by the template: remove this row.")
                              .arg(joined);
                add(row, 1, P::Part::Path, QStringLiteral("template.path.forbidden"), why);
                ok = false;
            } else if (!PayloadSchema::isKnown(joined)
                && !(c.segments.size() >= 2 && c.segments[0] == QLatin1String("event")
                    && c.segments[1] == QLatin1String("metadata"))) {
                add(row, 1, P::Part::Path, QStringLiteral("template.path.unknown"),
                    QCoreApplication::translate("tixsync::tpl::Template",
                        "%1 is not a documented TIXNGO field: check the spelling (it is sent as written).")
                        .arg(joined),
                    P::Severity::Warning);
            }
            const PayloadPath *pp = PayloadSchema::find(joined);
            c.translatable = pp && pp->translatable;
        }
        // Value.
        auto value = Expression::parse(f.value);
        if (!value) {
            add(row, value.error().column, P::Part::Value, value.error().code, value.error().message);
            ok = false;
        } else {
            c.value = std::move(*value);
            if (c.value.isConstant()) {
                const QString v = c.value.render(VariableSource(Ticket(), Event()), RenderContext());
                if (f.type == FieldType::Number) {
                    bool isNum = false;
                    v.trimmed().toDouble(&isNum);
                    if (!isNum) {
                        add(row, 1, P::Part::Value, QStringLiteral("template.value.number"),
                            QCoreApplication::translate("tixsync::tpl::Template",
                                "\"%1\" is not a number: write digits such as 45.50, or change the type to text.")
                                .arg(v));
                        ok = false;
                    }
                } else if (f.type == FieldType::Boolean) {
                    const QString b = v.trimmed().toLower();
                    if (b != QLatin1String("true") && b != QLatin1String("false")) {
                        add(row, 1, P::Part::Value, QStringLiteral("template.value.boolean"),
                            QCoreApplication::translate("tixsync::tpl::Template",
                                "\"%1\" is not a boolean: write true or false, or change the type to text.")
                                .arg(v));
                        ok = false;
                    }
                } else if (f.type == FieldType::Json) {
                    QJsonParseError pe;
                    QJsonDocument::fromJson(QByteArray("[") + v.toUtf8() + QByteArray("]"), &pe);
                    if (pe.error != QJsonParseError::NoError) {
                        add(row, qMax(1, pe.offset), P::Part::Value, QStringLiteral("template.value.json"),
                            QCoreApplication::translate("tixsync::tpl::Template",
                                "The value is not valid JSON (%1): fix it or change the type to text.")
                                .arg(pe.errorString()));
                        ok = false;
                    }
                }
            }
        }
        // Condition.
        auto cond = Condition::parse(f.condition);
        if (!cond) {
            add(row, cond.error().column, P::Part::Condition, cond.error().code, cond.error().message);
            ok = false;
        } else {
            c.condition = std::move(*cond);
        }
        c.valid = ok;
        m_compiled.push_back(std::move(c));
        segmentColumns.push_back(columns);
    }

    // Structure: a path is either a value, an object or a list, never two of these.
    enum class Kind { Leaf, Object, List };
    struct Node {
        Kind kind;
        int row;
        bool conditional;
    };
    QHash<QString, Node> nodes;
    for (CompiledField &c : m_compiled) {
        if (!c.valid)
            continue;
        QString prefix;
        bool ok = true;
        for (int s = 0; s + 1 < c.segments.size() && ok; ++s) {
            prefix += (s ? QStringLiteral(".") : QString()) + c.segments[s];
            const Kind want = isDigits(c.segments[s + 1]) ? Kind::List : Kind::Object;
            auto it = nodes.find(prefix);
            if (it == nodes.end()) {
                nodes.insert(prefix, {want, c.row, false});
            } else if (it->kind == Kind::Leaf) {
                add(c.row, segmentColumns[c.row - 1].value(s + 1, 1), P::Part::Path,
                    QStringLiteral("template.path.conflict"),
                    QCoreApplication::translate("tixsync::tpl::Template",
                        "%1 is set as a value in row %2, so nothing can go under it: remove one of the two rows.")
                        .arg(prefix)
                        .arg(it->row));
                ok = false;
            } else if (it->kind != want) {
                add(c.row, segmentColumns[c.row - 1].value(s + 1, 1), P::Part::Path,
                    QStringLiteral("template.path.conflict"),
                    want == Kind::List ? QCoreApplication::translate("tixsync::tpl::Template",
                        "%1 holds named fields in row %2, so it cannot be a list here: use names, not numbers.")
                                             .arg(prefix)
                                             .arg(it->row)
                                       : QCoreApplication::translate("tixsync::tpl::Template",
                                           "%1 is a list in row %2, so it needs a number here (e.g. %1.1.key).")
                                             .arg(prefix)
                                             .arg(it->row));
                ok = false;
            }
        }
        if (ok) {
            const QString full = c.segments.join(QLatin1Char('.'));
            auto it = nodes.find(full);
            if (it == nodes.end()) {
                nodes.insert(full, {Kind::Leaf, c.row, !c.condition.isAlways()});
            } else if (it->kind != Kind::Leaf) {
                add(c.row, 1, P::Part::Path, QStringLiteral("template.path.conflict"),
                    QCoreApplication::translate("tixsync::tpl::Template",
                        "%1 already has fields under it (row %2), so it cannot also be a value: remove this row or "
                        "those fields.")
                        .arg(full)
                        .arg(it->row));
                ok = false;
            } else if (!it->conditional) {
                add(c.row, 1, P::Part::Path, QStringLiteral("template.path.duplicate"),
                    QCoreApplication::translate("tixsync::tpl::Template",
                        "%1 is already set in row %2 without a condition, so this row never applies: remove one of "
                        "the rows, or give row %2 a condition.")
                        .arg(full)
                        .arg(it->row));
                ok = false;
            } else {
                it->conditional = !c.condition.isAlways();
                it->row = c.row;
            }
        }
        c.valid = ok;
    }

    // List indexes: sorted and compacted (0…n-1), order preserved; gaps are warned about.
    int maxDepth = 0;
    for (const CompiledField &c : m_compiled)
        maxDepth = qMax(maxDepth, int(c.segments.size()));
    for (int d = 1; d < maxDepth; ++d) {
        std::map<QString, std::map<int, int>> lists; // list prefix → index → first row
        for (const CompiledField &c : m_compiled) {
            if (!c.valid || d >= c.segments.size() || !isDigits(c.segments[d]))
                continue;
            auto &m = lists[c.segments.mid(0, d).join(QLatin1Char('.'))];
            m.try_emplace(c.segments[d].toInt(), c.row);
        }
        for (auto &[prefix, indexes] : lists) {
            int expected = indexes.begin()->first <= 1 ? indexes.begin()->first : 1;
            QHash<int, int> compact;
            int next = 0;
            for (const auto &[index, row] : indexes) {
                if (index != expected) {
                    add(row, segmentColumns[row - 1].value(d, 1), P::Part::Path, QStringLiteral("template.path.gap"),
                        QCoreApplication::translate("tixsync::tpl::Template",
                            "%1 has no index %2 before %3: the list is compacted, so this entry is sent at position "
                            "%4. Renumber the rows to silence this warning.")
                            .arg(prefix)
                            .arg(expected)
                            .arg(index)
                            .arg(next + 1),
                        P::Severity::Warning);
                }
                expected = index + 1;
                compact.insert(index, next++);
            }
            for (CompiledField &c : m_compiled) {
                if (c.valid && d < c.segments.size() && isDigits(c.segments[d])
                    && c.segments.mid(0, d).join(QLatin1Char('.')) == prefix)
                    c.segments[d] = QString::number(compact.value(c.segments[d].toInt()));
            }
        }
    }
    std::stable_sort(m_problems.begin(), m_problems.end(),
        [](const P &a, const P &b) { return a.row != b.row ? a.row < b.row : int(a.severity) < int(b.severity); });
}

Result<Template> Template::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = makeError(QStringLiteral("template.file.json"),
            QCoreApplication::translate("tixsync::tpl::Template",
                "The template file is not a JSON object (%1 at character %2): it must look like "
                "{\"name\": \"…\", \"fields\": [{\"path\": …, \"value\": …}]}.")
                .arg(pe.error != QJsonParseError::NoError
                        ? pe.errorString()
                        : QCoreApplication::translate("tixsync::tpl::Template", "not an object"))
                .arg(pe.offset + 1));
        return fail(e);
    }
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("fields")).isArray())
        return fail(QStringLiteral("template.file.fields"),
            QCoreApplication::translate(
                "tixsync::tpl::Template", "The template file has no \"fields\" list: add \"fields\": [ … ]."));
    QList<TemplateField> fields;
    const QJsonArray a = o.value(QStringLiteral("fields")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        auto rowError = [&](const QString &message) {
            Error e = makeError(QStringLiteral("template.file.field"), message);
            e.line = i + 1;
            e.column = 1;
            return fail(e);
        };
        if (!a[i].isObject())
            return rowError(QCoreApplication::translate(
                "tixsync::tpl::Template", "Field %1 is not an object: write {\"path\": …, \"value\": …}.")
                                .arg(i + 1));
        const QJsonObject f = a[i].toObject();
        TemplateField field;
        field.path = f.value(QStringLiteral("path")).toString();
        const QJsonValue v = f.value(QStringLiteral("value"));
        if (v.isString())
            field.value = v.toString();
        else if (v.isDouble())
            field.value = QString::number(v.toDouble(), 'g', 15);
        else if (v.isBool())
            field.value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (!v.isUndefined() && !v.isNull())
            return rowError(
                QCoreApplication::translate("tixsync::tpl::Template", "The value of field %1 must be a string.")
                    .arg(i + 1));
        const auto type = parseFieldType(f.value(QStringLiteral("type")).toString());
        if (!type)
            return rowError(QCoreApplication::translate(
                "tixsync::tpl::Template", "Field %1 has the unknown type \"%2\": use text, number, boolean or json.")
                                .arg(i + 1)
                                .arg(f.value(QStringLiteral("type")).toString()));
        field.type = *type;
        field.condition = f.value(QStringLiteral("condition")).toString();
        fields << field;
    }
    return Template(o.value(QStringLiteral("name")).toString(), fields);
}

QByteArray Template::toJson() const
{
    QJsonArray a;
    for (const TemplateField &f : m_fields)
        a.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("value"), f.value},
            {QStringLiteral("type"), fieldTypeName(f.type)}, {QStringLiteral("condition"), f.condition}});
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), m_name}, {QStringLiteral("fields"), a}})
        .toJson(QJsonDocument::Indented);
}

Result<Template> Template::fromFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(QStringLiteral("template.file.open"),
            QCoreApplication::translate("tixsync::tpl::Template", "Cannot read %1: %2").arg(fileName, f.errorString()));
        e.file = fileName;
        return fail(e);
    }
    auto t = fromJson(f.readAll());
    if (!t) {
        Error e = t.error();
        e.file = fileName;
        return fail(e);
    }
    return t;
}

Template Template::defaultTemplate()
{
    auto t = fromFile(QStringLiteral(":/tixsync/templates/default.json"));
    return t ? *t : Template();
}

} // namespace tixsync::tpl
