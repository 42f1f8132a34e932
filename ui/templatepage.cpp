#include "templatepage.h"

#include "productionconfirmation.h"
#include "templatefielddelegate.h"
#include "templatefieldmodel.h"

#include "core/store.h"
#include "sync/payloadfactory.h"
#include "sync/syncengine.h"
#include "template/templatestore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QButtonGroup>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
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
enum { TicketIdRole = Qt::UserRole + 1, VersionRole };
constexpr int debounceMs = 50;
constexpr int searchDebounceMs = 150;
constexpr int searchLimit = 20;
// QScintilla markers: line backgrounds and the +/- symbols in margin 1.
enum Marker { TemplateMarker = 0, AddedMarker = 1, RemovedMarker = 2, PlusMarker = 3, MinusMarker = 4 };
const QColor templateColor(255, 243, 176);
const QColor addedColor(200, 240, 200);
const QColor removedColor(250, 205, 205);

QStringList linesOf(const QByteArray &json)
{
    QStringList lines = QString::fromUtf8(json).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString fieldText(const TemplateField &f)
{
    QString text = f.path + QStringLiteral(" = ") + f.value;
    if (f.type != FieldType::Text)
        text += QStringLiteral(" (") + fieldTypeName(f.type) + QLatin1Char(')');
    if (!f.condition.isEmpty())
        text += QStringLiteral(" if ") + f.condition;
    return text;
}
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
    m_useForInjection = toolbar->addAction(tr("Use for injection…"));
    m_useForInjection->setObjectName(QStringLiteral("useForInjection"));
    m_useForInjection->setToolTip(
        tr("Make ticket injection (by a click, a schedule or tixsync-cli) build payloads with the latest saved "
           "version of this template"));
    m_saveVersion->setEnabled(false);
    m_openSaved->setEnabled(false);
    m_useForInjection->setEnabled(false);
    toolbar->addSeparator();
    QAction *variables = toolbar->addAction(tr("Sample data…"));
    variables->setToolTip(tr("Load a variable set (JSON) to preview the payload with"));

    m_table->setModel(m_model);
    m_table->setItemDelegate(new TemplateFieldDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // Drag a row by one of its cells to move it (with the rows selected); one undoable step.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setToolTip(
        tr("Click a row number to select the row, then drag one of its cells to move it"));
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

    // Versions: history, compare, revert.
    auto *versionsTab = new QWidget(this);
    m_versions = new QTreeWidget(versionsTab);
    m_versions->setColumnCount(4);
    m_versions->setHeaderLabels({tr("Version"), tr("Saved by"), tr("When"), tr("Comment")});
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->header()->setStretchLastSection(true);
    m_versions->setColumnWidth(0, 50);
    m_versions->setColumnWidth(1, 80);
    m_versions->setColumnWidth(2, 150);
    m_versionDiff = new QTreeWidget(versionsTab);
    m_versionDiff->setColumnCount(4);
    m_versionDiff->setHeaderLabels({tr("Row"), tr("Change"), tr("Before"), tr("After")});
    m_versionDiff->setRootIsDecorated(false);
    m_versionDiff->setUniformRowHeights(true);
    m_versionDiff->setColumnWidth(0, 45);
    m_versionDiff->setColumnWidth(1, 110);
    m_versionDiff->setColumnWidth(2, 330);
    m_versionDiff->header()->setStretchLastSection(true);
    m_openVersion = new QPushButton(tr("Open"), versionsTab);
    m_openVersion->setToolTip(tr("Show the selected version's rows in the editor"));
    m_compare = new QPushButton(tr("Compare"), versionsTab);
    m_compare->setToolTip(tr("Select two versions to compare them, or one to compare it with the rows in the editor"));
    m_revert = new QPushButton(tr("Revert to…"), versionsTab);
    m_revert->setToolTip(tr("Save the selected version's rows as a new version"));
    auto *versionButtons = new QVBoxLayout;
    versionButtons->addWidget(m_openVersion);
    versionButtons->addWidget(m_compare);
    versionButtons->addWidget(m_revert);
    versionButtons->addStretch(1);
    auto *versionSplit = new QSplitter(Qt::Vertical, versionsTab);
    versionSplit->addWidget(m_versions);
    versionSplit->addWidget(m_versionDiff);
    auto *versionLayout = new QHBoxLayout(versionsTab);
    versionLayout->setContentsMargins(0, 0, 0, 0);
    versionLayout->addWidget(versionSplit, 1);
    versionLayout->addLayout(versionButtons);

    // Test injection.
    auto *testTab = new QWidget(this);
    auto *testIntro = new QLabel(tr("Sends the picked ticket to TIXNGO as an injection run does: the run history, the "
                                    "ledger and the audit log record it, and the ticket becomes PRINTED."),
        testTab);
    testIntro->setWordWrap(true);
    m_testInject = new QPushButton(tr("Send this ticket to TIXNGO…"), testTab);
    m_testInject->setEnabled(false);
    m_testResult = new QLabel(tr("Pick a ticket (search above the preview) to send it."), testTab);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testLayout = new QVBoxLayout(testTab);
    testLayout->addWidget(testIntro);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testInject);
    testRow->addStretch(1);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_testResult);
    testLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(versionsTab, tr("Versions"));
    m_tabs->addTab(testTab, tr("Test injection"));

