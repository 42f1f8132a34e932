#include "tixngoview.h"

#include "core/logging.h"
#include "recontr.h"

#include <QHash>

namespace tixsync::recon {

Result<std::vector<TixngoTicketState>> readTixngoView(
    sync::TixngoTransport &transport, const std::function<void(qsizetype)> &progress, const std::atomic<bool> *cancel)
{
    std::vector<TixngoTicketState> out;
    QHash<QString, size_t> index; // the feed lists a ticket once per change: keep the newest
    QString key;
    for (;;) {
        if (cancel && cancel->load())
            return fail(QStringLiteral("RECON_CANCELLED"),
                Reconciliation::tr("Reading TIXNGO was cancelled; nothing was changed."));
        auto page = transport.diff(key, 10000);
        if (!page)
            return fail(page.error());
        for (const sync::RemoteTicket &t : page->tickets) {
            if (t.status == TixngoStatus::None) {
                qCWarning(lcRecon) << "TIXNGO ticket" << t.ticketId << "has the unknown status" << t.statusCode;
                continue;
            }
            TixngoTicketState s;
            s.ticketId = t.ticketId;
            s.status = t.status;
            s.controlled = t.controlled;
            s.updatedAt = t.updatedAt.isValid() ? t.updatedAt.toSecsSinceEpoch() : NoTime;
            if (const auto it = index.constFind(s.ticketId); it != index.cend()) {
                out[*it] = std::move(s);
            } else {
                index.insert(s.ticketId, out.size());
                out.push_back(std::move(s));
            }
        }
        if (progress)
            progress(qsizetype(out.size()));
        if (page->tickets.isEmpty() || page->nextPageKey.isEmpty() || page->nextPageKey == key)
            break;
        key = page->nextPageKey;
    }
    return out;
}

} // namespace tixsync::recon
