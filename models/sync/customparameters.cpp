#include "customparameters.h"

#include <QCoreApplication>

namespace tixsync::sync {

namespace {

QStringList listValue(const QString &v)
{
    QStringList out;
    const QStringList parts = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

const QStringList &CustomParameters::knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("stickToTheHour"),
        QStringLiteral("ticketIterationSize"),
        QStringLiteral("killRatio"),
        QStringLiteral("maxLengthDumpedCallsInKbs"),
        QStringLiteral("doContinueInCaseOfSyncError"),
        QStringLiteral("enforceMandatoryParameters"),
        QStringLiteral("dumpTnPRvariables"),
        QStringLiteral("dumpDataModifiedByTemplate"),
        QStringLiteral("overlaySpectatorDetailsWithLastOwner"),
        QStringLiteral("resetInjectionInvalidationReasons"),
        QStringLiteral("sendMultilingualAsJsonObject"),
        QStringLiteral("overrideVisibilityFlagForInvalidationReasons"),
        QStringLiteral("visibilityFlagDefaultValue"),
        QStringLiteral("TIXNGO_LIFECYCLE_MODE"),
        QStringLiteral("enableTicketDistributionToCulturalContact"),
    };
    return keys;
}

Result<CustomParameters> CustomParameters::parse(const QString &text, const QString &fileName)
{
    CustomParameters p;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        auto bad = [&](const QString &message) {
            Error e = makeError(QStringLiteral("CUSTOM_PARAMETER_INVALID"), message);
            e.file = fileName;
            e.line = lineNo;
            return fail(e);
        };
        const int eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(QCoreApplication::translate("CustomParameters",
                "Line %1 is not a \"key=value\" line: \"%2\". Write it as key=value, or start it with # "
                "to make it a comment.")
                           .arg(lineNo)
                           .arg(trimmed));
        const QString key = trimmed.left(eq).trimmed();
        const QString value = trimmed.mid(eq + 1).trimmed();
        auto boolean = [&](bool *out) -> Status {
            if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                *out = true;
            else if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                *out = false;
            else
                return bad(
                    QCoreApplication::translate("CustomParameters", "Line %1: %2 must be true or false, not \"%3\".")
                        .arg(lineNo)
                        .arg(key, value));
            return {};
        };
        auto integer = [&](int *out, int minimum) -> Status {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok || v < minimum)
                return bad(QCoreApplication::translate(
                    "CustomParameters", "Line %1: %2 must be a whole number of at least %3, not \"%4\".")
                               .arg(lineNo)
                               .arg(key)
                               .arg(minimum)
                               .arg(value));
            *out = v;
            return {};
        };
        Status st;
        if (key == QLatin1String("stickToTheHour"))
            st = boolean(&p.stickToTheHour);
        else if (key == QLatin1String("ticketIterationSize"))
            st = integer(&p.ticketIterationSize, 1);
        else if (key == QLatin1String("killRatio")) {
            bool ok = false;
            double v = value.toDouble(&ok);
            if (ok && value.endsWith(QLatin1Char('%')))
                ok = false;
            if (!ok) {
                // Also accept "50%".
                if (value.endsWith(QLatin1Char('%'))) {
                    v = value.chopped(1).trimmed().toDouble(&ok) / 100.0;
                }
            }
            if (!ok || v < 0 || v > 1)
                return bad(QCoreApplication::translate("CustomParameters",
                    "Line %1: killRatio must be a ratio between 0 and 1 (or a percentage like 50%), not "
                    "\"%2\".")
                               .arg(lineNo)
                               .arg(value));
            p.killRatio = v;
        } else if (key == QLatin1String("maxLengthDumpedCallsInKbs"))
            st = integer(&p.maxLengthDumpedCallsInKbs, 0);
        else if (key == QLatin1String("doContinueInCaseOfSyncError"))
            st = boolean(&p.doContinueInCaseOfSyncError);
        else if (key == QLatin1String("enforceMandatoryParameters"))
            st = boolean(&p.enforceMandatoryParameters);
        else if (key == QLatin1String("dumpTnPRvariables"))
            st = boolean(&p.dumpTnPRvariables);
        else if (key == QLatin1String("dumpDataModifiedByTemplate"))
            st = boolean(&p.dumpDataModifiedByTemplate);
        else if (key == QLatin1String("overlaySpectatorDetailsWithLastOwner"))
            st = boolean(&p.overlaySpectatorDetailsWithLastOwner);
        else if (key == QLatin1String("resetInjectionInvalidationReasons"))
            p.resetInjectionInvalidationReasons = listValue(value);
        else if (key == QLatin1String("sendMultilingualAsJsonObject"))
            st = boolean(&p.sendMultilingualAsJsonObject);
        else if (key == QLatin1String("overrideVisibilityFlagForInvalidationReasons"))
            p.overrideVisibilityFlagForInvalidationReasons = listValue(value);
        else if (key == QLatin1String("visibilityFlagDefaultValue"))
            st = boolean(&p.visibilityFlagDefaultValue);
        else if (key == QLatin1String("TIXNGO_LIFECYCLE_MODE")) {
            if (value != QLatin1String("lifecycle"))
                return bad(QCoreApplication::translate(
                    "CustomParameters", "Line %1: TIXNGO_LIFECYCLE_MODE supports only \"lifecycle\", not \"%2\".")
                               .arg(lineNo)
                               .arg(value));
            p.lifecycleMode = value;
        } else if (key == QLatin1String("enableTicketDistributionToCulturalContact"))
            st = boolean(&p.enableTicketDistributionToCulturalContact);
        else
            p.warnings << QCoreApplication::translate(
                "CustomParameters", "Line %1: unknown custom parameter \"%2\" is ignored. Known keys: %3.")
                              .arg(lineNo)
                              .arg(key, knownKeys().join(QLatin1String(", ")));
        if (!st)
            return fail(st.error());
    }
    return p;
}