#ifdef TIXSYNC_HAVE_QSCINTILLA
    auto *sci = new QsciScintilla(this);
    auto *lexer = new QsciLexerJSON(sci);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sci->setLexer(lexer);
    sci->setReadOnly(true);
    sci->setMarginWidth(0, QStringLiteral("0000"));
    sci->setMarginLineNumbers(0, true);
    sci->setMarginWidth(1, 14);
    sci->setMarginMarkerMask(1, (1 << PlusMarker) | (1 << MinusMarker));
    sci->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    sci->markerDefine(QsciScintilla::Background, TemplateMarker);
    sci->setMarkerBackgroundColor(templateColor, TemplateMarker);
    sci->markerDefine(QsciScintilla::Background, AddedMarker);
    sci->setMarkerBackgroundColor(addedColor, AddedMarker);
    sci->markerDefine(QsciScintilla::Background, RemovedMarker);
    sci->setMarkerBackgroundColor(removedColor, RemovedMarker);
    sci->markerDefine(QsciScintilla::Plus, PlusMarker);
    sci->setMarkerBackgroundColor(QColor(40, 140, 40), PlusMarker);
    sci->markerDefine(QsciScintilla::Minus, MinusMarker);
    sci->setMarkerBackgroundColor(QColor(190, 40, 40), MinusMarker);
    m_preview = sci;
#else
    auto *plain = new QPlainTextEdit(this);
    plain->setReadOnly(true);
    plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview = plain;
#endif
    m_previewState->setWordWrap(true);

    // The sample: a ticket found by search, or the variable set.
    m_ticketSearch = new QLineEdit(this);
    m_ticketSearch->setPlaceholderText(tr("Preview a ticket: search by ticket id, number, holder name or barcode"));
    m_ticketSearch->setClearButtonEnabled(true);
    m_ticketSearch->setEnabled(false); // until setStore()
    m_ticketSearch->setToolTip(tr("Empty: the preview uses the sample data (variable set)"));
    m_hits = new QStandardItemModel(this);
    m_completer = new QCompleter(m_hits, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_ticketSearch);

    auto *modeRow = new QHBoxLayout;
    modeRow->setContentsMargins(0, 0, 0, 0);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    const std::pair<PreviewMode, QString> modes[] = {
        {PreviewMode::Payload, tr("Payload")},
        {PreviewMode::WithoutTemplate, tr("Without template")},
        {PreviewMode::LastInjected, tr("Versus last injected")},
    };
    const QString tips[] = {
        tr("The payload; the lines the template set are highlighted"),
        tr("The payload from batch defaults and comfort variables only, with the template's changes: red = "
           "replaced by the template, green = set by the template"),
        tr("What a re-injection of the picked ticket would change: red = as last injected, green = as it would be "
           "sent now"),
    };
    for (int i = 0; i < 3; ++i) {
        auto *b = new QToolButton(this);
        b->setText(modes[i].second);
        b->setToolTip(tips[i]);
        b->setCheckable(true);
        b->setChecked(i == 0);
        b->setAutoRaise(true);
        m_modes->addButton(b, int(modes[i].first));
        modeRow->addWidget(b);
    }
    modeRow->addStretch(1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_tabs);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_ticketSearch);
    rightLayout->addLayout(modeRow);
    rightLayout->addWidget(m_previewState);
    rightLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({840, 560}); // scaled to the page's width

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(searchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TemplatePage::startRender);
    connect(m_model, &TemplateFieldModel::fieldsChanged, this, &TemplatePage::scheduleRender);
    connect(m_model, &TemplateFieldModel::rowsReordered, this, [this](const QList<int> &rows) {
        if (rows.isEmpty())
            return;
        m_table->selectionModel()->clearSelection();
        m_table->setCurrentIndex(m_model->index(rows.first(), TemplateFieldModel::PathColumn));
    });
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &TemplatePage::renderFinished);
    connect(&m_searchDebounce, &QTimer::timeout, this, &TemplatePage::searchTickets);
    connect(&m_searchWatcher, &QFutureWatcher<SearchResult>::finished, this, &TemplatePage::searchFinished);
    connect(m_ticketSearch, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchDebounce.stop();
            m_hits->clear();
            if (m_ticket)
                setVariables(m_variables); // back to the variable set
            return;
        }
        m_searchDebounce.start();
    });
    connect(m_ticketSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_hits->rowCount() > 0 && !m_completer->popup()->isVisible())
            pickTicket(m_hits->item(0)->data(TicketIdRole).toString());
    });
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
        [this](const QModelIndex &index) { pickTicket(index.data(TicketIdRole).toString()); });
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setPreviewMode(PreviewMode(id)); });
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
    connect(m_useForInjection, &QAction::triggered, this, &TemplatePage::askUseForInjection);
    connect(m_openSaved->menu(), &QMenu::aboutToShow, this, &TemplatePage::fillSavedMenu);
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, [this] {
        const int n = int(m_versions->selectedItems().size());
        m_openVersion->setEnabled(n == 1);
        m_compare->setEnabled(n == 1 || n == 2);
        m_revert->setEnabled(n == 1);
    });
    connect(m_versions, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item)
            compareVersions(item->data(0, VersionRole).toInt(), 0);
    });
    connect(m_openVersion, &QPushButton::clicked, this, [this] {
        const auto items = m_versions->selectedItems();
        if (items.size() == 1)
            openSaved(m_name, items.first()->data(0, VersionRole).toInt());
    });
    connect(m_compare, &QPushButton::clicked, this, &TemplatePage::compareSelected);
    connect(m_revert, &QPushButton::clicked, this, &TemplatePage::askRevert);
    connect(m_testInject, &QPushButton::clicked, this, &TemplatePage::testInjection);
    m_openVersion->setEnabled(false);
    m_compare->setEnabled(false);
    m_revert->setEnabled(false);

    setTemplate(Template::defaultTemplate());
}

