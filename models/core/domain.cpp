#include "domain.h"

namespace tixsync {

QString Person::displayName() const
{
    QString name = firstName;
    if (!lastName.isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + lastName;
    if (!email.isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("<") + email + QStringLiteral(">");
    return name;
}

} // namespace tixsync
