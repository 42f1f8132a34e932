#include "datepattern.h"

#include <QCoreApplication>

namespace tixsync::tpl {

namespace {

bool supported(char16_t c)
{
    switch (c) {
    case u'G':
    case u'y':
    case u'Y':
    case u'u':
    case u'M':
    case u'L':
    case u'd':
    case u'D':
    case u'E':
    case u'e':
    case u'c':
    case u'a':
    case u'H':
    case u'h':
    case u'k':
    case u'K':
    case u'm':
    case u's':
    case u'S':
    case u'Z':
    case u'X':
    case u'x':
    case u'w':
    case u'Q':
    case u'q':
    case u'F':
        return true;
    default:
        return false;
    }
}

void pad(QString &out, qint64 v, int width)
{
    if (v < 0) {
        out += QLatin1Char('-');
        v = -v;
    }
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    for (int i = n; i < width; ++i)
        out += QLatin1Char('0');
    while (n)
        out += QLatin1Char(buf[--n]);
}

void offset(QString &out, int secs, bool colon, bool zForZero, bool withMinutes)
{
    if (zForZero && secs == 0) {
        out += QLatin1Char('Z');
        return;
    }
    out += secs < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = qAbs(secs) / 60;
    pad(out, a / 60, 2);
    if (!withMinutes && a % 60 == 0)
        return;
    if (colon)
        out += QLatin1Char(':');
    pad(out, a % 60, 2);
}
} // namespace

Result<DatePattern> DatePattern::compile(QStringView p)
{
    DatePattern dp;
    auto literal = [&](QChar c) {
        if (dp.m_tokens.empty() || dp.m_tokens.back().letter != 0)
            dp.m_tokens.push_back({});
        dp.m_tokens.back().literal += c;
    };
    for (qsizetype i = 0; i < p.size();) {
        const char16_t c = p[i].unicode();
        if (c == u'\'') {
            if (i + 1 < p.size() && p[i + 1] == QLatin1Char('\'')) { // '' = one quote
                literal(QLatin1Char('\''));
                i += 2;
                continue;
            }
            const qsizetype open = i;
            ++i;
            bool closed = false;
            while (i < p.size()) {
                if (p[i] == QLatin1Char('\'')) {
                    if (i + 1 < p.size() && p[i + 1] == QLatin1Char('\'')) {
                        literal(QLatin1Char('\''));
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                literal(p[i]);
                ++i;
            }
            if (!closed) {
                Error e = makeError(QStringLiteral("template.date-pattern.quote"),
                    QCoreApplication::translate("tixsync::tpl::DatePattern",
                        "The quote opened here is not closed: add a closing ' or write '' for a "
                        "literal quote."));
                e.column = int(open) + 1;
                return fail(e);
            }
            continue;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
            if (!supported(c)) {
                Error e = makeError(QStringLiteral("template.date-pattern.letter"),
                    QCoreApplication::translate("tixsync::tpl::DatePattern",
                        "'%1' is not a supported date pattern letter: put literal text in single "
                        "quotes, e.g. 'at'.")
                        .arg(QChar(c)));
                e.column = int(i) + 1;
                return fail(e);
            }
            int n = 0;
            while (i < p.size() && p[i].unicode() == c) {
                ++n;
                ++i;
            }
            dp.m_tokens.push_back({c, n, {}});
            continue;
        }
        literal(p[i]);
        ++i;
    }
    return dp;
}

QString DatePattern::format(const QDateTime &dt, const QLocale &locale) const
{
    QString s;
    format(dt, locale, s);
    return s;
}

void DatePattern::format(const QDateTime &dt, const QLocale &locale, QString &out) const
{
    if (!dt.isValid())
        return;
    const QDate d = dt.date();
    const QTime t = dt.time();
    for (const Token &tok : m_tokens) {
        const int n = tok.count;
        switch (tok.letter) {
        case 0:
            out += tok.literal;
            break;
        case u'G':
            out += d.year() > 0 ? QStringLiteral("AD") : QStringLiteral("BC");
            break;
        case u'y':
        case u'u':
            if (n == 2)
                pad(out, d.year() % 100, 2);
            else
                pad(out, d.year(), n);
            break;
        case u'Y': {
            int wy = 0;
            d.weekNumber(&wy);
            if (n == 2)
                pad(out, wy % 100, 2);
            else
                pad(out, wy, n);
            break;
        }
        case u'M':
        case u'L':
            if (n <= 2)
                pad(out, d.month(), n);
            else if (tok.letter == u'M')
                out += locale.monthName(d.month(),
                    n == 3       ? QLocale::ShortFormat
                        : n == 4 ? QLocale::LongFormat
                                 : QLocale::NarrowFormat);
            else
                out += locale.standaloneMonthName(d.month(),
                    n == 3       ? QLocale::ShortFormat
                        : n == 4 ? QLocale::LongFormat
                                 : QLocale::NarrowFormat);
            break;
        case u'd':
            pad(out, d.day(), n);
            break;
        case u'D':
            pad(out, d.dayOfYear(), n);
            break;
        case u'F':
            pad(out, (d.day() - 1) / 7 + 1, n);
            break;
        case u'E':
        case u'e':
        case u'c':
            if (tok.letter != u'E' && n <= 2) {
                pad(out, d.dayOfWeek(), n); // ISO: 1 = Monday
            } else {
                const QLocale::FormatType f = n == 4 ? QLocale::LongFormat
                    : n == 5                         ? QLocale::NarrowFormat
                                                     : QLocale::ShortFormat;
                out += tok.letter == u'c' ? locale.standaloneDayName(d.dayOfWeek(), f)
                                          : locale.dayName(d.dayOfWeek(), f);
            }
            break;
        case u'a':
            out += t.hour() < 12 ? locale.amText() : locale.pmText();
            break;
        case u'H':
            pad(out, t.hour(), n);
            break;
        case u'k':
            pad(out, t.hour() == 0 ? 24 : t.hour(), n);
            break;
        case u'K':
            pad(out, t.hour() % 12, n);
            break;
        case u'h':
            pad(out, t.hour() % 12 == 0 ? 12 : t.hour() % 12, n);
            break;
        case u'm':
            pad(out, t.minute(), n);
            break;
        case u's':
            pad(out, t.second(), n);
            break;
        case u'S': {
            // Fraction of a second, n digits, truncated.
            QString ms;
            pad(ms, t.msec(), 3);
            if (n <= 3)
                out += QStringView(ms).left(n);
            else
                out += ms + QString(n - 3, QLatin1Char('0'));
            break;
        }
        case u'w':
            pad(out, d.weekNumber(), n);
            break;
        case u'Q':
        case u'q':
            if (n <= 2)
                pad(out, (d.month() - 1) / 3 + 1, n);
            else
                out += QStringLiteral("Q") + QString::number((d.month() - 1) / 3 + 1);
            break;
        case u'Z':
            if (n <= 3)
                offset(out, dt.offsetFromUtc(), false, false, true);
            else if (n == 4) {
                out += QStringLiteral("GMT");
                offset(out, dt.offsetFromUtc(), true, false, true);
            } else
                offset(out, dt.offsetFromUtc(), true, true, true);
            break;
        case u'X':
        case u'x': {
            const bool z = tok.letter == u'X';
            if (n == 1)
                offset(out, dt.offsetFromUtc(), false, z, false);
            else
                offset(out, dt.offsetFromUtc(), n == 3 || n == 5, z, true);
            break;
        }
        default:
            break;
        }
    }
}

} // namespace tixsync::tpl