TemplatePage::~TemplatePage()
{
    m_watcher.waitForFinished();
    m_searchWatcher.waitForFinished();
    delete m_runner; // waits for a test injection in flight
    m_runner = nullptr;
}

QString TemplatePage::previewText() const
{
#ifdef TIXSYNC_HAVE_QSCINTILLA
    return static_cast<QsciScintilla *>(m_preview)->text();
#else
    return static_cast<QPlainTextEdit *>(m_preview)->toPlainText();
#endif
}

QString TemplatePage::previewState() const
{
    return m_previewState->text();
}

TemplatePage::LineMark TemplatePage::previewLineMark(int line) const
{
#ifdef TIXSYNC_HAVE_QSCINTILLA
    const unsigned mask = static_cast<QsciScintilla *>(m_preview)->markersAtLine(line);
    if (mask & (1u << AddedMarker))
        return LineMark::Added;
    if (mask & (1u << RemovedMarker))
        return LineMark::Removed;
    if (mask & (1u << TemplateMarker))
        return LineMark::Template;
    return LineMark::None;
#else
    auto *plain = static_cast<QPlainTextEdit *>(m_preview);
    for (const QTextEdit::ExtraSelection &s : plain->extraSelections()) {
        if (s.cursor.blockNumber() != line)
            continue;
        const QColor c = s.format.background().color();
        return c == addedColor ? LineMark::Added : c == removedColor ? LineMark::Removed : LineMark::Template;
    }
    return LineMark::None;
#endif
}

int TemplatePage::previewLineOf(const QString &text) const
{
    const QStringList lines = previewText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text))
            return i;
    return -1;
}

QString TemplatePage::sampleTicketId() const
{
    return m_ticket ? m_ticket->ticketId : QString();
}

void TemplatePage::setPreviewText(const QString &json, const QList<LineMark> &marks)
{
    m_marks = marks;
#ifdef TIXSYNC_HAVE_QSCINTILLA
    auto *sci = static_cast<QsciScintilla *>(m_preview);
    int line = 0;
    int index = 0;
    sci->getCursorPosition(&line, &index);
    const int first = sci->firstVisibleLine();
    sci->setText(json);
    sci->markerDeleteAll();
    for (int i = 0; i < marks.size(); ++i) {
        switch (marks[i]) {
        case LineMark::None:
            break;
        case LineMark::Template:
            sci->markerAdd(i, TemplateMarker);
            break;
        case LineMark::Added:
            sci->markerAdd(i, AddedMarker);
            sci->markerAdd(i, PlusMarker);
            break;
        case LineMark::Removed:
            sci->markerAdd(i, RemovedMarker);
            sci->markerAdd(i, MinusMarker);
            break;
        }
    }
    sci->setFirstVisibleLine(first);
    sci->setCursorPosition(line, index);
#else
    auto *plain = static_cast<QPlainTextEdit *>(m_preview);
    const int scroll = plain->verticalScrollBar() ? plain->verticalScrollBar()->value() : 0;
    plain->setPlainText(json);
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < marks.size(); ++i) {
        if (marks[i] == LineMark::None)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(plain->document()->findBlockByNumber(i));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setBackground(marks[i] == LineMark::Added ? addedColor
                : marks[i] == LineMark::Removed            ? removedColor
                                                           : templateColor);
        selections << s;
    }
    plain->setExtraSelections(selections);
    if (plain->verticalScrollBar())
        plain->verticalScrollBar()->setValue(scroll);
#endif
}

void TemplatePage::setTemplate(const Template &tpl)
{
    m_name = tpl.name().isEmpty() ? QStringLiteral("template") : tpl.name();
    m_model->setFields(tpl.fields());
    refreshVersions();
}

Template TemplatePage::currentTemplate() const
{
    return Template(m_name, m_model->fields());
}

void TemplatePage::setVariables(const VariableSet &variables)
{
    m_variables = variables;
    m_ticket.reset();
    m_product.reset();
    m_injected.reset();
    m_injectedError.clear();
    m_ticketLabel.clear();
    m_testInject->setEnabled(false);
    m_testResult->setText(tr("Pick a ticket (search above the preview) to send it."));
    scheduleRender();
}

void TemplatePage::setOptions(const PayloadOptions &options)
{
    m_options = options;
    scheduleRender();
}

