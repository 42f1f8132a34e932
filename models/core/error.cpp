#include "error.h"

namespace tixsync {

QString Error::toString() const
{
    QString where = file;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
    if (column > 0)
        where += QStringLiteral(":") + QString::number(column);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

Error makeError(const QString &code, const QString &message)
{
    Error e;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace tixsync
