#pragma once

#include "credentialprovider.h"

#include <QDebug>

namespace tixsync::tixngo {

/// Holds a key in memory (tests, the simulator demo, a key just typed into a dialog).
/// Its QDebug output shows "<redacted>", never the key.
class StaticCredentialProvider final : public CredentialProvider {
public:
    explicit StaticCredentialProvider(QString key);
    Result<QString> apiKey() const override;
    QString description() const override;

private:
    QString m_key;
};

QDebug operator<<(QDebug debug, const StaticCredentialProvider &provider);

} // namespace tixsync::tixngo
