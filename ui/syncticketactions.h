#pragma once

#include <QObject>

class QMenu;

namespace tixsync {

class Store;
class TicketsPage;

/// The S-360 actions on the Tickets page's table (context menu): cancel, invalidate with a
/// reason, mark controlled, reprint — each confirmed, carried out by the engine's ticket actions
/// (sync/ticketactions.h), then the table reloads. The next push / injection carries the change
/// to TIXNGO.
class SyncTicketActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncTicketActions)
public:
    /// Installs the context menu on `page`'s ticket table; `store` must outlive it.
    explicit SyncTicketActions(TicketsPage *page, Store *store);

    /// The menu for a ticket (tests call its actions directly).
    QMenu *menuFor(const QString &ticketId, QWidget *parent);
    /// Without confirmation (used after it, and by tests). False with the message in a dialog.
    bool cancelTicket(const QString &ticketId);
    bool invalidateTicket(const QString &ticketId, const QString &reason);
    bool markControlled(const QString &ticketId);
    bool reprint(const QString &ticketId);
    /// The message of the last refused action (also shown in a dialog); empty after a success.
    QString lastError() const { return m_lastError; }

signals:
    void ticketsChanged();

private:
    bool confirm(const QString &title, const QString &text);
    bool done(bool ok, const QString &message);

    TicketsPage *m_page;
    Store *m_store;
    QString m_lastError;
};

} // namespace tixsync
