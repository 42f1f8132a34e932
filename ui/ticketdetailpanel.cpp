#include "ticketdetailpanel.h"

#include "statuspalette.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tixsync {

namespace {
QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt, QLocale::ShortFormat) : QString();
}

QString personText(const Person &p)
{
    QStringList parts;
    const QString name = QStringList{p.title, p.firstName, p.lastName}.join(QLatin1Char(' ')).simplified();
    if (!name.isEmpty())
        parts << name;
    if (!p.email.isEmpty())
        parts << p.email;
    return parts.join(QStringLiteral(" · "));
}

QString joined(std::initializer_list<QString> parts, const QString &separator = QStringLiteral(" · "))
{
    QStringList out;
    for (const QString &p : parts)
        if (!p.isEmpty())
            out << p;
    return out.join(separator);
}

// A status as a small coloured pill with its code (rich text: colour is never alone).
QString pillHtml(const QString &code, const StatusColors &c)
{
    if (!c.background.isValid())
        return code.toHtmlEscaped();
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(c.background.name(), c.foreground.name(), code.toHtmlEscaped());
}

class GroupBuilder {
public:
    GroupBuilder(QVBoxLayout *layout, const QString &title)
        : m_box(new QGroupBox(title))
        , m_form(new QFormLayout(m_box))
    {
        m_box->setObjectName(QStringLiteral("group:") + title);
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_form->setLabelAlignment(Qt::AlignRight);
        m_form->setHorizontalSpacing(10);
        m_form->setVerticalSpacing(3);
        layout->addWidget(m_box);
    }
    QLabel *add(const QString &label, const QString &value, bool rich = false)
    {
        auto *v = new QLabel;
        v->setObjectName(QStringLiteral("field:") + label);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        v->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wrap to the panel's width
        if (value.isEmpty()) {
            v->setText(QStringLiteral("—"));
            v->setEnabled(false); // greyed: the field is empty
            v->setProperty("empty", true);
        } else {
            v->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
            v->setText(value);
        }
        auto *l = new QLabel(label);
        l->setObjectName(QStringLiteral("label:") + label);
        m_form->addRow(l, v);
        return v;
    }
    QFormLayout *form() const { return m_form; }

private:
    QGroupBox *m_box;
    QFormLayout *m_form;
};
} // namespace

TicketDetailPanel::TicketDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setContentsMargins(6, 4, 6, 0);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setContentsMargins(6, 0, 6, 4);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values wrap instead
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_scroll, 1);
    clear();
}

void TicketDetailPanel::clear()
{
    m_ticketId.clear();
    m_title->setText(tr("No ticket selected"));
    m_subtitle->setText(tr("Select a ticket in the table to see all its fields and its TIXNGO history."));
    auto *empty = new QWidget;
    m_scroll->setWidget(empty);
}

