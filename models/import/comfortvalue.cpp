#include "comfortvalue.h"

#include "core/datetime.h"

#include <QCoreApplication>

namespace tixsync {

namespace {
QString shown(QStringView v)
{
    QString s = v.toString();
    if (s.size() > 40)
        s = s.left(37) + QStringLiteral("…");
    return s;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}
} // namespace

Result<ComfortValue> parseComfortDate(const QString &name, QStringView raw)
{
    const QStringView v = raw.trimmed();
    ComfortValue out;
    if (v.isEmpty())
        return out;
    if (v.compare(QLatin1String("start_of_season"), Qt::CaseInsensitive) == 0) {
        out.text = QStringLiteral("start_of_season");
        out.form = ComfortForm::SeasonStart;
        return out;
    }
    if (v.compare(QLatin1String("end_of_season"), Qt::CaseInsensitive) == 0) {
        out.text = QStringLiteral("end_of_season");
        out.form = ComfortForm::SeasonEnd;
        return out;
    }
    // ±N[hdw]
    {
        QStringView n = v;
        QString sign;
        if (n.startsWith(QLatin1Char('+')) || n.startsWith(QLatin1Char('-'))) {
            sign = n.first(1).toString();
            n = n.sliced(1);
        }
        if (n.size() >= 2 && n.size() <= 6 && allDigits(n.chopped(1))) {
            const QChar unit = n.back().toLower();
            if (unit == QLatin1Char('h') || unit == QLatin1Char('d') || unit == QLatin1Char('w')) {
                out.text = sign + n.chopped(1).toString() + unit;
                out.form = ComfortForm::Relative;
                return out;
            }
        }
    }
    if (v.contains(QLatin1Char('/'))) {
        if (parseS360DateTime(v).isValid()) {
            out.text = v.toString();
            out.form = ComfortForm::Absolute;
            return out;
        }
        return fail(QStringLiteral("IMPORT_BAD_VALUE"),
            QCoreApplication::translate("TicketImporter",
                "\"%1\" in column %2 is not a date dd/mm/yy hh:mm. Write a real day and time with two digits "
                "each, e.g. 22/10/23 21:15 (year 2023).")
                .arg(shown(v), name));
    }
    return fail(QStringLiteral("IMPORT_BAD_VALUE"),
        QCoreApplication::translate("TicketImporter",
            "\"%1\" in column %2 is not a comfort value. Write start_of_season, end_of_season, an offset "
            "from the performance start such as +1d, -1w, 2w or +3h (h = hours, d = days, w = weeks), "
            "or a date dd/mm/yy hh:mm such as 22/10/23 21:15.")
            .arg(shown(v), name));
}

Result<QString> parseComfortGroup(QStringView raw)
{
    const QStringView v = raw.trimmed();
    if (v.size() > 50)
        return fail(QStringLiteral("IMPORT_BAD_VALUE"),
            QCoreApplication::translate("TicketImporter",
                "\"%1\" in column TIXRGrp has %2 characters; TIXNGO takes at most 50 for a group id. "
                "Shorten it.")
                .arg(shown(v))
                .arg(v.size()));
    return v.toString();
}

Result<QDate> parseSeasonDate(const QString &name, QStringView raw)
{
    const QStringView v = raw.trimmed();
    if (v.isEmpty())
        return QDate();
    QDate d;
    if (v.size() == 10 && v[4] == QLatin1Char('-') && v[7] == QLatin1Char('-') && allDigits(v.first(4))
        && allDigits(v.sliced(5, 2)) && allDigits(v.sliced(8, 2)))
        d = QDate(v.first(4).toInt(), v.sliced(5, 2).toInt(), v.sliced(8, 2).toInt());
    else if (v.size() == 8 && v[2] == QLatin1Char('/') && v[5] == QLatin1Char('/') && allDigits(v.first(2))
        && allDigits(v.sliced(3, 2)) && allDigits(v.sliced(6, 2)))
        d = QDate(2000 + v.sliced(6, 2).toInt(), v.sliced(3, 2).toInt(), v.first(2).toInt());
    if (!d.isValid())
        return fail(QStringLiteral("IMPORT_BAD_DATE"),
            QCoreApplication::translate("TicketImporter",
                "\"%1\" in column %2 is not a date. Write yyyy-MM-dd (2026-07-01) or dd/mm/yy (01/07/26), "
                "or leave it empty.")
                .arg(shown(v), name));
    return d;
}

} // namespace tixsync
