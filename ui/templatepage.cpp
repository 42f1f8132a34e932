#include "templatepage.h"

#include "templatefielddelegate.h"
#include "templatefieldmodel.h"

#include "template/templatestore.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#ifdef TIXSYNC_HAVE_QSCINTILLA
#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>
#endif

using namespace tixsync;
using namespace tixsync::tpl;

namespace {
enum ProblemRole { RowRole = Qt::UserRole + 1, ColumnRole, PartRole };
constexpr int debounceMs = 50;
} // namespace

TemplatePage::TemplatePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new TemplateFieldModel(this))
    , m_table(new QTableView(this))
    , m_previewState(new QLabel(this))
    , m_problems(new QTreeWidget(this))
    , m_variables(VariableSet::example())
{
    auto *toolbar = new QToolBar(this);
    QAction *add = toolbar->addAction(tr("Add row"));
    QAction *remove = toolbar->addAction(tr("Remove row"));
    toolbar->addSeparator();
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    QAction *import = toolbar->addAction(tr("Import…"));
    QAction *exportAction = toolbar->addAction(tr("Export…"));
    toolbar->addSeparator();
    m_saveVersion = toolbar->addAction(tr("Save version…"));
    m_saveVersion->setToolTip(tr("Save the template in the database as a new version"));
    m_openSaved = new QToolButton(toolbar);
    m_openSaved->setText(tr("Open saved"));
    m_openSaved->setPopupMode(QToolButton::InstantPopup);
    m_openSaved->setMenu(new QMenu(m_openSaved));
    toolbar->addWidget(m_openSaved);
    m_saveVersion->setEnabled(false);
    m_openSaved->setEnabled(false);
    toolbar->addSeparator();
    QAction *variables = toolbar->addAction(tr("Sample data…"));
    variables->setToolTip(tr("Load a variable set (JSON) to preview the payload with"));

    m_table->setModel(m_model);
    m_table->setItemDelegate(new TemplateFieldDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(TemplateFieldModel::PathColumn, 220);
    m_table->setColumnWidth(TemplateFieldModel::ValueColumn, 360);
    m_table->setColumnWidth(TemplateFieldModel::TypeColumn, 80);

    m_problems->setColumnCount(4);
    m_problems->setHeaderLabels({tr("Row"), tr("Column"), tr("Severity"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->header()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 50);
    m_problems->setColumnWidth(1, 60);
    m_problems->setColumnWidth(2, 80);

#ifdef TIXSYNC_HAVE_QSCINTILLA
    auto *sci = new QsciScintilla(this);
    auto *lexer = new QsciLexerJSON(sci);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sci->setLexer(lexer);
    sci->setReadOnly(true);
    sci->setMarginWidth(0, QStringLiteral("0000"));
    sci->setMarginLineNumbers(0, true);
    sci->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_preview = sci;
#else
    auto *plain = new QPlainTextEdit(this);
    plain->setReadOnly(true);
    plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview = plain;
#endif
    m_previewState->setWordWrap(true);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_problems);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewState);
    rightLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TemplatePage::startRender);
    connect(m_model, &TemplateFieldModel::fieldsChanged, this, &TemplatePage::scheduleRender);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &TemplatePage::renderFinished);
    connect(m_problems, &QTreeWidget::itemClicked, this, &TemplatePage::onProblemActivated);
    connect(m_problems, &QTreeWidget::itemActivated, this, &TemplatePage::onProblemActivated);
    connect(add, &QAction::triggered, this, [this] {
        const int row
            = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : int(m_model->rowCount());
        m_model->insertField(row, TemplateField(QString(), QString()));
        m_table->setCurrentIndex(m_model->index(row, TemplateFieldModel::PathColumn));
        m_table->edit(m_table->currentIndex());
    });
    connect(remove, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            m_model->removeField(m_table->currentIndex().row());
    });
    connect(import, &QAction::triggered, this, &TemplatePage::chooseImport);
    connect(exportAction, &QAction::triggered, this, &TemplatePage::chooseExport);
    connect(variables, &QAction::triggered, this, &TemplatePage::chooseVariables);
    connect(m_saveVersion, &QAction::triggered, this, &TemplatePage::askSaveVersion);
    connect(m_openSaved->menu(), &QMenu::aboutToShow, this, &TemplatePage::fillSavedMenu);

    setTemplate(Template::defaultTemplate());
}

TemplatePage::~TemplatePage()
{
    m_watcher.waitForFinished();
}