QString CustomParameters::toText() const
{
    const CustomParameters d;
    QStringList lines;
    if (stickToTheHour != d.stickToTheHour)
        lines << QStringLiteral("stickToTheHour=") + boolText(stickToTheHour);
    if (ticketIterationSize)
        lines << QStringLiteral("ticketIterationSize=%1").arg(ticketIterationSize);
    if (killRatio)
        lines << QStringLiteral("killRatio=%1").arg(*killRatio);
    if (maxLengthDumpedCallsInKbs)
        lines << QStringLiteral("maxLengthDumpedCallsInKbs=%1").arg(maxLengthDumpedCallsInKbs);
    if (doContinueInCaseOfSyncError != d.doContinueInCaseOfSyncError)
        lines << QStringLiteral("doContinueInCaseOfSyncError=") + boolText(doContinueInCaseOfSyncError);
    if (enforceMandatoryParameters != d.enforceMandatoryParameters)
        lines << QStringLiteral("enforceMandatoryParameters=") + boolText(enforceMandatoryParameters);
    if (dumpTnPRvariables)
        lines << QStringLiteral("dumpTnPRvariables=true");
    if (dumpDataModifiedByTemplate)
        lines << QStringLiteral("dumpDataModifiedByTemplate=true");
    if (overlaySpectatorDetailsWithLastOwner != d.overlaySpectatorDetailsWithLastOwner)
        lines << QStringLiteral("overlaySpectatorDetailsWithLastOwner=")
                + boolText(overlaySpectatorDetailsWithLastOwner);
    if (!resetInjectionInvalidationReasons.isEmpty())
        lines << QStringLiteral("resetInjectionInvalidationReasons=")
                + resetInjectionInvalidationReasons.join(QLatin1Char(','));
    if (sendMultilingualAsJsonObject)
        lines << QStringLiteral("sendMultilingualAsJsonObject=true");
    if (!overrideVisibilityFlagForInvalidationReasons.isEmpty())
        lines << QStringLiteral("overrideVisibilityFlagForInvalidationReasons=")
                + overrideVisibilityFlagForInvalidationReasons.join(QLatin1Char(','));
    if (visibilityFlagDefaultValue)
        lines << QStringLiteral("visibilityFlagDefaultValue=true");
    if (enableTicketDistributionToCulturalContact)
        lines << QStringLiteral("enableTicketDistributionToCulturalContact=true");
    return lines.join(QLatin1Char('\n'));
}

} // namespace tixsync::sync
