#pragma once

#include "core/error.h"

#include <QDate>
#include <QString>

namespace tixsync {

/// The form of a date comfort variable (TIXAct, TIXStart, TIXExp; rule TPL-9).
enum class ComfortForm { Empty, SeasonStart, SeasonEnd, Relative, Absolute };

/// A checked comfort-variable value in the form TixSync stores it.
struct ComfortValue {
    QString text; // normalized: keywords and units in lower case, surrounding blanks removed
    ComfortForm form = ComfortForm::Empty;
};

/// Checks a date comfort variable `name` (TIXAct, TIXStart or TIXExp) as S-360 writes it:
/// `start_of_season`, `end_of_season`, an offset from the performance start `±N` followed by
/// h, d or w (`+1d`, `-1w`, `2w`, `+3h`; N at most 99999), or an absolute `dd/mm/yy hh:mm`
/// (`22/10/23 21:15`, year 20yy). Empty text is no value. Keywords and units are matched
/// ignoring case. The error message says what to write.
Result<ComfortValue> parseComfortDate(const QString &name, QStringView text);

/// Checks TIXRGrp: any text up to the 50 characters TIXNGO takes for activationParameters.groupId.
Result<QString> parseComfortGroup(QStringView text);

/// A season start / end date: `yyyy-MM-dd` or S-360's `dd/mm/yy`. Empty text gives an invalid
/// QDate (not set). `name` is the column named in the error.
Result<QDate> parseSeasonDate(const QString &name, QStringView text);

} // namespace tixsync
