#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <vector>

namespace tixsync::tpl {

/// A Java/ICU date pattern (`EEEE d MMMM yyyy`, `HH:mm`, `hh:mm a`, `'quoted'`…) compiled once
/// into tokens and rendered many times with a QLocale for the names of days and months. Qt's own
/// QDateTime::toString uses different letters (Qt `yyyy` vs ICU, no `D`, `E`, `a`, `k`, `K`, `X`),
/// hence this translation. Week-based letters (`Y`, `w`) follow ISO 8601 (weeks start on Monday,
/// week 1 holds the first Thursday) whatever the language. The supported letters are listed in
/// docs/template.md.
class DatePattern {
public:
    /// Compiles `pattern`. On error the Error's `column` is the 1-based position of the offending
    /// character inside `pattern`.
    static Result<DatePattern> compile(QStringView pattern);

    QString format(const QDateTime &dt, const QLocale &locale) const;
    void format(const QDateTime &dt, const QLocale &locale, QString &out) const;

private:
    struct Token {
        char16_t letter = 0; // 0 = literal
        int count = 0;
        QString literal;
    };
    std::vector<Token> m_tokens;
};

} // namespace tixsync::tpl