void TicketDetailPanel::showTicket(
    const Ticket &t, const std::optional<Event> &event, const QList<TixngoHistoryEntry> &history)
{
    m_ticketId = t.ticketId;
    m_title->setText(tr("Ticket %1").arg(t.ticketId));
    const QString s360 = pillHtml(toCode(t.s360Status), StatusPalette::forS360(t.s360Status));
    const QString tixngo = t.tixngoStatus == TixngoStatus::None
        ? tr("not in TIXNGO")
        : pillHtml(toCode(t.tixngoStatus), StatusPalette::forTixngo(t.tixngoStatus));
    m_subtitle->setText(tr("S-360 %1 &nbsp; TIXNGO %2").arg(s360, tixngo));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(6);

    GroupBuilder ticket(layout, tr("Ticket"));
    ticket.add(tr("Ticket id"), t.ticketId);
    ticket.add(tr("Number"), t.ticketNumber);
    ticket.add(tr("File number"), t.fileNumber);
    ticket.add(tr("Barcode"), t.barcode);
    ticket.add(tr("Product"), joined({t.productKind, t.productCode, t.productName}));
    ticket.add(tr("Product family"), t.productFamily);
    ticket.add(tr("Sales channel"), t.salesChannel);
    ticket.add(tr("Tariff"), t.tariff);
    ticket.add(tr("Category"), t.category);
    ticket.add(tr("Price"),
        t.currency.isEmpty() && t.price == 0 ? QString()
                                             : QLocale().toString(t.price, 'f', 2) + QLatin1Char(' ') + t.currency);
    ticket.add(tr("Shipment mode"), t.shipmentMode);
    ticket.add(tr("Issued"), dateText(t.issuedAt));

    GroupBuilder ev(layout, tr("Event"));
    ev.add(tr("Event id"), t.eventId);
    if (event) {
        ev.add(tr("Name"), event->name);
        ev.add(tr("Type"), event->eventType);
        ev.add(tr("Teams"), joined({event->hostTeam, event->opposingTeam}, QStringLiteral(" – ")));
        ev.add(tr("Competition"), joined({event->groupName, event->season}));
        ev.add(tr("Start"), dateText(event->startTime));
        ev.add(tr("End"), dateText(event->endTime));
        ev.add(tr("Venue"), joined({event->site, event->city}, QStringLiteral(", ")));
        ev.add(tr("Address"),
            joined({event->addressLine1, event->addressLine2, event->addressLine3,
                       joined({event->zip, event->region}, QStringLiteral(" ")), event->countryCode},
                QStringLiteral(", ")));
        ev.add(tr("Time zone"), event->timeZone);
    }

    GroupBuilder seat(layout, tr("Seat"));
    seat.add(tr("Gate"), t.seatGate);
    seat.add(tr("Area"), t.seatArea);
    seat.add(tr("Block"), t.seatBlock);
    seat.add(tr("Row"), t.seatRow);
    seat.add(tr("Seat"), t.seatNumber);
    seat.add(tr("Entrance"), t.entrance);

    GroupBuilder contact(layout, tr("Contact (buyer)"));
    contact.add(tr("Name"), joined({t.contact.title, t.contact.firstName, t.contact.lastName}, QStringLiteral(" ")));
    contact.add(tr("E-mail"), t.contact.email);

    GroupBuilder holder(layout, tr("Holder"));
    holder.add(tr("Name"), joined({t.holder.title, t.holder.firstName, t.holder.lastName}, QStringLiteral(" ")));
    holder.add(tr("E-mail"), t.holder.email);
    holder.add(tr("Gender"), t.holder.gender);
    holder.add(tr("Birth date"), t.holder.birthDate);
    holder.add(tr("Birth place"), joined({t.holder.birthPlace, t.holder.birthRegion}, QStringLiteral(", ")));
    holder.add(tr("Country"), t.holder.countryCode);
    holder.add(tr("Id number"), t.holder.idNumber);

    GroupBuilder s360Box(layout, tr("S-360 status"));
    s360Box.add(tr("Status"), s360, true);
    s360Box.add(tr("Reason"), t.s360Reason);
    s360Box.add(tr("Changed"), dateText(t.s360StatusChangedAt));
    s360Box.add(tr("Controlled"), dateText(t.controlledAt));

    GroupBuilder tix(layout, tr("TIXNGO"));
    tix.add(tr("Status"), t.tixngoStatus == TixngoStatus::None ? QString() : tixngo, true);
    tix.add(tr("Owner"), personText(t.tixngoOwner));
    tix.add(tr("Initial owner"), personText(t.tixngoInitialOwner));
    tix.add(tr("Previous owner"), personText(t.tixngoPreviousOwner));
    tix.add(tr("Holder"), personText(t.tixngoHolder));
    tix.add(tr("Deletion reason"), t.tixngoDeletionReason);
    tix.add(tr("Controlled"),
        t.tixngoStatus == TixngoStatus::None ? QString() : (t.tixngoControlled ? tr("yes") : tr("no")));
    tix.add(tr("Updated"), dateText(t.tixngoUpdatedAt));
    tix.add(tr("Injected"), dateText(t.injectedAt));
    tix.add(tr("Last sync"), dateText(t.lastSyncAt));
    if (!history.isEmpty()) {
        QStringList lines;
        for (const TixngoHistoryEntry &h : history)
            lines << QStringLiteral("%1 &nbsp;%2%3")
                         .arg(dateText(h.at).toHtmlEscaped(),
                             pillHtml(toCode(h.status), StatusPalette::forTixngo(h.status)),
                             h.actor.isEmpty() ? QString() : QStringLiteral(" &nbsp;") + h.actor.toHtmlEscaped());
        tix.add(tr("History"), lines.join(QStringLiteral("<br>")), true);
    } else {
        tix.add(tr("History"), QString());
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
}

QString TicketDetailPanel::fieldText(const QString &group, const QString &label) const
{
    const QWidget *content = m_scroll->widget();
    if (!content)
        return {};
    const auto *box = content->findChild<QGroupBox *>(QStringLiteral("group:") + group);
    if (!box)
        return {};
    const auto *value = box->findChild<QLabel *>(QStringLiteral("field:") + label);
    if (!value || value->property("empty").toBool())
        return {};
    return value->text();
}

} // namespace tixsync
