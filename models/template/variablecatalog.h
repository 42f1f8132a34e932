#pragma once

#include "core/domain.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tixsync::tpl {

enum class VariableType { Text, Date, Number };

/// One template variable: `${Name}`. `description` is an untranslated source string in the
/// "tixsync::tpl::VariableCatalog" context (translate it for display).
struct VariableInfo {
    QString name;
    VariableType type = VariableType::Text;
    const char *description = nullptr;
    QString example;
    /// Reads the value from S-360 data; null for variables S-360 data does not hold
    /// (`Institution_language`, `Voucher_identifier`), which come from the options or a variable set.
    QString (*text)(const Ticket &, const Event &) = nullptr;
    QDateTime (*date)(const Ticket &, const Event &) = nullptr;
    /// Writes a value back into S-360 data (variable sets stand in for a ticket this way).
    void (*assign)(Ticket &, Event &, const QString &) = nullptr;
};

/// The variables a template may use: the documented S-360 ones plus one per ticket/event field we
/// store. Ids are indexes into `all()` and are stable within one program run.
class VariableCatalog {
public:
    static const QList<VariableInfo> &all();
    /// -1 when unknown.
    static int id(QStringView name);
    static const VariableInfo &info(int id) { return all().at(id); }
    static QString translatedDescription(int id);
    static QString typeName(VariableType t);
};

/// Values of variables for one rendering: a ticket and its event, plus the few values S-360 data
/// does not hold (institution language, voucher identifier) and, for variable sets, overrides.
class VariableSource {
public:
    VariableSource(const Ticket &ticket, const Event &event)
        : m_ticket(&ticket)
        , m_event(&event)
    {
    }
    void setExtra(int id, const QString &value) { m_extra.insert(id, value); }
    void setInstitutionLanguage(const QString &language) { m_language = language; }
    QString institutionLanguage() const { return m_language; }

    QString text(int id) const;
    QDateTime date(int id) const;
    const Ticket &ticket() const { return *m_ticket; }
    const Event &event() const { return *m_event; }

private:
    const Ticket *m_ticket;
    const Event *m_event;
    QHash<int, QString> m_extra;
    QString m_language = QStringLiteral("en");
};

/// Named sample data that stands in for a ticket in the editor and `template render`: a JSON object
/// of variable name → value (dates as RFC 3339 strings, numbers as numbers or strings).
struct VariableSet {
    QString name;
    QList<QPair<QString, QString>> values; // in file order

    /// Reads `{"name": …, "variables": {…}}` or a bare `{"Variable": value, …}` object. Unknown
    /// variable names and unparsable dates are errors naming the variable.
    static Result<VariableSet> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    /// A documented example for every variable (the catalogue examples).
    static VariableSet example();

    /// Applies the values to a ticket and event (the same defaults then apply as for a real ticket).
    void apply(Ticket &ticket, Event &event) const;
    QString value(const QString &name) const;
};

} // namespace tixsync::tpl
