#include "expression.h"

#include <QCoreApplication>
#include <QHash>

namespace tixsync::tpl {

namespace {

Error problem(const char *code, const QString &message, int column)
{
    Error e = makeError(QString::fromLatin1(code), message);
    e.column = column;
    return e;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

bool knownLanguage(const QString &code)
{
    const QLocale l(code);
    return l.language() != QLocale::C && l.language() != QLocale::AnyLanguage;
}
} // namespace

class ExpressionParser {
public:
    // Parses text[from, to) into `out`. Columns are 1-based: position i → i + 1 + offset.
    static Status parse(QStringView text, int offset, Expression &out)
    {
        Expression::Node lit;
        auto flush = [&] {
            if (!lit.literal.isEmpty()) {
                out.m_nodes.push_back(std::move(lit));
                lit = {};
            }
        };
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n;) {
            const QChar c = text[i];
            if (c == QLatin1Char('$') && i + 2 < n && text[i + 1] == QLatin1Char('$')
                && text[i + 2] == QLatin1Char('{')) {
                lit.literal += QStringLiteral("${");
                i += 3;
                continue;
            }
            if (c == QLatin1Char('$') && i + 1 < n && text[i + 1] == QLatin1Char('{')) {
                flush();
                Expression::Node node;
                auto st = parseVariable(text, i, offset, node);
                if (!st)
                    return st;
                out.m_nodes.push_back(std::move(node));
                continue;
            }
            lit.literal += c;
            ++i;
        }
        flush();
        return {};
    }

