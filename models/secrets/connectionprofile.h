#pragma once

#include "core/error.h"

#include <QString>

namespace tixsync::secrets {

/// One TIXNGO environment the operator can talk to (Validation, Pre-production, Production…),
/// as kept in the per-user settings. It never holds the API key: the key lives in the OS
/// keychain under the profile's name (KeychainJob), or in memory for one session.
struct ConnectionProfile {
    QString name;
    /// The TIXNGO interface URL; ends with `organizer/tickets` (rule API-1).
    QString url;
    /// The organizer ADMIN account's e-mail: informational only, never used to authenticate.
    QString login;
    /// Name (or file) of the API profile that maps our paths and header onto this installation.
    QString apiProfile;
    QString organizerId;
    /// A production environment: the GUI shows a banner and asks before pushes, fixes and tests.
    bool production = false;

    /// Checks the name and the URL. Errors: secrets.profile.name, plus the URL codes of
    /// validateUrl(); the message says what to change.
    Status validate() const;
    /// The interface URL rules (rule API-1): https, or http on loopback only; ends with
    /// organizer/tickets; no user name, password, query or fragment. Error codes
    /// tixngo.url.invalid, tixngo.url.scheme, tixngo.url.suffix, tixngo.url.http.
    static Status validateUrl(const QString &url);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace tixsync::secrets
