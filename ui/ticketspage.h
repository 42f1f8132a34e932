#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace tixsync {

class EventTableModel;
class Store;
class TicketDetailPanel;
class TicketTableModel;

/// The "Tickets" page: the events with their counts per S-360 status, the tickets of the selected
/// event(s) with a filter bar (S-360 status, TIXNGO status, debounced free-text search), and the
/// detail panel of the current ticket. All loading runs in the models' worker threads.
class TicketsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketsPage)
public:
    explicit TicketsPage(Store *store, QWidget *parent = nullptr);

    /// Reloads events and tickets from the store, keeping selection, filter, sort and the scroll
    /// position (also after changes another operator made: MainWindow's ChangeWatcher).
    void reload();

    EventTableModel *eventModel() const { return m_events; }
    TicketTableModel *ticketModel() const { return m_tickets; }
    QTableView *eventsView() const { return m_eventsView; }
    QTableView *ticketsView() const { return m_ticketsView; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *s360Filter() const { return m_s360Filter; }
    QComboBox *tixngoFilter() const { return m_tixngoFilter; }
    TicketDetailPanel *detailPanel() const { return m_detail; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    /// Events and tickets in the store, and tickets shown after filtering.
    void countsChanged(int events, qint64 tickets, qint64 shown);
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void buildUi();
    void eventSelectionChanged();
    void restoreEventSelection();
    void applyFilters();
    void ticketsReset();
    void currentTicketChanged();
    void showTicket(const QString &ticketId);
    void emitCounts();

    Store *m_store;
    EventTableModel *m_events;
    TicketTableModel *m_tickets;
    QSortFilterProxyModel *m_eventsProxy;
    QTableView *m_eventsView = nullptr;
    QTableView *m_ticketsView = nullptr;
    QComboBox *m_s360Filter = nullptr;
    QComboBox *m_tixngoFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_shown = nullptr;
    QTimer *m_searchDebounce = nullptr;
    TicketDetailPanel *m_detail = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QStringList m_selectedEvents;
    QString m_currentTicket;
    int m_keepScroll = -1; // the scroll position to keep while a reload runs
};

} // namespace tixsync
