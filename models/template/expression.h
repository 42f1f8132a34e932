#pragma once

#include "core/error.h"
#include "datepattern.h"
#include "variablecatalog.h"

#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace tixsync::tpl {

/// What a rendering needs besides the variable values: the language of day and month names when
/// the expression has no `language=` modifier.
struct RenderContext {
    QString language = QStringLiteral("en");
};

/// A template value expression, parsed once and rendered many times: literal text and
/// `${Variable;modifier;…}` with modifiers `format=` (date pattern), `language=` (may hold
/// variables), `min=`/`max=` (Java `substring(min, max)`), `upperCase`, `lowerCase`. `$${` writes
/// a literal `${`. See docs/template.md for the full syntax.
class Expression {
public:
    Expression() = default;
    /// Parses `text`. On error, Error::column is the 1-based character column inside `text`
    /// (plus `columnOffset`, used for nested expressions) and the message says what to change.
    static Result<Expression> parse(QStringView text, int columnOffset = 0);

    void render(const VariableSource &vars, const RenderContext &ctx, QString &out) const;
    QString render(const VariableSource &vars, const RenderContext &ctx) const
    {
        QString s;
        render(vars, ctx, s);
        return s;
    }
    /// True when the expression has no variable (its value is known at parse time).
    bool isConstant() const;
    /// Variable ids used, nested ones included.
    QList<int> variables() const;

    /// The QLocale for a language code, cached per thread ("en", "fr", "de", "fr_CH"…).
    static const QLocale &locale(const QString &language);

private:
    struct Node {
        QString literal;
        int variable = -1; // -1 = literal node
        std::shared_ptr<const DatePattern> format;
        std::shared_ptr<const Expression> language;
        int min = -1;
        int max = -1;
        bool upper = false;
        bool lower = false;
        bool plain = true; // no modifier at all
    };
    std::vector<Node> m_nodes;
    friend class ExpressionParser;
};

/// A field condition: empty (always), `EXPR` (true when it renders non-empty after trimming),
/// `!EXPR` (renders empty), `EXPR == "text"`, `EXPR != "text"` (either side may be an expression;
/// double quotes around a side are removed; sides are compared after trimming).
class Condition {
public:
    static Result<Condition> parse(QStringView text);
    bool isAlways() const { return m_op == Op::Always; }
    bool evaluate(const VariableSource &vars, const RenderContext &ctx) const;
    QList<int> variables() const;

private:
    enum class Op { Always, NonEmpty, Empty, Equal, NotEqual };
    Op m_op = Op::Always;
    Expression m_left;
    Expression m_right;
};

} // namespace tixsync::tpl
