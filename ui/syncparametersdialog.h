#pragma once

#include "sync/runtypes.h"
#include "sync/schedule.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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
};

/// The parameters and schedule of one interface function. The custom parameters are checked as
/// they are typed (rule RUN-11: an error names its line and blocks OK; unknown keys warn). Date
/// from on an automatic schedule shows a loud warning.
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

private:
    void validate();

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
    QLabel *m_customStatus = nullptr, *m_dateFromWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tixsync
