#pragma once

#include "core/domain.h"
#include "secrets/connectionprofile.h"
#include "sync/runcontroller.h"
#include "template/payloadbuilder.h"
#include "template/template.h"
#include "template/templatediff.h"
#include "template/templatesample.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QPlainTextEdit;
class TemplateFieldModel;
class QToolButton;
namespace tixsync {
class Store;
}

/// The Template page: the ticket template as an editable table (with completion, undo/redo and
/// drag to reorder), a live JSON preview of the TIXNGO payload for a sample — a variable set or a
/// real ticket picked by search — and, under the table, the problems, the saved versions (history,
/// compare, revert) and the test injection. The preview is rendered in a worker thread ~50 ms
/// after the last change; a result for an older edit is dropped, and while the template has
/// errors the last valid payload stays visible. It can show the payload with the values the
/// template set highlighted, the difference to the payload without the template, or the
/// difference to the payload last injected for the picked ticket.
class TemplatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePage)
public:
    /// What the preview shows.
    enum class PreviewMode {
        Payload, // the payload, values set by the template highlighted
        WithoutTemplate, // batch defaults + comfort variables, with the template's changes as a diff
        LastInjected, // the payload last injected for the ticket, with what a re-injection changes
    };
    Q_ENUM(PreviewMode)
    /// How a preview line is marked.
    enum class LineMark { None, Template, Added, Removed };

    explicit TemplatePage(QWidget *parent = nullptr);
    ~TemplatePage() override;

    TemplateFieldModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *problemList() const { return m_problems; }
    QTabWidget *bottomTabs() const { return m_tabs; }
    QLineEdit *ticketSearch() const { return m_ticketSearch; }
    QCompleter *ticketCompleter() const { return m_completer; }
    QTreeWidget *versionList() const { return m_versions; }
    QTreeWidget *versionDifferences() const { return m_versionDiff; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *testInjectionButton() const { return m_testInject; }
    QLabel *testInjectionResult() const { return m_testResult; }
    QAction *useForInjectionAction() const { return m_useForInjection; }
    /// The JSON shown in the preview.
    QString previewText() const;
    /// The line above the preview (which sample, which view, how many values the template set).
    QString previewState() const;
    /// True while the preview shows an older payload because the template has errors.
    bool previewIsStale() const { return m_stale; }
    /// How the preview widget marks line `line` (0-based).
    LineMark previewLineMark(int line) const;
    /// The first preview line containing `text`, or -1.
    int previewLineOf(const QString &text) const;
    PreviewMode previewMode() const { return m_mode; }
    /// The picked ticket's id; empty while the sample is a variable set.
    QString sampleTicketId() const;

    void setTemplate(const tixsync::tpl::Template &tpl);
    tixsync::tpl::Template currentTemplate() const;
    /// Uses a variable set as the sample (leaves a picked ticket).
    void setVariables(const tixsync::tpl::VariableSet &variables);
    void setOptions(const tixsync::tpl::PayloadOptions &options);
    /// The database for versions, the ticket picker and the test injection; may be null. It must
    /// belong to the GUI thread (searches open their own connection in a worker thread).
    void setStore(tixsync::Store *store);
    /// The TIXNGO connection of the test injection (created in the run's worker thread). Without
    /// one, the run uses the stored URL and the key from TIXNGO_API_KEY.
    void setTransportFactory(tixsync::sync::RunController::TransportFactory factory);
    /// The active connection profile: on a production profile the test injection asks the user to
    /// type the number of tickets first.
    void setConnectionProfile(const tixsync::secrets::ConnectionProfile &profile);

public slots:
    bool importFile(const QString &fileName);
    bool exportFile(const QString &fileName);
    /// Selects the problem's row and opens its cell with the cursor on the column.
    void showProblem(int row, int column, int part);
    /// Saves the current rows as a new version in the database; returns the version (0 on error).
    int saveVersion(const QString &comment);
    /// Loads a saved template (version 0 = the latest).
    bool openSaved(const QString &name, int version = 0);
    /// Uses a ticket of the store as the sample; false when it does not exist.
    bool pickTicket(const QString &ticketId);
    void setPreviewMode(PreviewMode mode);
    /// Fills the version differences list: `from` → `to` (0 = the rows in the editor).
    QList<tixsync::tpl::FieldDifference> compareVersions(int from, int to);
    /// Saves version `version`'s rows as a new version with the comment "Revert to vN" and shows
    /// them; returns the new version (0 on error). No confirmation (see revertButton()).
    int revertTo(int version);
    /// Sends the picked ticket to TIXNGO through the sync engine (after confirmation).
    void testInjection();

signals:
    /// After each preview refresh (tests, status bar).
    void previewUpdated();
    /// After a ticket search answered (tests).
    void ticketSearchFinished(int hits);
    /// The test injection's run ended (tests; the page shows the answer).
    void testInjectionFinished(const tixsync::sync::RunResult &result);
    /// A test injection changed tickets (the main window reloads its views).
    void ticketsChanged();

private:
    struct Sample {
        tixsync::tpl::VariableSet variables;
        std::optional<tixsync::Ticket> ticket;
        tixsync::Event event;
        tixsync::tpl::PayloadOptions options; // with the ticket's product comfort variables
    };
    struct Rendered {
        quint64 generation = 0;
        QList<tixsync::tpl::TemplateProblem> problems;
        QList<tixsync::tpl::PayloadProblem> payloadProblems;
        QList<tixsync::tpl::TemplateChange> changes;
        QByteArray json; // pretty, empty when the template could not be rendered
        QByteArray compact;
        QList<tixsync::tpl::DiffLine> templateDiff; // without template → with
        QList<tixsync::tpl::DiffLine> injectedDiff; // last injected → now (when kept)
        QString error;
    };
    struct SearchResult {
        quint64 generation = 0;
        QList<tixsync::tpl::TicketHit> hits;
        QString error;
    };
    static Rendered render(quint64 generation, const QList<tixsync::tpl::TemplateField> &fields, const Sample &sample,
        const QByteArray &injected);
    void scheduleRender();
    void startRender();
    void renderFinished();
    void showRendered();
    void setPreviewText(const QString &json, const QList<LineMark> &marks);
    QString sampleName() const;
    void onProblemActivated(QTreeWidgetItem *item);
    void chooseImport();
    void chooseExport();
    void chooseVariables();
    void askSaveVersion();
    void fillSavedMenu();
    void searchTickets();
    void searchFinished();
    void refreshVersions();
    void compareSelected();
    void askRevert();
    void askUseForInjection();
    void startTestInjection();
    void testInjectionDone(const tixsync::sync::RunResult &result);
    void loadLastInjected();
    tixsync::tpl::PayloadOptions effectiveOptions() const;
    QString injectionTemplateNote() const;

    TemplateFieldModel *m_model;
    QTableView *m_table;
    QWidget *m_preview; // QsciScintilla or QPlainTextEdit
    QLabel *m_previewState;
    QTreeWidget *m_problems;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_ticketSearch = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_hits = nullptr;
    QButtonGroup *m_modes = nullptr;
    QTreeWidget *m_versions = nullptr;
    QTreeWidget *m_versionDiff = nullptr;
    QPushButton *m_openVersion = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_testInject = nullptr;
    QLabel *m_testResult = nullptr;
    QString m_name = QStringLiteral("template");
    tixsync::Store *m_store = nullptr;
    QAction *m_saveVersion = nullptr;
    QToolButton *m_openSaved = nullptr;
    QAction *m_useForInjection = nullptr;
    tixsync::tpl::VariableSet m_variables;
    tixsync::tpl::PayloadOptions m_options;
    std::optional<tixsync::Ticket> m_ticket;
    tixsync::Event m_event;
    std::optional<tixsync::Product> m_product;
    QString m_ticketLabel;
    std::optional<tixsync::tpl::InjectedPayload> m_injected;
    QString m_injectedError;
    PreviewMode m_mode = PreviewMode::Payload;
    Rendered m_shown; // the last valid rendering
    QList<LineMark> m_marks;
    QTimer m_debounce;
    QFutureWatcher<Rendered> m_watcher;
    quint64 m_generation = 0;
    bool m_rerun = false;
    bool m_stale = false;
    QTimer m_searchDebounce;
    QFutureWatcher<SearchResult> m_searchWatcher;
    quint64 m_searchGeneration = 0;
    bool m_searchAgain = false;
    tixsync::sync::RunController::TransportFactory m_factory;
    tixsync::secrets::ConnectionProfile m_profile;
    tixsync::sync::RunController *m_runner = nullptr;
};
