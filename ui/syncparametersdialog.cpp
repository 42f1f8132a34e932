#include "syncparametersdialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tixsync {

using namespace sync;

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}
QDateTimeEdit *dateEdit(const QDateTime &value)
{
    auto *e = new QDateTimeEdit(value.isValid() ? value.toLocalTime() : QDateTime::currentDateTime());
    e->setDisplayFormat(QStringLiteral("dd/MM/yy HH:mm"));
    e->setCalendarPopup(true);
    return e;
}
} // namespace

SyncParametersDialog::SyncParametersDialog(const SyncFunctionSettings &in, QWidget *parent)
    : QDialog(parent)
    , m_in(in)
{
    setObjectName(QStringLiteral("syncParametersDialog"));
    const SyncFunction fn = in.options.function;
    const bool inject = fn == SyncFunction::Inject || fn == SyncFunction::InjectPrivileges;
    const bool push = fn == SyncFunction::PushCancelled || fn == SyncFunction::PushControlled;
    setWindowTitle(tr("%1 — parameters and schedule").arg(displayName(fn)));

    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    const RunOptions &o = in.options;

    if (inject) {
        auto *box = new QGroupBox(tr("Selection (filters combine with AND; a file number ignores the others)"));
        auto *f = new QFormLayout(box);
        m_events = new QLineEdit(o.events.join(QLatin1String(", ")));
        m_events->setPlaceholderText(tr("event ids, comma-separated"));
        m_product = new QLineEdit(o.product);
        m_family = new QLineEdit(o.productFamily);
        m_season = new QLineEdit(o.season);
        m_channel = new QLineEdit(o.salesChannel);
        m_tariff = new QLineEdit(o.tariff);
        m_category = new QLineEdit(o.category);
        m_fileNumber = new QLineEdit(o.fileNumber);
        m_mandatory = new QLineEdit(o.mandatoryHolderFields.join(QLatin1Char(',')));
        m_mandatory->setPlaceholderText(QStringLiteral("FIRSTNAME,LASTNAME,BIRTHDATE,…"));
        f->addRow(tr("Events:"), m_events);
        f->addRow(tr("Product:"), m_product);
        f->addRow(tr("Product family:"), m_family);
        f->addRow(tr("Season:"), m_season);
        f->addRow(tr("Sales channel:"), m_channel);
        f->addRow(tr("Tariff:"), m_tariff);
        f->addRow(tr("Category:"), m_category);
        f->addRow(tr("File number:"), m_fileNumber);
        f->addRow(tr("Mandatory holder fields:"), m_mandatory);
        // INJ-11: the point of sale that prints the accepted tickets.
        m_pos = new QLineEdit(o.posCode);
        m_pos->setObjectName(QStringLiteral("posCode"));
        m_pos->setPlaceholderText(tr("salesChannelCode;posCode — empty: the default point of sale"));
        m_posStatus = new QLabel;
        m_posStatus->setObjectName(QStringLiteral("posCodeStatus"));
        m_posStatus->setWordWrap(true);
        m_posStatus->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        m_posStatus->hide();
        auto *posBox = new QVBoxLayout;
        posBox->addWidget(m_pos);
        posBox->addWidget(m_posStatus);
        f->addRow(tr("Point of sale:"), posBox);
        connect(m_pos, &QLineEdit::textChanged, this, &SyncParametersDialog::validate);
        v->addWidget(box);
    }

    auto *runBox = new QGroupBox(tr("Run"));
    auto *rf = new QFormLayout(runBox);
    m_batch = new QSpinBox;
    m_batch->setRange(0, 1000000);
    m_batch->setSpecialValueText(tr("Recommended (%1)").arg(defaultBatchSize(fn)));
    m_batch->setValue(o.batchSize);
    rf->addRow(tr("Batch size:"), m_batch);
    if (fn != SyncFunction::Feedback) {
        m_force = new QPlainTextEdit(o.force);
        m_force->setObjectName(QStringLiteral("forceList"));
        m_force->setPlaceholderText(tr("id:123456789, 12300123 — sent again even if already processed"));
        m_force->setMaximumHeight(50);
        rf->addRow(tr("Force list:"), m_force);
    }
    m_skip = new QPlainTextEdit(in.skipList);
    m_skip->setObjectName(QStringLiteral("skipList"));
    m_skip->setPlaceholderText(tr("id:123456789, 12300123 — never sent by this function"));
    m_skip->setMaximumHeight(50);
    rf->addRow(tr("Skip list (kept):"), m_skip);
    if (push) {
        m_shipment = new QLineEdit(o.shipmentModes.join(QLatin1String(", ")));
        m_shipment->setPlaceholderText(tr("every shipment mode"));
        rf->addRow(tr("Shipment modes:"), m_shipment);
        auto *row = new QHBoxLayout;
        m_dateFromOn = new QCheckBox;
        m_dateFromOn->setObjectName(QStringLiteral("dateFromEnabled"));
        m_dateFromOn->setChecked(o.dateFrom.isValid());
        m_dateFrom = dateEdit(o.dateFrom);
        m_dateFrom->setObjectName(QStringLiteral("dateFrom"));
        row->addWidget(m_dateFromOn);
        row->addWidget(m_dateFrom, 1);
        rf->addRow(tr("Date from:"), row);
        connect(m_dateFromOn, &QCheckBox::toggled, this, &SyncParametersDialog::validate);
    }
    if (fn == SyncFunction::PushCancelled) {
        m_notify = new QCheckBox(tr("Notify the spectator (show the deleted ticket)"));
        m_notify->setChecked(o.notifySpectator);
        rf->addRow(QString(), m_notify);
    }
    if (fn == SyncFunction::Feedback || fn == SyncFunction::PushCancelled) {
        // FB-7: a file processed as if TIXNGO had returned it (feedback), or listing the
        // tickets to delete (push cancelled).
        m_upload = new QLineEdit(o.uploadFile);
        m_upload->setObjectName(QStringLiteral("uploadFile"));
        m_upload->setPlaceholderText(fn == SyncFunction::Feedback ? tr("none — read the diff feed from TIXNGO")
                                                                  : tr("none — the cancelled tickets"));
        m_upload->setClearButtonEnabled(true);
        auto *browse = new QPushButton(tr("Choose…"));
        browse->setObjectName(QStringLiteral("chooseUploadFile"));
        connect(browse, &QPushButton::clicked, this, &SyncParametersDialog::chooseUploadFile);
        auto *row = new QHBoxLayout;
        row->addWidget(m_upload, 1);
        row->addWidget(browse);
        m_uploadStatus = new QLabel;
        m_uploadStatus->setObjectName(QStringLiteral("uploadFileStatus"));
        m_uploadStatus->setWordWrap(true);
        auto *col = new QVBoxLayout;
        col->addLayout(row);
        col->addWidget(m_uploadStatus);
        rf->addRow(tr("Upload file:"), col);
        connect(m_upload, &QLineEdit::textChanged, this, &SyncParametersDialog::validate);
    }
    if (fn == SyncFunction::Feedback) {
        m_key = new QLineEdit;
        m_key->setObjectName(QStringLiteral("paginationKey"));
        m_key->setReadOnly(true);
        m_key->setPlaceholderText(tr("none — the next feedback reads the whole diff feed"));
        m_resetKey = new QPushButton(tr("Reset…"));
        m_resetKey->setObjectName(QStringLiteral("resetPaginationKey"));
        m_resetKey->setToolTip(tr("Forget the stored key: the next feedback rereads the whole diff feed."));
        connect(m_resetKey, &QPushButton::clicked, this, &SyncParametersDialog::confirmKeyReset);
        auto *row = new QHBoxLayout;
        row->addWidget(m_key, 1);
        row->addWidget(m_resetKey);
        rf->addRow(tr("Pagination key:"), row);
        setFeedbackKey(in.feedbackKey);
    }
    v->addWidget(runBox);

    auto *customBox = new QGroupBox(tr("Custom parameters (key=value lines)"));
    auto *cv = new QVBoxLayout(customBox);
    m_custom = new QPlainTextEdit(in.customParameters);
    m_custom->setObjectName(QStringLiteral("customParameters"));
    m_custom->setPlaceholderText(QStringLiteral("stickToTheHour=true\nticketIterationSize=500"));
    m_custom->setMinimumHeight(80);
    m_customStatus = new QLabel;
    m_customStatus->setObjectName(QStringLiteral("customParametersStatus"));
    m_customStatus->setWordWrap(true);
    cv->addWidget(m_custom);
    cv->addWidget(m_customStatus);
    v->addWidget(customBox);

    auto *schedBox = new QGroupBox(tr("Schedule"));
    auto *sf = new QFormLayout(schedBox);
    m_manual = new QRadioButton(tr("Manual"));
    m_automatic = new QRadioButton(tr("Automatic"));
    m_automatic->setObjectName(QStringLiteral("automatic"));
    (in.schedule.automatic ? m_automatic : m_manual)->setChecked(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_manual);
    modeRow->addWidget(m_automatic);
    modeRow->addStretch(1);
    sf->addRow(tr("Mode:"), modeRow);
    m_frequency = new QSpinBox;
    m_frequency->setRange(1, 24 * 60);
    m_frequency->setSuffix(tr(" min"));
    m_frequency->setValue(qMax(1, in.schedule.frequencyMinutes));
    sf->addRow(tr("Every:"), m_frequency);
    auto *startRow = new QHBoxLayout;
    m_startOn = new QCheckBox;
    m_startOn->setChecked(in.schedule.start.isValid());
    m_start = dateEdit(in.schedule.start);
    startRow->addWidget(m_startOn);
    startRow->addWidget(m_start, 1);
    sf->addRow(tr("Start:"), startRow);
    auto *endRow = new QHBoxLayout;
    m_endOn = new QCheckBox;
    m_endOn->setChecked(in.schedule.end.isValid());
    m_end = dateEdit(in.schedule.end);
    endRow->addWidget(m_endOn);
    endRow->addWidget(m_end, 1);
    sf->addRow(tr("End:"), endRow);
    v->addWidget(schedBox);

    m_dateFromWarning
        = new QLabel(tr("Date from is set on an automatic schedule: every run will re-send the same tickets "
                        "and flood spectators' phones with notifications. Clear Date from, or run it once "
                        "by hand."));
    m_dateFromWarning->setObjectName(QStringLiteral("dateFromWarning"));
    m_dateFromWarning->setWordWrap(true);
    m_dateFromWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; padding: 6px; font-weight: bold; }"));
    v->addWidget(m_dateFromWarning);
    v->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_custom, &QPlainTextEdit::textChanged, this, &SyncParametersDialog::validate);
    connect(m_automatic, &QRadioButton::toggled, this, &SyncParametersDialog::validate);
    resize(560, 720);
    validate();
}

