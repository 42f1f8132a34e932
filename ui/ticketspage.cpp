#include "ticketspage.h"

#include "core/logging.h"
#include "core/store.h"
#include "items/eventtablemodel.h"
#include "items/tickettablemodel.h"
#include "statusdelegate.h"
#include "statuspalette.h"
#include "ticketdetailpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tixsync {

namespace {
constexpr int kSearchDebounceMs = 250;

void setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    // A fixed row height: the view never measures rows (vital at a million rows).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setSortingEnabled(true);
}

QIcon swatch(const StatusColors &c)
{
    QPixmap pm(12, 12);
    pm.fill(c.background.isValid() ? c.background : QColor(Qt::transparent));
    return QIcon(pm);
}
} // namespace

TicketsPage::TicketsPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_events(new EventTableModel(this))
    , m_tickets(new TicketTableModel(this))
    , m_eventsProxy(new QSortFilterProxyModel(this))
{
    m_events->setStore(store);
    m_tickets->setStore(store);
    m_eventsProxy->setSourceModel(m_events);
    m_eventsProxy->setSortRole(EventTableModel::RawValueRole);
    m_eventsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();

    connect(m_events, &EventTableModel::modelReset, this, &TicketsPage::restoreEventSelection);
    connect(m_events, &EventTableModel::loaded, this, &TicketsPage::emitCounts);
    connect(m_tickets, &TicketTableModel::countsChanged, this, &TicketsPage::emitCounts);
    connect(m_tickets, &TicketTableModel::modelReset, this, &TicketsPage::ticketsReset);
    connect(m_tickets, &TicketTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_keepScroll = -1; // the reload is complete
        emit loadingChanged(loading || m_events->isLoading());
    });
    connect(m_events, &EventTableModel::loadingChanged, this,
        [this](bool loading) { emit loadingChanged(loading || m_tickets->isLoading()); });
    connect(m_tickets, &TicketTableModel::loadFailed, this, &TicketsPage::loadFailed);
    connect(m_events, &EventTableModel::loadFailed, this, &TicketsPage::loadFailed);
}

void TicketsPage::buildUi()
{
    // Events
    m_eventsView = new QTableView;
    m_eventsView->setObjectName(QStringLiteral("eventsView"));
    m_eventsView->setModel(m_eventsProxy);
    setupTable(m_eventsView);
    m_eventsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventsView->setToolTip(tr("Select one or more events to see their tickets; none selected shows all."));
    const int eventWidths[] = {330, 150, 260};
    for (int c = 0; c < 3; ++c)
        m_eventsView->setColumnWidth(c, eventWidths[c]);
    for (int c = EventTableModel::NotPrintedColumn; c < EventTableModel::ColumnCount; ++c)
        m_eventsView->setColumnWidth(c, 92);
    m_eventsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TicketsPage::eventSelectionChanged);

    // Filter bar
    m_s360Filter = new QComboBox;
    m_s360Filter->setObjectName(QStringLiteral("s360Filter"));
    m_s360Filter->addItem(tr("All S-360 statuses"));
    for (S360Status s : allS360Statuses())
        m_s360Filter->addItem(swatch(StatusPalette::forS360(s)), toCode(s), int(s));
    m_s360Filter->setToolTip(tr("Show only tickets with this status in SecuTix 360"));
    m_tixngoFilter = new QComboBox;
    m_tixngoFilter->setObjectName(QStringLiteral("tixngoFilter"));
    m_tixngoFilter->addItem(tr("All TIXNGO statuses"));
    m_tixngoFilter->addItem(tr("Not in TIXNGO"), int(TixngoStatus::None));
    for (TixngoStatus s : allTixngoStatuses())
        if (s != TixngoStatus::None)
            m_tixngoFilter->addItem(swatch(StatusPalette::forTixngo(s)), toCode(s), int(s));
    m_tixngoFilter->setMaxVisibleItems(22);
    m_tixngoFilter->setToolTip(tr("Show only tickets with this status in TIXNGO, as last known here"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search ticket id, number, holder, contact, e-mail, seat…"));
    m_search->setToolTip(tr("Case-insensitive; several words must all match"));
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TicketsPage::applyFilters);
    connect(m_searchDebounce, &QTimer::timeout, this, &TicketsPage::applyFilters);
    connect(m_s360Filter, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilters);
    connect(m_tixngoFilter, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilters);
    m_shown = new QLabel;
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    m_shown->setMinimumWidth(m_shown->fontMetrics().horizontalAdvance(QStringLiteral("0 000 000 shown")));
    m_shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_s360Filter);
    bar->addWidget(m_tixngoFilter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_shown);

    // Tickets
    m_ticketsView = new QTableView;
    m_ticketsView->setObjectName(QStringLiteral("ticketsView"));
    m_ticketsView->setModel(m_tickets);
    setupTable(m_ticketsView);
    m_ticketsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ticketsView->setItemDelegateForColumn(
        TicketTableModel::S360StatusColumn, new StatusDelegate(StatusDelegate::Vocabulary::S360, m_ticketsView));
    m_ticketsView->setItemDelegateForColumn(
        TicketTableModel::TixngoStatusColumn, new StatusDelegate(StatusDelegate::Vocabulary::Tixngo, m_ticketsView));
    const int ticketWidths[] = {100, 80, 170, 115, 125, 170, 160, 120};
    for (int c = 0; c < TicketTableModel::ColumnCount; ++c)
        m_ticketsView->setColumnWidth(c, ticketWidths[c]);
    m_ticketsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ticketsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TicketsPage::currentTicketChanged);

    auto *ticketsArea = new QWidget;
    auto *ticketsLayout = new QVBoxLayout(ticketsArea);
    ticketsLayout->setContentsMargins(0, 0, 0, 0);
    ticketsLayout->setSpacing(4);
    ticketsLayout->addLayout(bar);
    ticketsLayout->addWidget(m_ticketsView, 1);

    m_detail = new TicketDetailPanel;
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_detail->setMinimumWidth(300);

    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->setObjectName(QStringLiteral("ticketsSplitter"));
    m_horizontal->addWidget(ticketsArea);
    m_horizontal->addWidget(m_detail);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setSizes({1090, 300});
    m_horizontal->setChildrenCollapsible(false);

    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->setObjectName(QStringLiteral("pageSplitter"));
    m_vertical->addWidget(m_eventsView);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({220, 560});
    m_vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_vertical);
}

