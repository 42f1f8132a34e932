#include "auditlogview.h"

#include "audit/auditlog.h"
#include "audit/auditlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using tixsync::audit::AuditFilter;
using tixsync::audit::AuditLog;
using tixsync::audit::AuditLogModel;

AuditLogView::AuditLogView(tixsync::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AuditLogModel(this))
    , m_table(new QTableView(this))
    , m_action(new QComboBox(this))
    , m_operator(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    m_action->setMinimumContentsLength(14);
    filters->addWidget(m_action);
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setClearButtonEnabled(true);
    filters->addWidget(m_operator);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    m_search->setPlaceholderText(tr("Search parameters and details"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    layout->addLayout(filters);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditLogModel::OperatorColumn, 110);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, 120);
    m_table->setColumnWidth(AuditLogModel::OutcomeColumn, 80);
    m_table->setColumnWidth(AuditLogModel::ParametersColumn, 320);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    // Typing filters: one query after a short pause, not one per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &AuditLogView::reload);
    connect(m_operator, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogView::reload);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &AuditLogView::reload);
    connect(m_toEnabled, &QCheckBox::toggled, this, &AuditLogView::reload);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateTimeChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogView::reload);
    connect(m_export, &QPushButton::clicked, this, &AuditLogView::exportCsv);

    refreshActions();
    reload();
}

void AuditLogView::refreshActions()
{
    const QString current = m_action->currentData().toString();
    const QSignalBlocker block(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    if (m_store) {
        if (auto actions = AuditLog::actions(*m_store)) {
            for (const QString &a : *actions)
                m_action->addItem(a, a);
        }
    }
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
}

AuditFilter AuditLogView::filter() const
{
    AuditFilter f;
    f.action = m_action->currentData().toString();
    f.operatorName = m_operator->text().trimmed();
    f.text = m_search->text().trimmed();
    if (m_fromEnabled->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_toEnabled->isChecked())
        f.to = m_to->dateTime().toUTC();
    return f;
}

void AuditLogView::reload()
{
    if (!m_store)
        return;
    refreshActions();
    AuditFilter f = filter();
    f.limit = maxRows() + 1;
    auto entries = AuditLog::query(*m_store, f);
    if (!entries) {
        m_status->setText(entries.error().message);
        return;
    }
    const bool more = entries->size() > maxRows();
    if (more)
        entries->resize(maxRows());
    const int n = int(entries->size());
    // Keep what the user looks at: the selected line, and the line at the top of the view unless
    // the view was at the top (then the newest lines, which come first, stay in sight).
    const auto idAt = [this](const QModelIndex &index) {
        return index.isValid() ? m_model->data(index, AuditLogModel::IdRole).toLongLong() : 0;
    };
    const qint64 selectedId = idAt(m_table->selectionModel()->currentIndex());
    const bool atTop = m_table->verticalScrollBar()->value() == 0;
    const qint64 topId = atTop ? 0 : idAt(m_table->indexAt(QPoint(1, 1)));
    m_model->setEntries(std::move(*entries));
    const auto rowOf = [this](qint64 id) {
        const QList<tixsync::audit::AuditEntry> &all = m_model->entries();
        for (int row = 0; id != 0 && row < all.size(); ++row)
            if (all[row].id == id)
                return row;
        return -1;
    };
    if (const int row = rowOf(selectedId); row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const int row = rowOf(topId); row >= 0)
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    else
        m_table->scrollToTop();
    m_status->setText(more
            ? tr("The newest %1 lines are shown; narrow the filters or export to CSV to see all.").arg(maxRows())
            : n == 1 ? tr("1 line.")
                     : tr("%1 lines, newest first.").arg(QLocale().toString(n)));
}

bool AuditLogView::exportTo(const QString &path)
{
    if (!m_store)
        return false;
    if (auto ok = AuditLog::exportCsv(*m_store, filter(), path); !ok) {
        m_status->setText(ok.error().message);
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(path));
    return true;
}

void AuditLogView::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->selectFile(QStringLiteral("tixsync-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportTo(file); });
    dialog->open();
}
