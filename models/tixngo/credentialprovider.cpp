#include "credentialprovider.h"

namespace tixsync::tixngo {

CredentialProvider::~CredentialProvider() = default;

} // namespace tixsync::tixngo