PayloadOptions TemplatePage::effectiveOptions() const
{
    PayloadOptions o = m_options;
    if (m_store) {
        // As injection builds it (sync/barcodePrefix, sync/barcodePostfix, sync/languages, the
        // injection's sendMultilingualAsJsonObject).
        const auto settings = sync::InjectionSettings::load(*m_store);
        if (o.barcodePrefix.isEmpty())
            o.barcodePrefix = settings.barcodePrefix;
        if (o.barcodePostfix.isEmpty())
            o.barcodePostfix = settings.barcodePostfix;
        if (o.languages.isEmpty())
            o.languages = settings.languages;
        if (auto params
            = sync::CustomParameters::parse(sync::runs::customParametersText(*m_store, sync::SyncFunction::Inject)))
            o.sendMultilingualAsJsonObject = o.sendMultilingualAsJsonObject || params->sendMultilingualAsJsonObject;
    }
    if (m_product && m_product->hasComfortVariables()) {
        // The picked ticket's product comfort variables (TIXAct, TIXStart, TIXExp, TIXRGrp), as
        // injection applies them.
        o.comfortVariables = sync::comfortVariables(*m_product);
        o.seasonStart = m_product->seasonStart;
        o.seasonEnd = m_product->seasonEnd;
    }
    return o;
}

void TemplatePage::scheduleRender()
{
    m_debounce.start();
}

TemplatePage::Rendered TemplatePage::render(
    quint64 generation, const QList<TemplateField> &fields, const Sample &sample, const QByteArray &injected)
{
    Rendered r;
    r.generation = generation;
    auto tpl = std::make_shared<const Template>(QStringLiteral("preview"), fields);
    r.problems = tpl->problems();
    if (tpl->hasErrors())
        return r;
    PayloadBuilder builder(tpl, sample.options);
    if (auto st = builder.status(); !st) {
        r.error = st.error().toString();
        return r;
    }
    auto json = sample.ticket ? builder.build(*sample.ticket, sample.event, &r.changes, &r.payloadProblems)
                              : builder.build(sample.variables, &r.changes, &r.payloadProblems);
    if (!json) {
        r.error = json.error().message;
        return r;
    }
    r.compact = *json;
    r.json = PayloadBuilder::prettyPrint(*json);
    // The same sample without the template: batch defaults and comfort variables only.
    PayloadOptions baseOptions = sample.options;
    baseOptions.validate = false;
    PayloadBuilder base(nullptr, baseOptions);
    auto baseJson = sample.ticket ? base.build(*sample.ticket, sample.event) : base.build(sample.variables);
    const QStringList lines = linesOf(r.json);
    r.templateDiff = diffLines(baseJson ? linesOf(PayloadBuilder::prettyPrint(*baseJson)) : QStringList(), lines);
    if (!injected.isEmpty())
        r.injectedDiff = diffLines(linesOf(PayloadBuilder::prettyPrint(injected)), lines);
    return r;
}

void TemplatePage::startRender()
{
    if (m_watcher.isRunning()) {
        m_rerun = true; // render again as soon as the running one ends
        return;
    }
    Sample sample;
    sample.variables = m_variables;
    sample.ticket = m_ticket;
    sample.event = m_event;
    sample.options = effectiveOptions();
    const QByteArray injected = m_injected && !m_injected->truncated ? m_injected->payload : QByteArray();
    m_watcher.setFuture(QtConcurrent::run(&TemplatePage::render, ++m_generation, m_model->fields(), sample, injected));
}

QString TemplatePage::sampleName() const
{
    return m_ticket ? tr("ticket %1").arg(m_ticketLabel) : tr("the sample data \"%1\"").arg(m_variables.name);
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
    m_tabs->setTabText(0,
        m_problems->topLevelItemCount() > 0 ? tr("Problems (%1)").arg(m_problems->topLevelItemCount())
                                            : tr("Problems"));

    if (!r.json.isEmpty()) {
        m_shown = r;
        m_stale = false;
    } else {
        m_stale = true;
    }
    showRendered();
    emit previewUpdated();
}