    // Finds the end of a modifier value starting at `i`: the first `;` or `}` outside nested
    // `${…}` and single quotes. Returns -1 when the text ends first.
    static qsizetype valueEnd(QStringView text, qsizetype i)
    {
        int depth = 0;
        bool quoted = false;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('\''))
                    quoted = false;
                continue;
            }
            if (c == QLatin1Char('\'') && depth == 0) {
                quoted = true;
            } else if (c == QLatin1Char('$') && i + 1 < text.size() && text[i + 1] == QLatin1Char('{')) {
                ++depth;
                ++i;
            } else if (c == QLatin1Char('}')) {
                if (depth == 0)
                    return i;
                --depth;
            } else if (c == QLatin1Char(';') && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static Status parseVariable(QStringView text, qsizetype &i, int offset, Expression::Node &node)
    {
        const int dollarColumn = int(i) + 1 + offset;
        const qsizetype nameStart = i + 2;
        qsizetype j = nameStart;
        while (j < text.size() && isNameChar(text[j]))
            ++j;
        if (j >= text.size())
            return fail(problem("template.unclosed",
                QCoreApplication::translate("tixsync::tpl::Expression",
                    "\"${\" is not closed: add \"}\" after the variable name, or write \"$${\" for a "
                    "literal \"${\"."),
                dollarColumn));
        const QStringView name = text.mid(nameStart, j - nameStart);
        if (name.isEmpty())
            return fail(problem("template.variable.empty",
                QCoreApplication::translate("tixsync::tpl::Expression",
                    "A variable name is expected after \"${\": write e.g. ${Product_externalName}, or "
                    "\"$${\" for a literal \"${\"."),
                dollarColumn));
        if (text[j] != QLatin1Char(';') && text[j] != QLatin1Char('}'))
            return fail(problem("template.variable.character",
                QCoreApplication::translate("tixsync::tpl::Expression",
                    "\"%1\" cannot appear in a variable name: close it with \"}\" or add modifiers "
                    "after \";\".")
                    .arg(text[j]),
                int(j) + 1 + offset));
        node.variable = VariableCatalog::id(name);
        if (node.variable < 0)
            return fail(problem("template.variable.unknown",
                QCoreApplication::translate("tixsync::tpl::Expression",
                    "Unknown variable \"%1\": pick one from the variable catalogue (names are "
                    "case-sensitive).")
                    .arg(name.toString()),
                int(nameStart) + 1 + offset));
        const VariableInfo &info = VariableCatalog::info(node.variable);
        while (text[j] == QLatin1Char(';')) {
            const qsizetype modStart = j + 1;
            qsizetype k = modStart;
            while (k < text.size() && isNameChar(text[k]))
                ++k;
            if (k >= text.size())
                return fail(problem("template.unclosed",
                    QCoreApplication::translate(
                        "tixsync::tpl::Expression", "\"${\" is not closed: add \"}\" at the end of the modifiers."),
                    dollarColumn));
            const QString mod = text.mid(modStart, k - modStart).toString();
            const int modColumn = int(modStart) + 1 + offset;
            QStringView value;
            int valueColumn = 0;
            bool hasValue = false;
            if (text[k] == QLatin1Char('=')) {
                hasValue = true;
                const qsizetype vs = k + 1;
                const qsizetype ve = valueEnd(text, vs);
                if (ve < 0)
                    return fail(problem("template.unclosed",
                        QCoreApplication::translate(
                            "tixsync::tpl::Expression", "\"${\" is not closed: add \"}\" after the value of %1=.")
                            .arg(mod),
                        dollarColumn));
                value = text.mid(vs, ve - vs);
                valueColumn = int(vs) + 1 + offset;
                k = ve;
            } else if (text[k] != QLatin1Char(';') && text[k] != QLatin1Char('}')) {
                return fail(problem("template.modifier.character",
                    QCoreApplication::translate("tixsync::tpl::Expression",
                        "Unexpected \"%1\" in a modifier: write modifiers as ;format=…, ;language=…, "
                        ";min=N, ;max=N, ;upperCase or ;lowerCase.")
                        .arg(text[k]),
                    int(k) + 1 + offset));
            }
            node.plain = false;
            if (mod == QLatin1String("format")) {
                if (!hasValue || value.isEmpty())
                    return fail(problem("template.modifier.value",
                        QCoreApplication::translate(
                            "tixsync::tpl::Expression", "format= needs a date pattern, e.g. format=dd/MM/yyyy."),
                        modColumn));
                if (info.type != VariableType::Date)
                    return fail(problem("template.modifier.format-type",
                        QCoreApplication::translate("tixsync::tpl::Expression",
                            "format= applies to date variables only; %1 is a %2 variable: remove the "
                            "modifier.")
                            .arg(info.name, VariableCatalog::typeName(info.type)),
                        modColumn));
                auto pattern = DatePattern::compile(value);
                if (!pattern) {
                    Error e = pattern.error();
                    e.column += valueColumn - 1;
                    return fail(e);
                }
                node.format = std::make_shared<const DatePattern>(std::move(*pattern));
            } else if (mod == QLatin1String("language")) {
                if (!hasValue || value.isEmpty())
                    return fail(problem("template.modifier.value",
                        QCoreApplication::translate("tixsync::tpl::Expression",
                            "language= needs a language code (en, fr, de…) or a variable such as "
                            "${Institution_language}."),
                        modColumn));
                auto sub = Expression::parse(value, valueColumn - 1);
                if (!sub)
                    return fail(sub.error());
                if (sub->isConstant()) {
                    const QString code = sub->m_nodes.empty() ? QString() : sub->m_nodes.front().literal;
                    if (!knownLanguage(code))
                        return fail(problem("template.modifier.language",
                            QCoreApplication::translate(
                                "tixsync::tpl::Expression", "\"%1\" is not a language code: write e.g. en, fr or de.")
                                .arg(code),
                            valueColumn));
                }
                node.language = std::make_shared<const Expression>(std::move(*sub));
            } else if (mod == QLatin1String("min") || mod == QLatin1String("max")) {
                bool ok = false;
                const int v = value.toInt(&ok);
                if (!hasValue || !ok || v < 0)
                    return fail(problem("template.modifier.number",
                        QCoreApplication::translate(
                            "tixsync::tpl::Expression", "%1= needs a whole number of 0 or more, e.g. %1=4.")
                            .arg(mod),
                        hasValue ? valueColumn : modColumn));
                (mod == QLatin1String("min") ? node.min : node.max) = v;
                if (node.min >= 0 && node.max >= 0 && node.min > node.max)
                    return fail(problem("template.modifier.range",
                        QCoreApplication::translate("tixsync::tpl::Expression",
                            "min=%1 is greater than max=%2: min is the first character kept (from 0), "
                            "max the position after the last one.")
                            .arg(node.min)
                            .arg(node.max),
                        modColumn));
            } else if (mod == QLatin1String("upperCase") || mod == QLatin1String("lowerCase")) {
                if (hasValue)
                    return fail(problem("template.modifier.value",
                        QCoreApplication::translate("tixsync::tpl::Expression", "%1 takes no value: remove \"=…\".")
                            .arg(mod),
                        modColumn));
                (mod == QLatin1String("upperCase") ? node.upper : node.lower) = true;
            } else {
                return fail(problem("template.modifier.unknown",
                    QCoreApplication::translate("tixsync::tpl::Expression",
                        "Unknown modifier \"%1\": use format=, language=, min=, max=, upperCase or "
                        "lowerCase.")
                        .arg(mod),
                    modColumn));
            }
            j = k;
        }
        i = j + 1; // past '}'
        return {};
    }
};

Result<Expression> Expression::parse(QStringView text, int columnOffset)
{
    Expression e;
    auto st = ExpressionParser::parse(text, columnOffset, e);
    if (!st)
        return fail(st.error());
    return e;
}

bool Expression::isConstant() const
{
    for (const Node &n : m_nodes)
        if (n.variable >= 0)
            return false;
    return true;
}

QList<int> Expression::variables() const
{
    QList<int> v;
    for (const Node &n : m_nodes) {
        if (n.variable >= 0)
            v << n.variable;
        if (n.language)
            v << n.language->variables();
    }
    return v;
}

const QLocale &Expression::locale(const QString &language)
{
    thread_local QHash<QString, QLocale> cache;
    auto it = cache.constFind(language);
    if (it == cache.constEnd())
        it = cache.insert(language, QLocale(language));
    return *it;
}

void Expression::render(const VariableSource &vars, const RenderContext &ctx, QString &out) const
{
    for (const Node &n : m_nodes) {
        if (n.variable < 0) {
            out += n.literal;
            continue;
        }
        if (n.plain) {
            out += vars.text(n.variable);
            continue;
        }
        QString v;
        if (n.format) {
            const QString lang = n.language ? n.language->render(vars, ctx).trimmed() : ctx.language;
            n.format->format(vars.date(n.variable), locale(lang.isEmpty() ? ctx.language : lang), v);
        } else {
            v = vars.text(n.variable);
        }
        if (n.min >= 0 || n.max >= 0) {
            const qsizetype begin = qMin<qsizetype>(qMax(n.min, 0), v.size());
            const qsizetype end = n.max >= 0 ? qMin<qsizetype>(n.max, v.size()) : v.size();
            v = end > begin ? v.mid(begin, end - begin) : QString();
        }
        if (n.upper)
            v = v.toUpper();
        if (n.lower)
            v = v.toLower();
        out += v;
    }
}

Result<Condition> Condition::parse(QStringView text)
{
    Condition c;
    // Leading blanks count for columns, so work on the raw text.
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    if (first == text.size())
        return c;
    // Find a top-level == or != (outside ${…} and double quotes).
    qsizetype opPos = -1;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = first; i + 1 < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (ch == QLatin1Char('"') && depth == 0)
            quoted = true;
        else if (ch == QLatin1Char('$') && text[i + 1] == QLatin1Char('{')) {
            ++depth;
            ++i;
        } else if (ch == QLatin1Char('}') && depth > 0)
            --depth;
        else if (depth == 0 && (ch == QLatin1Char('=') || ch == QLatin1Char('!')) && text[i + 1] == QLatin1Char('=')) {
            opPos = i;
            break;
        }
    }
    // A side: trimmed, optional surrounding double quotes removed. `start` is its index in text.
    auto side = [&](qsizetype from, qsizetype to, Expression &out) -> Status {
        while (from < to && text[from].isSpace())
            ++from;
        while (to > from && text[to - 1].isSpace())
            --to;
        if (to - from >= 2 && text[from] == QLatin1Char('"') && text[to - 1] == QLatin1Char('"')) {
            ++from;
            --to;
        } else if (from == to) {
            return fail(problem("template.condition.side",
                QCoreApplication::translate(
                    "tixsync::tpl::Expression", "Something to compare is missing: write e.g. ${Seat_gate} == \"A\"."),
                int(from) + 1));
        }
        auto e = Expression::parse(text.mid(from, to - from), int(from));
        if (!e)
            return fail(e.error());
        out = std::move(*e);
        return {};
    };
    if (opPos >= 0) {
        c.m_op = text[opPos] == QLatin1Char('=') ? Op::Equal : Op::NotEqual;
        if (auto st = side(first, opPos, c.m_left); !st)
            return fail(st.error());
        if (auto st = side(opPos + 2, text.size(), c.m_right); !st)
            return fail(st.error());
        return c;
    }
    if (text[first] == QLatin1Char('!')) {
        c.m_op = Op::Empty;
        if (auto st = side(first + 1, text.size(), c.m_left); !st)
            return fail(st.error());
        return c;
    }
    c.m_op = Op::NonEmpty;
    if (auto st = side(first, text.size(), c.m_left); !st)
        return fail(st.error());
    return c;
}

bool Condition::evaluate(const VariableSource &vars, const RenderContext &ctx) const
{
    switch (m_op) {
    case Op::Always:
        return true;
    case Op::NonEmpty:
        return !m_left.render(vars, ctx).trimmed().isEmpty();
    case Op::Empty:
        return m_left.render(vars, ctx).trimmed().isEmpty();
    case Op::Equal:
        return m_left.render(vars, ctx).trimmed() == m_right.render(vars, ctx).trimmed();
    case Op::NotEqual:
        return m_left.render(vars, ctx).trimmed() != m_right.render(vars, ctx).trimmed();
    }
    return true;
}

QList<int> Condition::variables() const
{
    return m_left.variables() + m_right.variables();
}

} // namespace tixsync::tpl