QString TemplatePage::previewText() const
{
#ifdef TIXSYNC_HAVE_QSCINTILLA
    return static_cast<QsciScintilla *>(m_preview)->text();
#else
    return static_cast<QPlainTextEdit *>(m_preview)->toPlainText();
#endif
}

void TemplatePage::setPreviewText(const QString &json)
{
#ifdef TIXSYNC_HAVE_QSCINTILLA
    auto *sci = static_cast<QsciScintilla *>(m_preview);
    int line = 0;
    int index = 0;
    sci->getCursorPosition(&line, &index);
    const int first = sci->firstVisibleLine();
    sci->setText(json);
    sci->setFirstVisibleLine(first);
    sci->setCursorPosition(line, index);
#else
    auto *plain = static_cast<QPlainTextEdit *>(m_preview);
    const int scroll = plain->verticalScrollBar() ? plain->verticalScrollBar()->value() : 0;
    plain->setPlainText(json);
    if (plain->verticalScrollBar())
        plain->verticalScrollBar()->setValue(scroll);
#endif
}

void TemplatePage::setTemplate(const Template &tpl)
{
    m_name = tpl.name().isEmpty() ? QStringLiteral("template") : tpl.name();
    m_model->setFields(tpl.fields());
}

Template TemplatePage::currentTemplate() const
{
    return Template(m_name, m_model->fields());
}

void TemplatePage::setVariables(const VariableSet &variables)
{
    m_variables = variables;
    scheduleRender();
}

void TemplatePage::setOptions(const PayloadOptions &options)
{
    m_options = options;
    scheduleRender();
}

void TemplatePage::scheduleRender()
{
    m_debounce.start();
}

TemplatePage::Rendered TemplatePage::render(
    quint64 generation, const QList<TemplateField> &fields, const VariableSet &variables, const PayloadOptions &options)
{
    Rendered r;
    r.generation = generation;
    auto tpl = std::make_shared<const Template>(QStringLiteral("preview"), fields);
    r.problems = tpl->problems();
    if (tpl->hasErrors())
        return r;
    PayloadBuilder builder(tpl, options);
    if (auto st = builder.status(); !st) {
        r.error = st.error().toString();
        return r;
    }
    auto json = builder.build(variables, &r.changes, &r.payloadProblems);
    if (!json) {
        r.error = json.error().message;
        return r;
    }
    r.json = PayloadBuilder::prettyPrint(*json);
    return r;
}

void TemplatePage::startRender()
{
    if (m_watcher.isRunning()) {
        m_rerun = true; // render again as soon as the running one ends
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run(&TemplatePage::render, ++m_generation, m_model->fields(), m_variables, m_options));
}

void TemplatePage::renderFinished()
{
    const Rendered r = m_watcher.result();
    if (m_rerun) { // the template changed meanwhile: this result is already old
        m_rerun = false;
        startRender();
        return;
    }
    if (r.generation != m_generation)
        return;
    m_problems->clear();
    auto addItem = [this](int row, int column, int part, const QString &severity, const QString &message) {
        auto *item = new QTreeWidgetItem(m_problems,
            {row > 0 ? QString::number(row) : QString(), column > 0 ? QString::number(column) : QString(), severity,
                message});
        item->setData(0, RowRole, row);
        item->setData(0, ColumnRole, column);
        item->setData(0, PartRole, part);
        item->setToolTip(3, message);
    };
    for (const TemplateProblem &p : r.problems)
        addItem(p.row, p.column, int(p.part),
            p.severity == TemplateProblem::Severity::Error ? tr("error") : tr("warning"), p.message);
    for (const PayloadProblem &p : r.payloadProblems)
        addItem(p.row, 0, int(TemplateProblem::Part::Value), tr("payload"), p.toString());
    if (!r.error.isEmpty())
        addItem(0, 0, -1, tr("error"), r.error);

    if (!r.json.isEmpty()) {
        setPreviewText(QString::fromUtf8(r.json));
        m_stale = false;
        m_previewState->setText(r.payloadProblems.isEmpty()
                ? tr("TIXNGO payload for the sample data \"%1\" (%n value(s) set by the template)", nullptr,
                    int(r.changes.size()))
                      .arg(m_variables.name)
                : tr("TIXNGO payload for \"%1\": %n problem(s) TIXNGO would refuse, see the list", nullptr,
                    int(r.payloadProblems.size()))
                      .arg(m_variables.name));
    } else {
        m_stale = true;
        m_previewState->setText(tr("The template has errors: the preview shows the last valid payload. Click a "
                                   "problem to go to it."));
    }
    emit previewUpdated();
}