QMessageBox *SyncParametersDialog::resetKeyConfirmation() const
{
    return m_resetConfirm;
}

void SyncParametersDialog::setFeedbackKey(const QString &key)
{
    m_in.feedbackKey = key;
    if (!m_key)
        return;
    m_key->setText(key);
    m_key->setCursorPosition(0);
    m_resetKey->setEnabled(!key.isEmpty());
}

QString SyncParametersDialog::posCodeProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QStringList parts = t.split(QLatin1Char(';'));
    bool blank = false;
    for (const QString &p : parts)
        blank = blank || p.trimmed() != p || p.contains(QLatin1Char(' '));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty() || blank)
        return tr("Write the point of sale as salesChannelCode;posCode (two codes, one semicolon, no blanks), "
                  "e.g. INTERNET;POS01 — or leave it empty for the default point of sale.");
    return {};
}

void SyncParametersDialog::confirmKeyReset()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset the feedback pagination key?"),
        tr("The next feedback will reread the whole diff feed from its start: every ticket TIXNGO knows "
           "for this organizer is read and written again, which can take long on a large organizer."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resetKeyConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Do it when the key is refused (INVALID_PAGINATION_KEY) or TIXNGO's data was "
                               "reset. The reset is recorded in the audit log."));
    auto *reset = box->addButton(tr("Reset the key"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("confirmReset"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton *b) {
        if (b == reset)
            emit feedbackKeyResetRequested();
    });
    m_resetConfirm = box;
    box->open();
}

