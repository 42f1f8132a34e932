#pragma once

#include "sync/runtypes.h"
#include "sync/schedule.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace tixsync {

/// What the parameters dialog edits for one function: the run options (filters, batch size,
/// lists, shipment modes, Date from, Notify spectator), the custom parameters text, the stored
/// skip list, and the schedule.
struct SyncFunctionSettings {
    sync::RunOptions options;
    QString customParameters;
    QString skipList;
    sync::Schedule schedule;
    QString feedbackKey; // feedback: the stored pagination key (shown, not edited)
};

/// The parameters and schedule of one interface function. The custom parameters are checked as
/// they are typed (rule RUN-11: an error names its line and blocks OK; unknown keys warn), and so
/// are the point of sale of injections ("salesChannelCode;posCode", INJ-11) and the upload file
/// of feedback and push cancelled (FB-7: it must exist). Date from on an automatic schedule shows
/// a loud warning. Feedback shows its pagination key read-only, with Reset (after confirmation the
/// dialog emits feedbackKeyResetRequested(); the page resets it and records it in the audit log).
class SyncParametersDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncParametersDialog)
public:
    explicit SyncParametersDialog(const SyncFunctionSettings &settings, QWidget *parent = nullptr);

    SyncFunctionSettings settings() const;

    QPlainTextEdit *customParametersEdit() const { return m_custom; }
    QLabel *customParametersStatus() const { return m_customStatus; }
    QLabel *dateFromWarning() const { return m_dateFromWarning; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLineEdit *paginationKeyEdit() const { return m_key; }
    QPushButton *resetKeyButton() const { return m_resetKey; }
    /// The Reset confirmation on screen, if any.
    QMessageBox *resetKeyConfirmation() const;
    QLineEdit *uploadFileEdit() const { return m_upload; }
    QLabel *uploadFileStatus() const { return m_uploadStatus; }
    QLineEdit *posCodeEdit() const { return m_pos; }
    QLabel *posCodeStatus() const { return m_posStatus; }

    /// Shows the pagination key after a reset.
    void setFeedbackKey(const QString &key);
    /// Empty or "salesChannelCode;posCode" (both parts non-empty, no blanks); else what to fix.
    static QString posCodeProblem(const QString &text);

signals:
    /// The user confirmed Reset of the feedback pagination key.
    void feedbackKeyResetRequested();

private:
    void validate();
    void confirmKeyReset();
    void chooseUploadFile();

    SyncFunctionSettings m_in;
    QLineEdit *m_events = nullptr, *m_product = nullptr, *m_family = nullptr, *m_season = nullptr, *m_channel = nullptr,
              *m_tariff = nullptr, *m_category = nullptr, *m_fileNumber = nullptr, *m_shipment = nullptr,
              *m_mandatory = nullptr;
    QSpinBox *m_batch = nullptr;
    QPlainTextEdit *m_force = nullptr, *m_skip = nullptr, *m_custom = nullptr;
    QCheckBox *m_dateFromOn = nullptr, *m_notify = nullptr, *m_startOn = nullptr, *m_endOn = nullptr;
    QDateTimeEdit *m_dateFrom = nullptr, *m_start = nullptr, *m_end = nullptr;
    QRadioButton *m_manual = nullptr, *m_automatic = nullptr;
    QSpinBox *m_frequency = nullptr;
    QLabel *m_customStatus = nullptr, *m_dateFromWarning = nullptr, *m_uploadStatus = nullptr, *m_posStatus = nullptr;
    QLineEdit *m_key = nullptr, *m_upload = nullptr, *m_pos = nullptr;
    QPushButton *m_resetKey = nullptr;
    QPointer<QMessageBox> m_resetConfirm;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tixsync