void TemplatePage::showRendered()
{
    const Rendered &r = m_shown;
    QStringList lines;
    QList<LineMark> marks;
    QString state;
    auto plainPayload = [&] {
        for (const DiffLine &d : r.templateDiff) {
            if (d.kind == DiffLine::Kind::Removed)
                continue;
            lines << d.text;
            marks << (d.kind == DiffLine::Kind::Added ? LineMark::Template : LineMark::None);
        }
    };
    auto unified = [&](const QList<DiffLine> &diff) {
        for (const DiffLine &d : diff) {
            lines << d.text;
            marks << (d.kind == DiffLine::Kind::Added   ? LineMark::Added
                    : d.kind == DiffLine::Kind::Removed ? LineMark::Removed
                                                        : LineMark::None);
        }
    };
    switch (m_mode) {
    case PreviewMode::Payload:
        plainPayload();
        state = r.payloadProblems.isEmpty()
            ? tr("TIXNGO payload for %1 (%n value(s) changed by the template, highlighted)", nullptr,
                int(r.changes.size()))
                  .arg(sampleName())
            : tr("TIXNGO payload for %1: %n problem(s) TIXNGO would refuse, see the list", nullptr,
                int(r.payloadProblems.size()))
                  .arg(sampleName());
        break;
    case PreviewMode::WithoutTemplate:
        unified(r.templateDiff);
        state = tr("Payload for %1 without the template (batch defaults and comfort variables): red lines are "
                   "replaced by the template, green lines are what the template sets (%n value(s) changed)",
            nullptr, int(r.changes.size()))
                    .arg(sampleName());
        break;
    case PreviewMode::LastInjected:
        if (!m_ticket) {
            plainPayload();
            state = tr("Pick a ticket (search above) to compare with the payload last injected for it.");
        } else if (!m_injectedError.isEmpty()) {
            plainPayload();
            state = tr("Cannot read what was last injected: %1").arg(m_injectedError);
        } else if (!m_injected && m_ticket->tixngoStatus == TixngoStatus::None && !m_ticket->injectedAt.isValid()) {
            plainPayload();
            state = tr("Ticket %1 was never injected: an injection would send the whole payload below.")
                        .arg(m_ticket->ticketId);
        } else if (!m_injected) {
            plainPayload();
            state = tr("Ticket %1 is in TIXNGO (status %2), but no injection run of TixSync recorded what was sent, "
                       "so there is nothing to compare with: a re-injection would send the payload below.")
                        .arg(m_ticket->ticketId,
                            m_ticket->tixngoStatus == TixngoStatus::None ? tr("unknown")
                                                                         : toCode(m_ticket->tixngoStatus));
        } else {
            const QString when = QLocale().toString(m_injected->at.toLocalTime(), QLocale::ShortFormat);
            const bool same = payloadHash(r.compact) == m_injected->payloadHash;
            if (m_injected->payload.isEmpty() || m_injected->truncated) {
                plainPayload();
                state = (same ? tr("Last injected on %1 (run %2): a re-injection would send exactly the same payload.")
                              : tr("Last injected on %1 (run %2): a re-injection would send a different payload."))
                            .arg(when)
                            .arg(m_injected->runId)
                    + QLatin1Char(' ')
                    + tr("The run did not keep the whole JSON sent, so the lines that differ cannot be shown (custom "
                         "parameter maxLengthDumpedCallsInKbs).");
            } else {
                unified(r.injectedDiff);
                state = same
                    ? tr("Last injected on %1 (run %2): a re-injection would send exactly the same payload.")
                          .arg(when)
                          .arg(m_injected->runId)
                    : tr("Last injected on %1 (run %2): red lines as sent then, green lines as a re-injection would "
                         "send them now.")
                          .arg(when)
                          .arg(m_injected->runId);
            }
        }
        break;
    }
    if (m_stale)
        state = tr("The template has errors: the preview shows the last valid payload. Click a problem to go to it.");
    if (!lines.isEmpty() || !r.json.isEmpty())
        setPreviewText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), marks);
    m_previewState->setText(state);
}

void TemplatePage::setPreviewMode(PreviewMode mode)
{
    m_mode = mode;
    if (QAbstractButton *b = m_modes->button(int(mode)); b && !b->isChecked())
        b->setChecked(true);
    showRendered();
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
        m_ticketSearch->clear();
        setVariables(*vars);
    });
    dialog->open();
}

// ---- Sample picker -------------------------------------------------------------------------

void TemplatePage::searchTickets()
{
    if (!m_store)
        return;
    if (m_searchWatcher.isRunning()) {
        m_searchAgain = true;
        return;
    }
    const QString text = m_ticketSearch->text().trimmed();
    if (text.isEmpty())
        return;
    const QString location = m_store->location();
    const quint64 generation = ++m_searchGeneration;
    // A connection of its own in the worker: a name search on a big store never blocks typing.
    m_searchWatcher.setFuture(QtConcurrent::run([location, text, generation] {
        SearchResult r;
        r.generation = generation;
        auto store = Store::open(location);
        if (!store) {
            r.error = store.error().message;
            return r;
        }
        auto hits = tixsync::tpl::searchTickets(**store, text, searchLimit);
        if (!hits)
            r.error = hits.error().message;
        else
            r.hits = std::move(*hits);
        return r;
    }));
}

void TemplatePage::searchFinished()
{
    const SearchResult r = m_searchWatcher.result();
    if (m_searchAgain) {
        m_searchAgain = false;
        searchTickets();
        return;
    }
    if (r.generation != m_searchGeneration)
        return;
    m_hits->clear();
    if (!r.error.isEmpty()) {
        auto *item = new QStandardItem(tr("Search failed: %1").arg(r.error));
        item->setEnabled(false);
        m_hits->appendRow(item);
    } else if (r.hits.isEmpty()) {
        auto *item = new QStandardItem(tr("No ticket matches \"%1\"").arg(m_ticketSearch->text().trimmed()));
        item->setEnabled(false);
        m_hits->appendRow(item);
    }
    for (const TicketHit &h : r.hits) {
        auto *item = new QStandardItem(h.label());
        item->setData(h.ticketId, TicketIdRole);
        m_hits->appendRow(item);
    }
    if (m_ticketSearch->hasFocus() || m_ticketSearch->isVisible())
        m_completer->complete();
    emit ticketSearchFinished(int(r.hits.size()));
}