void SyncParametersDialog::chooseUploadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload file"), m_upload->text(),
        m_in.options.function == SyncFunction::Feedback ? tr("Diff feed (*.json);;All files (*)")
                                                        : tr("Ticket lists (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_upload->setText(path);
}

void SyncParametersDialog::validate()
{
    // RUN-11: a bad value is an error naming its line; an unknown key a warning.
    auto parsed = CustomParameters::parse(m_custom->toPlainText());
    bool ok = true;
    if (!parsed) {
        ok = false;
        m_customStatus->setText(parsed.error().message);
        m_customStatus->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    } else if (!parsed->warnings.isEmpty()) {
        m_customStatus->setText(parsed->warnings.join(QLatin1Char('\n')));
        m_customStatus->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
    } else {
        m_customStatus->setText(m_custom->toPlainText().trimmed().isEmpty() ? tr("Defaults.") : tr("Valid."));
        m_customStatus->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    }
    if (m_pos) {
        const QString problem = posCodeProblem(m_pos->text());
        m_posStatus->setText(problem);
        m_posStatus->setVisible(!problem.isEmpty());
        ok = ok && problem.isEmpty();
    }
    if (m_upload) {
        const QString path = m_upload->text().trimmed();
        const QFileInfo info(path);
        if (path.isEmpty()) {
            m_uploadStatus->clear();
            m_uploadStatus->hide();
        } else if (!info.isFile() || !info.isReadable()) {
            ok = false;
            m_uploadStatus->setText(tr("%1 is not a readable file: choose another one or clear the field.").arg(path));
            m_uploadStatus->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
            m_uploadStatus->show();
        } else {
            m_uploadStatus->setText(m_in.options.function == SyncFunction::Feedback
                    ? tr("Every run processes this file instead of reading TIXNGO, until you clear it.")
                    : tr("Every run also deletes the tickets this file lists, until you clear it."));
            m_uploadStatus->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
            m_uploadStatus->show();
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    const bool dateFrom = m_dateFromOn && m_dateFromOn->isChecked();
    m_dateFromWarning->setVisible(dateFrom && m_automatic->isChecked());
}

SyncFunctionSettings SyncParametersDialog::settings() const
{
    SyncFunctionSettings s = m_in;
    RunOptions &o = s.options;
    if (m_events) {
        o.events = splitList(m_events->text());
        o.product = m_product->text().trimmed();
        o.productFamily = m_family->text().trimmed();
        o.season = m_season->text().trimmed();
        o.salesChannel = m_channel->text().trimmed();
        o.tariff = m_tariff->text().trimmed();
        o.category = m_category->text().trimmed();
        o.fileNumber = m_fileNumber->text().trimmed();
        o.mandatoryHolderFields.clear();
        for (const QString &f : splitList(m_mandatory->text()))
            o.mandatoryHolderFields << f.toUpper();
    }
    o.batchSize = m_batch->value();
    if (m_force)
        o.force = m_force->toPlainText().trimmed();
    if (m_shipment)
        o.shipmentModes = splitList(m_shipment->text());
    if (m_dateFromOn)
        o.dateFrom = m_dateFromOn->isChecked() ? m_dateFrom->dateTime() : QDateTime();
    if (m_notify)
        o.notifySpectator = m_notify->isChecked();
    if (m_upload)
        o.uploadFile = m_upload->text().trimmed();
    if (m_pos)
        o.posCode = m_pos->text().trimmed();
    s.customParameters = m_custom->toPlainText();
    s.skipList = m_skip->toPlainText().trimmed();
    s.schedule.function = o.function;
    s.schedule.automatic = m_automatic->isChecked();
    s.schedule.frequencyMinutes = m_frequency->value();
    s.schedule.start = m_startOn->isChecked() ? m_start->dateTime() : QDateTime();
    s.schedule.end = m_endOn->isChecked() ? m_end->dateTime() : QDateTime();
    return s;
}

} // namespace tixsync
