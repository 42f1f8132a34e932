#pragma once

#include "connectionprofile.h"

#include <QList>
#include <memory>
#include <optional>

class QSettings;

namespace tixsync::secrets {

/// The connection profiles of the current user and which one is active, kept in QSettings
/// (NativeFormat, user scope, "TixSync"/"tixsync": ~/.config/TixSync/tixsync.conf on Linux).
/// The API key is never written here: it goes to the keychain (KeychainJob) under the profile
/// name. Removing or renaming a profile does not touch the keychain; callers start a
/// KeychainJob::remove() for the old name (the Settings dialog and the CLI do).
class ConnectionProfiles final {
public:
    /// The per-user settings.
    ConnectionProfiles();
    /// Another settings file (tests, portable set-ups), INI format.
    explicit ConnectionProfiles(const QString &iniFile);
    ~ConnectionProfiles();
    ConnectionProfiles(const ConnectionProfiles &) = delete;
    ConnectionProfiles &operator=(const ConnectionProfiles &) = delete;

    /// In the order they were added.
    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> find(const QString &name) const;

    /// Errors: the validation errors of ConnectionProfile, secrets.profile.exists,
    /// secrets.profile.unknown, secrets.settings (the file cannot be written).
    Status add(const ConnectionProfile &profile);
    /// Replaces the profile called `name` (which may be renamed; the active name follows).
    Status update(const QString &name, const ConnectionProfile &profile);
    Status remove(const QString &name);

    /// Empty when none is active.
    QString activeName() const;
    std::optional<ConnectionProfile> active() const;
    /// Empty clears the active profile.
    Status setActive(const QString &name);

    /// The database the programs open when no --db is given: a SQLite file or a postgresql:// URL;
    /// empty = Store::defaultLocation(). Read at start-up, so a change applies on restart.
    QString databaseLocation() const;
    /// Refuses a URL with a password in it (use PGPASSWORD or ~/.pgpass) and a postgresql:// URL
    /// without host or database name. Error code secrets.database.
    Status setDatabaseLocation(const QString &location);
    /// How often the main window checks the database for other operators' changes, in seconds
    /// (0 = never; default 5). Key mainWindow/refreshSeconds.
    int refreshSeconds() const;
    void setRefreshSeconds(int seconds);

    /// The file the profiles live in.
    QString fileName() const;

private:
    Status save(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace tixsync::secrets
