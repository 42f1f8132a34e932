#include "syncticketactions.h"

#include "items/tickettablemodel.h"
#include "sync/ticketactions.h"
#include "ticketspage.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace tixsync {

SyncTicketActions::SyncTicketActions(TicketsPage *page, Store *store)
    : QObject(page)
    , m_page(page)
    , m_store(store)
{
    QTableView *view = page->ticketsView();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        const QString id = m_page->ticketModel()->ticketIdAt(index.row());
        if (id.isEmpty())
            return;
        QMenu *menu = menuFor(id, view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
}

QMenu *SyncTicketActions::menuFor(const QString &id, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("ticketActionsMenu"));
    menu->addSection(tr("Ticket %1 in S-360").arg(id));
    menu->addAction(tr("Cancel ticket…"), this,
            [this, id] {
                if (confirm(tr("Cancel ticket"),
                        tr("Cancel ticket %1 in S-360? The next \"push cancelled\" run removes it from "
                           "the spectator's wallet.")
                            .arg(id)))
                    cancelTicket(id);
            })
        ->setObjectName(QStringLiteral("cancelTicket"));
    menu->addAction(tr("Invalidate with reason…"), this,
            [this, id] {
                bool ok = false;
                const QString reason = QInputDialog::getText(m_page, tr("Invalidate ticket"),
                    tr("Reason for invalidating ticket %1 (sent to TIXNGO as the deletion "
                       "reason):")
                        .arg(id),
                    QLineEdit::Normal, QStringLiteral("INVALIDATED"), &ok)
                                           .trimmed();
                if (!ok)
                    return;
                if (reason.isEmpty()) {
                    done(false, tr("Give a reason: invalidation needs one."));
                    return;
                }
                if (confirm(tr("Invalidate ticket"), tr("Invalidate ticket %1 with reason \"%2\"?").arg(id, reason)))
                    invalidateTicket(id, reason);
            })
        ->setObjectName(QStringLiteral("invalidateTicket"));
    menu->addAction(tr("Mark controlled"), this,
            [this, id] {
                if (confirm(tr("Mark controlled"),
                        tr("Mark ticket %1 as controlled (scanned)? The next \"push controlled\" run "
                           "hides its QR code in the wallet.")
                            .arg(id)))
                    markControlled(id);
            })
        ->setObjectName(QStringLiteral("markControlled"));
    menu->addAction(tr("Reprint…"), this,
            [this, id] {
                if (confirm(tr("Reprint ticket"),
                        tr("Reprint ticket %1? It is invalidated (reason REPRINT) and a new ticket with a "
                           "new barcode is created for the next injection.")
                            .arg(id)))
                    reprint(id);
            })
        ->setObjectName(QStringLiteral("reprintTicket"));
    return menu;
}

bool SyncTicketActions::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(m_page, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool SyncTicketActions::done(bool ok, const QString &message)
{
    m_lastError = ok ? QString() : message;
    if (!ok) {
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Ticket action failed"), message, QMessageBox::Close, m_page);
        box->setObjectName(QStringLiteral("ticketActionError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_page->reload();
    emit ticketsChanged();
    return true;
}

bool SyncTicketActions::cancelTicket(const QString &id)
{
    auto r = sync::ticketactions::cancel(*m_store, {id});
    return done(bool(r), r ? QString() : r.error().message);
}

bool SyncTicketActions::invalidateTicket(const QString &id, const QString &reason)
{
    auto r = sync::ticketactions::invalidate(*m_store, {id}, reason);
    return done(bool(r), r ? QString() : r.error().message);
}

bool SyncTicketActions::markControlled(const QString &id)
{
    auto r = sync::ticketactions::markControlled(*m_store, {id});
    return done(bool(r), r ? QString() : r.error().message);
}

bool SyncTicketActions::reprint(const QString &id)
{
    auto r = sync::ticketactions::reprint(*m_store, id);
    return done(bool(r), r ? QString() : r.error().message);
}

} // namespace tixsync
