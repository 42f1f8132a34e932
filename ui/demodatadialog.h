#pragma once

#include <QDialog>

class QSpinBox;

namespace tixsync {

/// Asks how much demo data to generate: events, tickets per event, and the seed (the same seed
/// gives the same data).
class DemoDataDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDataDialog)
public:
    explicit DemoDataDialog(QWidget *parent = nullptr);

    int events() const;
    int ticketsPerEvent() const;
    quint32 seed() const;
    void setValues(int events, int ticketsPerEvent, quint32 seed);

private:
    QSpinBox *m_events;
    QSpinBox *m_perEvent;
    QSpinBox *m_seed;
};

} // namespace tixsync
