#pragma once

#include "core/error.h"
#include "expression.h"

#include <QList>
#include <QString>
#include <vector>

namespace tixsync::tpl {

enum class FieldType { Text, Number, Boolean, Json };
QString fieldTypeName(FieldType type);
/// "text", "number", "boolean", "json" (case-insensitive); nullopt otherwise.
std::optional<FieldType> parseFieldType(QStringView name);

/// One template row as the user wrote it.
struct TemplateField {
    TemplateField() = default;
    TemplateField(QString path, QString value, FieldType type = FieldType::Text, QString condition = {})
        : path(std::move(path))
        , value(std::move(value))
        , type(type)
        , condition(std::move(condition))
    {
    }
    QString path; // dotted TIXNGO path, numeric segments = list indexes
    QString value; // expression
    FieldType type = FieldType::Text;
    QString condition; // empty = always
    bool operator==(const TemplateField &) const = default;
};

/// A problem in a template (TPL-12): 1-based row, and 1-based column inside the part it is in
/// (the value expression, the path or the condition).
struct TemplateProblem {
    enum class Part { Path, Value, Type, Condition };
    enum class Severity { Error, Warning };
    int row = 0;
    int column = 0;
    Part part = Part::Value;
    Severity severity = Severity::Error;
    QString code;
    QString message;
    /// "row:column: message" (warnings: "row:column: warning: message").
    QString toString() const;
    Error toError() const;
};

/// A ticket template: ordered fields, compiled once (expressions parsed, paths checked, list
/// indexes sorted and compacted) and immutable afterwards, so one instance may be shared by
/// threads rendering tickets. Problems are collected, never thrown; a template with errors still
/// exists (the editor shows it) but PayloadBuilder refuses to render it.
class Template {
public:
    struct CompiledField {
        int row = 0; // 1-based
        QString path; // as written
        QStringList segments; // indexes compacted to 0…n-1
        Expression value;
        Condition condition;
        FieldType type = FieldType::Text;
        bool translatable = false;
        bool valid = false; // false when the row has an error (it is skipped)
    };

    Template() = default;
    Template(QString name, QList<TemplateField> fields);

    const QString &name() const { return m_name; }
    const QList<TemplateField> &fields() const { return m_fields; }
    const QList<TemplateProblem> &problems() const { return m_problems; }
    bool hasErrors() const;
    const std::vector<CompiledField> &compiled() const { return m_compiled; }
    /// Variables the template uses (for dumps and the editor).
    QList<int> variables() const;

    /// The file format: {"name": "…", "fields": [{"path", "value", "type", "condition"}, …]}.
    /// Structural errors (not JSON, a field without path, an unknown type) fail with Error::line
    /// = the 1-based field row.
    static Result<Template> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    static Result<Template> fromFile(const QString &fileName);
    /// The template shipped with the program (resources/templates/default.json).
    static Template defaultTemplate();

private:
    void compile();
    QString m_name;
    QList<TemplateField> m_fields;
    QList<TemplateProblem> m_problems;
    std::vector<CompiledField> m_compiled;
};

} // namespace tixsync::tpl
