#pragma once

#include "core/domain.h"
#include "core/error.h"
#include "jsonwriter.h"
#include "template.h"
#include "variablecatalog.h"

#include <QDate>
#include <QMap>
#include <QStringList>
#include <QTimeZone>
#include <memory>

namespace tixsync::tpl {

/// Run-level settings of an injection that shape the payload (interface doc §2.1, §3, §5.2).
struct PayloadOptions {
    QString barcodePrefix; // rule INJ-8
    QString barcodePostfix; // rule INJ-8
    bool sendMultilingualAsJsonObject = false; // rule TPL-10
    /// Languages of multilingual objects; the first one is the institution language (the
    /// default language of day/month names and `${Institution_language}`). Empty = {"en"}.
    QStringList languages;
    /// Product comfort variables: TIXAct, TIXStart, TIXExp, TIXRGrp (rule TPL-9). Other keys are
    /// ignored; empty values are ignored.
    QMap<QString, QString> comfortVariables;
    QDate seasonStart; // for start_of_season
    QDate seasonEnd; // for end_of_season
    /// Check the built payload against PAY-1..PAY-6 (cheap; on by default).
    bool validate = true;
};

/// A value the template changed (rule TPL-11, `dumpDataModifiedByTemplate`, and the editor).
/// `before`/`after` are compact JSON texts; `before` is empty when the template added the value.
struct TemplateChange {
    QString path; // payload path with compacted list indexes
    int row = 0; // template row (1-based)
    QString before;
    QString after;
};

/// A payload that breaks a TIXNGO rule (PAY-1..PAY-6), or a template value that could not be
/// converted to its type. `row` is the template row that produced the value (0 = batch default).
struct PayloadProblem {
    QString path;
    int row = 0;
    QString code;
    QString message;
    QString toString() const;
};

/// Builds the TIXNGO ticket JSON for one ticket (interface doc §5.1) with the documented
/// precedence (rule TPL-8): batch defaults from the S-360 ticket, then comfort variables, then the
/// template. The payload shape (which paths exist and where each value may come from) is resolved
/// once in the constructor; build() only evaluates values and writes UTF-8 JSON with JsonWriter.
/// A builder is immutable and may be used from several threads at once.
class PayloadBuilder {
public:
    /// `tpl` may be null (batch defaults and comfort variables only).
    PayloadBuilder(std::shared_ptr<const Template> tpl, PayloadOptions options);
    ~PayloadBuilder();
    PayloadBuilder(const PayloadBuilder &) = delete;
    PayloadBuilder &operator=(const PayloadBuilder &) = delete;

    /// Why this builder cannot build (a template with errors, a bad comfort variable, a template
    /// path that collides with a batch-default value); every build() returns this error too.
    Status status() const;
    const PayloadOptions &options() const;

    /// One ticket JSON object, compact UTF-8. Payload problems (PAY-*): when `problems` is given
    /// they are appended there and the payload is still returned; otherwise the first one fails
    /// the build with code "payload.invalid" and a message listing them all.
    Result<QByteArray> build(const Ticket &ticket, const Event &event, QList<TemplateChange> *changes = nullptr,
        QList<PayloadProblem> *problems = nullptr) const;
    /// The same for sample data standing in for a ticket (the editor preview, `template render`).
    Result<QByteArray> build(const VariableSet &variables, QList<TemplateChange> *changes = nullptr,
        QList<PayloadProblem> *problems = nullptr) const;
    /// Appends one ticket object to `out` (for batches: `[`, objects separated by `,`, `]`). On
    /// error `out` is left as it was.
    Status buildInto(JsonWriter &out, const Ticket &ticket, const Event &event,
        QList<TemplateChange> *changes = nullptr, QList<PayloadProblem> *problems = nullptr) const;

    /// The template's variables and their values for one ticket, in catalogue order
    /// (`dumpTnPRvariables`). Dates as RFC 3339.
    QList<std::pair<QString, QString>> variableValues(const Ticket &ticket, const Event &event) const;

    /// Indented JSON for people (CLI, preview), keeping the member order.
    static QByteArray prettyPrint(const QByteArray &compactJson);

    struct Impl;

private:
    Status buildWith(JsonWriter &out, const VariableSource &vars, QList<TemplateChange> *changes,
        QList<PayloadProblem> *problems) const;
    std::unique_ptr<Impl> d;
};

/// A comfort-variable date (rule TPL-9): `start_of_season` (the season's first day, 00:00),
/// `end_of_season` (its last day, 23:59:59), `±N` followed by h/d/w (relative to the performance
/// start), or `dd/mm/yy hh:mm`. Wall-clock values are read in `zone` (the performance's time zone,
/// so that a date across a daylight-saving change gets its own offset) when it is valid, else in
/// the performance start's UTC offset. Returns an invalid QDateTime for text it does not
/// understand (see checkComfortValue).
QDateTime resolveComfortDate(QStringView value, const QDateTime &eventStart, const QDate &seasonStart,
    const QDate &seasonEnd, const QTimeZone &zone = {});
/// Checks a comfort-variable value without a ticket; the error says what to write.
Status checkComfortValue(const QString &name, const QString &value, const PayloadOptions &options);

} // namespace tixsync::tpl
