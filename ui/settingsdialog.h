#pragma once

#include "secrets/connectionprofile.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace tixsync {
class Store;
}
namespace tixsync::secrets {
class ConnectionProfiles;
class ConnectionTest;
} // namespace tixsync::secrets

/// Settings: the connection profiles (list + form, API key to the OS keychain, Test connection,
/// production flag) and the database location. Self-contained: it reads and writes
/// ConnectionProfiles itself and never blocks — keychain jobs and the connection test are
/// asynchronous, with a time limit. The API key field is write-only: a stored key is never shown
/// back, only "stored in the keychain". Changes are recorded in the audit log when a store is set.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    /// The per-user profiles.
    explicit SettingsDialog(QWidget *parent = nullptr);
    /// Another profile store (tests).
    explicit SettingsDialog(std::unique_ptr<tixsync::secrets::ConnectionProfiles> profiles, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Where to record settings changes (audit action settings-change); may be null.
    void setStore(tixsync::Store *store) { m_store = store; }
    tixsync::secrets::ConnectionProfiles &profiles() const { return *m_profiles; }

    /// Selects a profile in the list (empty = a new one).
    void selectProfile(const QString &name);
    void showDatabasePage();

    // For tests and the main window.
    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *apiProfileField() const { return m_apiProfile; }
    QLineEdit *organizerField() const { return m_organizer; }
    QCheckBox *productionBox() const { return m_production; }
    QLineEdit *keyField() const { return m_key; }
    QCheckBox *sessionOnlyBox() const { return m_sessionOnly; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QLineEdit *databaseField() const { return m_database; }
    QPushButton *databaseSaveButton() const { return m_databaseSave; }
    QLabel *databaseMessageLabel() const { return m_databaseMessage; }
    /// How often the main window looks for other operators' changes, in seconds (0 = never);
    /// QSettings mainWindow/refreshSeconds, saved with the database setting.
    QSpinBox *refreshField() const { return m_refresh; }

    /// Saves the form as the selected profile (what the Save button does).
    void saveProfile();
    void testConnection();

signals:
    /// A profile was added, changed, removed or made active.
    void profilesChanged();
    void activeProfileChanged(const QString &name);
    /// The user chose to use a key for this session only: hand it to the credential provider
    /// (KeychainCredentialProvider::setSessionKey). The key is not stored anywhere.
    void sessionKeyEntered(const QString &profileName, const QString &apiKey);
    /// A keychain store/remove or a connection test finished (tests wait on this).
    void keychainIdle();
    void connectionTestFinished(bool ok);

private:
    void build();
    QWidget *buildConnectionsPage();
    QWidget *buildDatabasePage();
    void reloadList(const QString &select);
    void onCurrentRowChanged(int row);
    tixsync::secrets::ConnectionProfile formProfile() const;
    void addProfile();
    void removeProfile();
    void makeActive();
    void refreshKeyStatus(const QString &name);
    void storeKey(const QString &profile, const QString &key, const QString &oldName);
    void moveKey(const QString &from, const QString &to);
    void setMessage(const QString &text, bool error);
    void setKeyStatus(const QString &text, bool error);
    void recordChange(const QJsonObject &parameters, const QString &detail);
    void saveDatabase();
    void chooseDatabaseFile();
    void runTest(const tixsync::secrets::ConnectionProfile &profile, const QString &key);

    std::unique_ptr<tixsync::secrets::ConnectionProfiles> m_profiles;
    tixsync::Store *m_store = nullptr;
    QString m_current; // name of the profile in the form; empty = new
    QHash<QString, bool> m_stored; // profile name -> a key is in the keychain
    int m_pendingKeychain = 0;
    QPointer<tixsync::secrets::ConnectionTest> m_runningTest;

    QTabWidget *m_tabs = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_apiProfile = nullptr;
    QLineEdit *m_organizer = nullptr;
    QCheckBox *m_production = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_databaseSave = nullptr;
    QLabel *m_databaseMessage = nullptr;
    QSpinBox *m_refresh = nullptr;
};
