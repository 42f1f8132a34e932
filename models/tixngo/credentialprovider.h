#pragma once

#include "core/error.h"

#include <QString>

namespace tixsync::tixngo {

/// Where the Client gets the organizer ADMIN account's API key from. Asked once per job, so a
/// changed key applies to the next call. Implementations never log, print or dump the key; an
/// error message says where the key was looked for, never what it is (rule API-2).
class CredentialProvider {
public:
    virtual ~CredentialProvider();
    /// The key, or an error with code tixngo.credentials that tells the user how to provide it.
    virtual Result<QString> apiKey() const = 0;
    /// Where the key comes from, for messages ("environment variable TIXNGO_API_KEY").
    virtual QString description() const = 0;
};

} // namespace tixsync::tixngo
