#include "fixplan.h"

#include <QSet>
#include <array>

namespace tixsync::recon {

QString FixBatch::forceList() const
{
    QStringList entries;
    entries.reserve(ticketIds.size());
    for (const QString &id : ticketIds)
        entries << QStringLiteral("id:") + id;
    return entries.join(QLatin1String(", "));
}

qsizetype FixPlan::ticketCount() const
{
    qsizetype n = 0;
    for (const FixBatch &b : batches)
        n += b.ticketIds.size();
    return n;
}

FixPlan planFixes(const ReconResult &result, const QList<qsizetype> &selection, std::optional<FixKind> fix)
{
    FixPlan plan;
    std::array<FixBatch, FixKindCount> byFix;
    std::array<QSet<QString>, FixKindCount> seen;
    for (qsizetype i : selection) {
        if (i < 0 || i >= result.size())
            continue;
        const Discrepancy &d = result.at(i);
        FixKind chosen = d.fix;
        if (fix) {
            if (!fixesFor(d.category).contains(*fix)) {
                plan.notApplicable << i;
                continue;
            }
            chosen = *fix;
        }
        const QString id = result.ticketId(d);
        auto &ids = seen[size_t(chosen)];
        if (ids.contains(id))
            continue;
        ids.insert(id);
        byFix[size_t(chosen)].fix = chosen;
        byFix[size_t(chosen)].ticketIds << id;
    }
    for (const FixBatch &b : byFix)
        if (!b.ticketIds.isEmpty())
            plan.batches << b;
    return plan;
}

} // namespace tixsync::recon