void TicketsPage::reload()
{
    // The reload resets the table (a preview, then the full result): keep the user's scroll
    // position across it, not only the current ticket.
    m_keepScroll = m_ticketsView->verticalScrollBar()->value();
    m_events->reload();
    m_tickets->reload();
}

void TicketsPage::eventSelectionChanged()
{
    QStringList ids;
    const QModelIndexList rows = m_eventsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(EventTableModel::EventIdRole).toString();
    m_selectedEvents = ids;
    m_tickets->setEventFilter(ids);
}

void TicketsPage::restoreEventSelection()
{
    // After a reload: select the same events again (those that still exist).
    const QStringList wanted = m_selectedEvents;
    QItemSelection selection;
    for (const QString &id : wanted) {
        const int row = m_events->rowOfEvent(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_eventsProxy->mapFromSource(m_events->index(row, 0));
        selection.select(index, index.siblingAtColumn(EventTableModel::ColumnCount - 1));
    }
    m_eventsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    eventSelectionChanged();
}

void TicketsPage::applyFilters()
{
    m_searchDebounce->stop();
    TicketFilter f = m_tickets->filter();
    f.s360 = m_s360Filter->currentIndex() > 0
        ? std::optional<S360Status>(static_cast<S360Status>(m_s360Filter->currentData().toInt()))
        : std::nullopt;
    f.tixngo = m_tixngoFilter->currentIndex() > 0
        ? std::optional<TixngoStatus>(static_cast<TixngoStatus>(m_tixngoFilter->currentData().toInt()))
        : std::nullopt;
    f.text = m_search->text();
    m_tickets->setFilter(f);
}

void TicketsPage::ticketsReset()
{
    // The model was reset (load, filter, sort): keep the current ticket when it is still shown,
    // else show the first one (with a search that narrowed the list to one ticket: that one).
    int row = m_currentTicket.isEmpty() ? -1 : m_tickets->rowOfTicket(m_currentTicket);
    if (row < 0 && m_tickets->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_tickets->index(row, 0);
        m_ticketsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_keepScroll >= 0 && !m_currentTicket.isEmpty() && m_tickets->ticketIdAt(row) == m_currentTicket)
            m_ticketsView->verticalScrollBar()->setValue(m_keepScroll); // a reload: stay where the user was
        else
            m_ticketsView->scrollTo(index);
        showTicket(m_tickets->ticketIdAt(row)); // fresh data after a reload
    } else if (!m_currentTicket.isEmpty()) {
        m_currentTicket.clear();
        m_detail->clear();
    }
}

void TicketsPage::currentTicketChanged()
{
    const QModelIndex current = m_ticketsView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_tickets->ticketIdAt(current.row());
    if (id != m_currentTicket || m_detail->ticketId() != id)
        showTicket(id);
}

void TicketsPage::showTicket(const QString &ticketId)
{
    m_currentTicket = ticketId;
    // One row by primary key and its few history rows: cheap enough for the GUI thread.
    const std::optional<Ticket> ticket = m_store->ticket(ticketId);
    if (!ticket) {
        m_detail->clear();
        return;
    }
    m_detail->showTicket(*ticket, m_store->event(ticket->eventId), m_store->tixngoHistory(ticketId));
}

void TicketsPage::emitCounts()
{
    const qint64 shown = m_tickets->rowCount();
    m_shown->setText(tr("%1 shown").arg(QLocale().toString(shown)));
    emit countsChanged(m_events->eventCount(), m_tickets->totalCount(), shown);
}

void TicketsPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("tickets/verticalSplitter"), m_vertical->saveState());
    settings.setValue(QStringLiteral("tickets/horizontalSplitter"), m_horizontal->saveState());
    settings.setValue(QStringLiteral("tickets/eventsHeader"), m_eventsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("tickets/ticketsHeader"), m_ticketsView->horizontalHeader()->saveState());
}

void TicketsPage::restoreSettings(const QSettings &settings)
{
    m_vertical->restoreState(settings.value(QStringLiteral("tickets/verticalSplitter")).toByteArray());
    m_horizontal->restoreState(settings.value(QStringLiteral("tickets/horizontalSplitter")).toByteArray());
    m_eventsView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("tickets/eventsHeader")).toByteArray());
    m_ticketsView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("tickets/ticketsHeader")).toByteArray());
}

} // namespace tixsync