void TemplatePage::showProblem(int row, int column, int part)
{
    if (row < 1 || row > m_model->rowCount())
        return;
    int col = TemplateFieldModel::ValueColumn;
    switch (TemplateProblem::Part(part)) {
    case TemplateProblem::Part::Path:
        col = TemplateFieldModel::PathColumn;
        break;
    case TemplateProblem::Part::Type:
        col = TemplateFieldModel::TypeColumn;
        break;
    case TemplateProblem::Part::Condition:
        col = TemplateFieldModel::ConditionColumn;
        break;
    case TemplateProblem::Part::Value:
        break;
    }
    const QModelIndex index = m_model->index(row - 1, col);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
    for (QLineEdit *edit : m_table->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible() || !edit->isHidden()) {
            edit->deselect();
            edit->setCursorPosition(qMax(0, column - 1));
            edit->setFocus();
        }
    }
}

void TemplatePage::onProblemActivated(QTreeWidgetItem *item)
{
    if (item)
        showProblem(item->data(0, RowRole).toInt(), item->data(0, ColumnRole).toInt(), item->data(0, PartRole).toInt());
}

bool TemplatePage::importFile(const QString &fileName)
{
    auto tpl = Template::fromFile(fileName);
    if (!tpl) {
        QMessageBox::warning(this, tr("Import template"), tpl.error().toString());
        return false;
    }
    setTemplate(*tpl);
    return true;
}

bool TemplatePage::exportFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(currentTemplate().toJson()) < 0) {
        QMessageBox::warning(this, tr("Export template"), tr("Cannot write %1: %2").arg(fileName, f.errorString()));
        return false;
    }
    return true;
}

void TemplatePage::chooseImport()
{
    QFileDialog *dialog = new QFileDialog(this, tr("Import template"), QString(), tr("Templates (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &TemplatePage::importFile);
    dialog->open();
}

void TemplatePage::chooseExport()
{
    QFileDialog *dialog
        = new QFileDialog(this, tr("Export template"), m_name + QStringLiteral(".json"), tr("Templates (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &TemplatePage::exportFile);
    dialog->open();
}

void TemplatePage::chooseVariables()
{
    QFileDialog *dialog = new QFileDialog(this, tr("Sample data"), QString(), tr("Variable sets (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        QFile f(fileName);
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Sample data"), tr("Cannot read %1: %2").arg(fileName, f.errorString()));
            return;
        }
        auto vars = VariableSet::fromJson(f.readAll());
        if (!vars) {
            QMessageBox::warning(this, tr("Sample data"), vars.error().toString());
            return;
        }
        if (vars->name.isEmpty())
            vars->name = QFileInfo(fileName).completeBaseName();
        setVariables(*vars);
    });
    dialog->open();
}

void TemplatePage::setStore(Store *store)
{
    m_store = store;
    m_saveVersion->setEnabled(store != nullptr);
    m_openSaved->setEnabled(store != nullptr);
}

int TemplatePage::saveVersion(const QString &comment)
{
    if (!m_store)
        return 0;
    TemplateStore ts(*m_store);
    auto version = ts.save(currentTemplate(), comment);
    if (!version) {
        QMessageBox::warning(this, tr("Save version"), version.error().toString());
        return 0;
    }
    return *version;
}

bool TemplatePage::openSaved(const QString &name, int version)
{
    if (!m_store)
        return false;
    auto tpl = TemplateStore(*m_store).load(name, version);
    if (!tpl) {
        QMessageBox::warning(this, tr("Open saved template"), tpl.error().toString());
        return false;
    }
    setTemplate(*tpl);
    return true;
}

void TemplatePage::askSaveVersion()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save version"));
    dialog->setLabelText(
        tr("What changed in \"%1\"? (kept with the version, your user name and the time)").arg(m_name));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &comment) { saveVersion(comment); });
    dialog->open();
}

void TemplatePage::fillSavedMenu()
{
    QMenu *menu = m_openSaved->menu();
    menu->clear();
    if (!m_store)
        return;
    TemplateStore ts(*m_store);
    const auto names = ts.names();
    if (!names || names->isEmpty()) {
        menu->addAction(tr("No saved templates"))->setEnabled(false);
        return;
    }
    for (const QString &name : *names) {
        QMenu *sub = menu->addMenu(name);
        const auto versions = ts.versions(name);
        if (!versions)
            continue;
        for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
            const int v = it->version;
            QAction *a = sub->addAction(tr("Version %1 — %2, %3: %4")
                                            .arg(v)
                                            .arg(QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat),
                                                it->author, it->comment));
            connect(a, &QAction::triggered, this, [this, name, v] { openSaved(name, v); });
        }
    }
}
