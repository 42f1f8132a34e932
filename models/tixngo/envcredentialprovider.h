#pragma once

#include "credentialprovider.h"

#include <QByteArray>

namespace tixsync::tixngo {

/// Reads the API key from an environment variable (default TIXNGO_API_KEY) at each request, for
/// the CLI and schedulers.
class EnvCredentialProvider final : public CredentialProvider {
public:
    explicit EnvCredentialProvider(QByteArray variable = QByteArrayLiteral("TIXNGO_API_KEY"));
    Result<QString> apiKey() const override;
    QString description() const override;

private:
    QByteArray m_variable;
};

} // namespace tixsync::tixngo
