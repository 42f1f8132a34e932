#pragma once

#include "core/domain.h"

#include <QWidget>
#include <optional>

class QLabel;
class QScrollArea;

namespace tixsync {

/// Every field of one ticket, grouped as the operator thinks of them (ticket, event, seat,
/// contact, holder, S-360 status, TIXNGO side with the status history). Read-only and
/// selectable, so that ids can be copied.
class TicketDetailPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDetailPanel)
public:
    explicit TicketDetailPanel(QWidget *parent = nullptr);

    void showTicket(const Ticket &ticket, const std::optional<Event> &event, const QList<TixngoHistoryEntry> &history);
    /// Shows the "select a ticket" placeholder.
    void clear();
    /// The ticket shown; empty when none.
    QString ticketId() const { return m_ticketId; }
    /// The value shown for a field label (e.g. tr("Number")) in a group (e.g. tr("Ticket")); for tests.
    QString fieldText(const QString &group, const QString &label) const;

private:
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QString m_ticketId;
};

} // namespace tixsync