bool TemplatePage::pickTicket(const QString &ticketId)
{
    if (!m_store || ticketId.isEmpty())
        return false;
    const auto ticket = m_store->ticket(ticketId);
    if (!ticket) {
        m_previewState->setText(tr("Ticket %1 is not in the database any more: search again.").arg(ticketId));
        return false;
    }
    m_ticket = ticket;
    m_event = m_store->event(ticket->eventId).value_or(Event{});
    m_product = ticket->productCode.isEmpty() ? std::nullopt : m_store->product(ticket->productCode);
    QString holder = QString(ticket->holder.firstName + QLatin1Char(' ') + ticket->holder.lastName).trimmed();
    if (holder.isEmpty())
        holder = QString(ticket->contact.firstName + QLatin1Char(' ') + ticket->contact.lastName).trimmed();
    m_ticketLabel
        = holder.isEmpty() ? ticket->ticketId : ticket->ticketId + QStringLiteral(" (") + holder + QLatin1Char(')');
    m_ticketSearch->setText(m_ticketLabel);
    m_completer->popup()->hide();
    loadLastInjected();
    m_testInject->setEnabled(m_runner == nullptr);
    m_testResult->setText(tr("Ready to send ticket %1.").arg(m_ticketLabel));
    scheduleRender();
    return true;
}

void TemplatePage::loadLastInjected()
{
    m_injected.reset();
    m_injectedError.clear();
    if (!m_store || !m_ticket)
        return;
    auto last = lastInjected(*m_store, m_ticket->ticketId);
    if (!last)
        m_injectedError = last.error().message;
    else
        m_injected = *last;
}

// ---- Versions --------------------------------------------------------------------------------

void TemplatePage::setStore(Store *store)
{
    m_store = store;
    m_saveVersion->setEnabled(store != nullptr);
    m_openSaved->setEnabled(store != nullptr);
    m_useForInjection->setEnabled(store != nullptr);
    m_ticketSearch->setEnabled(store != nullptr);
    refreshVersions();
    scheduleRender();
}

void TemplatePage::setTransportFactory(sync::RunController::TransportFactory factory)
{
    m_factory = std::move(factory);
}

void TemplatePage::setConnectionProfile(const secrets::ConnectionProfile &profile)
{
    m_profile = profile;
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
    m_model->undoStack()->setClean();
    refreshVersions();
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

void TemplatePage::refreshVersions()
{
    m_versions->clear();
    m_versionDiff->clear();
    if (!m_store) {
        m_tabs->setTabText(1, tr("Versions"));
        return;
    }
    const auto versions = TemplateStore(*m_store).versions(m_name);
    if (!versions) {
        m_tabs->setTabText(1, tr("Versions"));
        return;
    }
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_versions,
            {tr("v%1").arg(it->version), it->author,
                QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat), it->comment});
        item->setData(0, VersionRole, it->version);
        item->setToolTip(3, it->comment);
    }
    m_tabs->setTabText(
        1, versions->isEmpty() ? tr("Versions") : tr("Versions of \"%1\" (%2)").arg(m_name).arg(versions->size()));
}

QList<FieldDifference> TemplatePage::compareVersions(int from, int to)
{
    m_versionDiff->clear();
    if (!m_store)
        return {};
    auto rows = [this](int version) -> std::optional<QList<TemplateField>> {
        if (version == 0)
            return m_model->fields();
        auto tpl = TemplateStore(*m_store).load(m_name, version);
        if (!tpl) {
            QMessageBox::warning(this, tr("Compare versions"), tpl.error().toString());
            return std::nullopt;
        }
        return tpl->fields();
    };
    const auto a = rows(from);
    const auto b = rows(to);
    if (!a || !b)
        return {};
    const auto label = [this](int v) { return v == 0 ? tr("the editor") : tr("v%1").arg(v); };
    m_versionDiff->setHeaderLabels({tr("Row"), tr("Change"), label(from), label(to)});
    const QList<FieldDifference> diff = diffFields(*a, *b);
    for (const FieldDifference &d : diff) {
        QString kind;
        switch (d.kind) {
        case FieldDifference::Kind::Added:
            kind = tr("added");
            break;
        case FieldDifference::Kind::Removed:
            kind = tr("removed");
            break;
        case FieldDifference::Kind::Moved:
            kind = tr("moved");
            break;
        case FieldDifference::Kind::Changed:
            kind = tr("changed: %1").arg(d.parts.join(QStringLiteral(", ")));
            break;
        }
        const QString row = d.rowBefore > 0 && d.rowAfter > 0 && d.rowBefore != d.rowAfter
            ? tr("%1 → %2").arg(d.rowBefore).arg(d.rowAfter)
            : QString::number(d.rowAfter > 0 ? d.rowAfter : d.rowBefore);
        auto *item = new QTreeWidgetItem(m_versionDiff,
            {row, kind, d.rowBefore > 0 ? fieldText(d.before) : QString(),
                d.rowAfter > 0 ? fieldText(d.after) : QString()});
        item->setToolTip(2, item->text(2));
        item->setToolTip(3, item->text(3));
        if (d.rowBefore > 0 && d.kind != FieldDifference::Kind::Moved)
            item->setBackground(2, removedColor);
        if (d.rowAfter > 0 && d.kind != FieldDifference::Kind::Moved)
            item->setBackground(3, addedColor);
    }
    if (diff.isEmpty())
        new QTreeWidgetItem(m_versionDiff, {QString(), tr("no difference"), QString(), QString()});
    return diff;
}

