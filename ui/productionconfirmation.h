#pragma once

#include <QDialog>
#include <functional>

class QLineEdit;
class QPushButton;

namespace tixsync::secrets {
struct ConnectionProfile;
}

/// Asks before a push, fix or test injection on a production profile. It states the action, the
/// profile and the number of tickets, and the OK button stays disabled until the user types that
/// number. Window-modal and asynchronous (open(), never exec()).
class ProductionConfirmation final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionConfirmation)
public:
    /// `action` is a verb phrase in the user's language, e.g. tr("push cancellations for").
    ProductionConfirmation(const tixsync::secrets::ConnectionProfile &profile, const QString &action,
        qint64 ticketCount, QWidget *parent = nullptr);

    /// Calls `done(true)` at once for a non-production profile; otherwise shows the dialog and
    /// calls `done(confirmed)` when it closes.
    static void ask(QWidget *parent, const tixsync::secrets::ConnectionProfile &profile, const QString &action,
        qint64 ticketCount, std::function<void(bool)> done);

    QString message() const;
    QLineEdit *confirmationField() const { return m_typed; }
    QPushButton *confirmButton() const { return m_ok; }

private:
    QString m_message;
    QLineEdit *m_typed;
    QPushButton *m_ok;
};
