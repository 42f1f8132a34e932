#pragma once

#include <QFrame>

class QLabel;

namespace tixsync {

/// "Demo — simulated TIXNGO": a strip shown at the top of the window in demo mode, so nobody
/// mistakes the simulator for the real wallet.
class DemoBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBanner)
public:
    explicit DemoBanner(const QString &url, QWidget *parent = nullptr);
    QString text() const;
    void setStopped(const QString &message);

private:
    QLabel *m_label;
};

} // namespace tixsync