void TemplatePage::compareSelected()
{
    QList<int> versions;
    for (QTreeWidgetItem *item : m_versions->selectedItems())
        versions << item->data(0, VersionRole).toInt();
    std::sort(versions.begin(), versions.end());
    if (versions.size() == 2)
        compareVersions(versions[0], versions[1]);
    else if (versions.size() == 1)
        compareVersions(versions[0], 0);
}

int TemplatePage::revertTo(int version)
{
    if (!m_store)
        return 0;
    TemplateStore ts(*m_store);
    auto old = ts.load(m_name, version);
    if (!old) {
        QMessageBox::warning(this, tr("Revert"), old.error().toString());
        return 0;
    }
    // The comment is kept as written in every language, so that it can be searched for.
    auto saved = ts.save(Template(m_name, old->fields()), QStringLiteral("Revert to v%1").arg(version));
    if (!saved) {
        QMessageBox::warning(this, tr("Revert"), saved.error().toString());
        return 0;
    }
    setTemplate(Template(m_name, old->fields()));
    return *saved;
}

void TemplatePage::askRevert()
{
    const auto items = m_versions->selectedItems();
    if (items.size() != 1 || !m_store)
        return;
    const int version = items.first()->data(0, VersionRole).toInt();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Revert \"%1\"").arg(m_name),
        tr("Revert \"%1\" to version %2?").arg(m_name).arg(version), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revertConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("This saves version %1's rows as a new version with the comment \"Revert to v%1\"; "
                               "no version is deleted. Changes in the editor that are not saved are lost.")
                                .arg(version));
    QPushButton *go = box->addButton(tr("Revert to v%1").arg(version), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmRevert"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, version](QAbstractButton *b) {
        if (b == go)
            revertTo(version);
    });
    box->open();
}

void TemplatePage::askUseForInjection()
{
    if (!m_store)
        return;
    TemplateStore templates(*m_store);
    auto latest = templates.load(m_name);
    QString problem;
    if (!latest)
        problem = tr("\"%1\" has no saved version: save a version first, then use it for injection.").arg(m_name);
    else if (latest->fields() != m_model->fields())
        problem = tr("The editor has changes that are not saved as a version of \"%1\". Injection uses saved "
                     "versions only: save a version first, then use it for injection.")
                      .arg(m_name);
    if (!problem.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Use for injection"), problem, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("useForInjectionProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const QString current = templates.injectionTemplate();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Use for injection"),
        tr("Build every injection payload with \"%1\"?").arg(m_name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("useForInjectionConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText((current.isEmpty() ? tr("Injection uses the template shipped with TixSync today.")
                                               : tr("Injection uses \"%1\" today.").arg(current))
        + QLatin1Char(' ')
        + tr("From now on, every injection — by a click, a schedule or tixsync-cli — uses the latest saved version "
             "of \"%1\". The change is recorded in the audit log.")
              .arg(m_name));
    QPushButton *go = box->addButton(tr("Use \"%1\"").arg(m_name), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmUseForInjection"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton *b) {
        if (b != go || !m_store)
            return;
        if (const Status st = TemplateStore(*m_store).useForInjection(m_name); !st)
            QMessageBox::warning(this, tr("Use for injection"), st.error().message);
        else
            m_testResult->setText(tr("Injection now uses \"%1\".").arg(m_name));
    });
    box->open();
}

// ---- Test injection --------------------------------------------------------------------------

QString TemplatePage::injectionTemplateNote() const
{
    if (!m_store)
        return {};
    const QString configured = sync::InjectionSettings::load(*m_store).templateName;
    Template used;
    if (configured.isEmpty()) {
        used = Template::defaultTemplate();
    } else {
        auto loaded = TemplateStore(*m_store).load(configured);
        if (!loaded)
            return tr("Injection uses the template \"%1\" (setting sync/templateName), which cannot be loaded: %2")
                .arg(configured, loaded.error().message);
        used = *loaded;
    }
    if (used.fields() == m_model->fields())
        return {};
    return configured.isEmpty()
        ? tr("Injection builds the payload with the template shipped with TixSync (no sync/templateName is set), not "
             "with the rows in the editor: the ticket is sent as that template makes it.")
        : tr("Injection builds the payload with the latest saved version of \"%1\" (setting sync/templateName), not "
             "with the rows in the editor: save a version of it first to send what the preview shows.")
              .arg(configured);
}

