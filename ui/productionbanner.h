#pragma once

#include <QFrame>

class QLabel;

namespace tixsync::secrets {
struct ConnectionProfile;
}

/// A coloured strip that says, unmistakably, that the active connection is a production
/// environment ("PRODUCTION — <profile> — changes reach real spectators"). Hidden for other
/// profiles. Place it at the top of the main window and call setProfile() when the active
/// profile changes.
class ProductionBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionBanner)
public:
    explicit ProductionBanner(QWidget *parent = nullptr);

    /// Shows the banner for a production profile, hides it otherwise.
    void setProfile(const tixsync::secrets::ConnectionProfile &profile);
    /// No active profile: hidden.
    void clear();
    QString text() const;

private:
    QLabel *m_label;
};
