#pragma once

#include "template/payloadbuilder.h"
#include "template/template.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QPlainTextEdit;
class TemplateFieldModel;
class QToolButton;
namespace tixsync {
class Store;
}

/// The Template page: the ticket template as an editable table (with completion and undo/redo),
/// a live JSON preview of the TIXNGO payload for a variable set, and the problems list. The
/// preview is rendered in a worker thread ~50 ms after the last change; a result for an older
/// edit is dropped, and while the template has errors the last valid payload stays visible.
/// Clicking a problem puts the cursor on its row and column.
class TemplatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePage)
public:
    explicit TemplatePage(QWidget *parent = nullptr);
    ~TemplatePage() override;

    TemplateFieldModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *problemList() const { return m_problems; }
    /// The JSON shown in the preview.
    QString previewText() const;
    /// True while the preview shows an older payload because the template has errors.
    bool previewIsStale() const { return m_stale; }

    void setTemplate(const tixsync::tpl::Template &tpl);
    tixsync::tpl::Template currentTemplate() const;
    void setVariables(const tixsync::tpl::VariableSet &variables);
    void setOptions(const tixsync::tpl::PayloadOptions &options);
    /// The database for "Save version" and "Open saved" (templates with versions); may be null.
    /// It must belong to the GUI thread (the calls are single small statements).
    void setStore(tixsync::Store *store);

public slots:
    bool importFile(const QString &fileName);
    bool exportFile(const QString &fileName);
    /// Selects the problem's row and opens its cell with the cursor on the column.
    void showProblem(int row, int column, int part);
    /// Saves the current rows as a new version in the database; returns the version (0 on error).
    int saveVersion(const QString &comment);
    /// Loads a saved template (version 0 = the latest).
    bool openSaved(const QString &name, int version = 0);

signals:
    /// After each preview refresh (tests, status bar).
    void previewUpdated();

private:
    struct Rendered {
        quint64 generation = 0;
        QList<tixsync::tpl::TemplateProblem> problems;
        QList<tixsync::tpl::PayloadProblem> payloadProblems;
        QList<tixsync::tpl::TemplateChange> changes;
        QByteArray json; // pretty, empty when the template could not be rendered
        QString error;
    };
    static Rendered render(quint64 generation, const QList<tixsync::tpl::TemplateField> &fields,
        const tixsync::tpl::VariableSet &variables, const tixsync::tpl::PayloadOptions &options);
    void scheduleRender();
    void startRender();
    void renderFinished();
    void setPreviewText(const QString &json);
    void onProblemActivated(QTreeWidgetItem *item);
    void chooseImport();
    void chooseExport();
    void chooseVariables();
    void askSaveVersion();
    void fillSavedMenu();

    TemplateFieldModel *m_model;
    QTableView *m_table;
    QWidget *m_preview; // QsciScintilla or QPlainTextEdit
    QLabel *m_previewState;
    QTreeWidget *m_problems;
    QString m_name = QStringLiteral("template");
    tixsync::Store *m_store = nullptr;
    QAction *m_saveVersion = nullptr;
    QToolButton *m_openSaved = nullptr;
    tixsync::tpl::VariableSet m_variables;
    tixsync::tpl::PayloadOptions m_options;
    QTimer m_debounce;
    QFutureWatcher<Rendered> m_watcher;
    quint64 m_generation = 0;
    bool m_rerun = false;
    bool m_stale = false;
};