void TemplatePage::testInjection()
{
    if (!m_store || !m_ticket) {
        m_testResult->setText(tr("Pick a ticket first: search for it above the preview."));
        return;
    }
    if (m_runner) {
        m_testResult->setText(tr("A test injection is already running."));
        return;
    }
    const QString note = injectionTemplateNote();
    const QString ticket = m_ticketLabel;
    if (m_profile.production) {
        if (!note.isEmpty())
            m_testResult->setText(note);
        ProductionConfirmation::ask(this, m_profile, tr("send a test injection of"), 1, [this](bool ok) {
            if (ok)
                startTestInjection();
            else
                m_testResult->setText(tr("Test injection cancelled: nothing was sent."));
        });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Test injection"),
        tr("Send ticket %1 to TIXNGO%2 now?")
            .arg(ticket, m_profile.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_profile.name)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("testInjectionConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The ticket is injected like in a run: it appears in the spectator's wallet and "
                               "becomes PRINTED in TixSync.")
        + (note.isEmpty() ? QString() : QStringLiteral("\n\n") + note));
    QPushButton *go = box->addButton(tr("Send"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmTestInjection"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton *b) {
        if (b == go)
            startTestInjection();
        else
            m_testResult->setText(tr("Test injection cancelled: nothing was sent."));
    });
    box->open();
}

void TemplatePage::startTestInjection()
{
    if (!m_store || !m_ticket || m_runner)
        return;
    using namespace tixsync::sync;
    // The injection's stored settings (point of sale, mandatory holder fields, custom parameters),
    // limited to this one ticket.
    RunOptions o;
    o.function = SyncFunction::Inject;
    const QString stored = m_store->setting(QStringLiteral("sync/ui/options/") + toCode(SyncFunction::Inject));
    if (!stored.isEmpty()) {
        if (auto saved = RunOptions::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object())) {
            o.posCode = saved->posCode;
            o.mandatoryHolderFields = saved->mandatoryHolderFields;
        }
    }
    auto params = CustomParameters::parse(runs::customParametersText(*m_store, SyncFunction::Inject));
    if (!params) {
        m_testResult->setText(tr("The injection's custom parameters are invalid: %1 Fix them on the Sync page.")
                                  .arg(params.error().message));
        return;
    }
    o.parameters = *params;
    // Keep the JSON sent in the ledger, so that "Versus last injected" can show it later.
    o.parameters.maxLengthDumpedCallsInKbs = qMax(o.parameters.maxLengthDumpedCallsInKbs, 64);
    o.organizer = organizerFor(m_store->setting(QStringLiteral("tixngo/url")));
    o.force = QStringLiteral("id:") + m_ticket->ticketId;
    o.forcedOnly = true;
    o.batchSize = 1;

    m_runner = new RunController(m_store->location(), this);
    if (m_factory)
        m_runner->setTransportFactory(m_factory);
    connect(m_runner, &RunController::finished, this, &TemplatePage::testInjectionDone);
    m_testInject->setEnabled(false);
    m_testResult->setText(tr("Sending ticket %1 to TIXNGO…").arg(m_ticketLabel));
    if (!m_runner->start(o)) {
        m_runner->deleteLater();
        m_runner = nullptr;
        m_testInject->setEnabled(true);
        m_testResult->setText(tr("The test injection could not start."));
    }
}

void TemplatePage::testInjectionDone(const sync::RunResult &result)
{
    using namespace tixsync::sync;
    if (m_runner) {
        m_runner->deleteLater(); // its destructor waits for the worker thread to end
        m_runner = nullptr;
    }
    const QString id = m_ticket ? m_ticket->ticketId : QString();
    QString text;
    const TicketFailure *failure = nullptr;
    for (const TicketFailure &f : result.failures)
        if (f.ticketId == id || (failure == nullptr && f.ticketId.isEmpty()))
            failure = &f;
    if (result.succeeded > 0) {
        text = tr("OK: TIXNGO accepted ticket %1 (run %2). It is PRINTED in TixSync; the run history, the ledger and "
                  "the audit log record it.")
                   .arg(m_ticketLabel)
                   .arg(result.runId);
    } else if (failure) {
        text = tr("TIXNGO did not take ticket %1 (run %2): %3 — %4")
                   .arg(m_ticketLabel)
                   .arg(result.runId)
                   .arg(failure->code, failure->message);
    } else if (result.error) {
        text = tr("The test injection failed (run %1): %2 — %3")
                   .arg(result.runId)
                   .arg(result.error->code, result.error->message);
    } else if (result.selected == 0) {
        text = tr("Ticket %1 was not sent: injection does not select it (only NOT_PRINTED, PRINTED or CONTROLLED "
                  "tickets of the injected kinds are sent).")
                   .arg(m_ticketLabel);
    } else {
        text = tr("Ticket %1 was not sent (run %2: %3).")
                   .arg(m_ticketLabel)
                   .arg(result.runId)
                   .arg(toCode(result.outcome));
    }
    for (const QString &w : result.warnings)
        text += QLatin1Char('\n') + w;
    m_testResult->setText(text);
    if (m_ticket)
        pickTicket(m_ticket->ticketId); // the new status and what was injected
    m_testResult->setText(text);
    m_testInject->setEnabled(m_ticket.has_value());
    if (result.succeeded > 0 || result.failed > 0)
        emit ticketsChanged();
    emit testInjectionFinished(result);
}
