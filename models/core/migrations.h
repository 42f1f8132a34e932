#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace tixsync {

/// One numbered schema change. Statements are portable SQL with two tokens replaced per backend:
/// `{{AUTOID}}` (an auto-increment integer primary key) and `{{BLOB}}` (binary column type).
/// A statement starting with `{{SQLITE}}` or `{{POSTGRES}}` runs on that backend only (triggers).
/// Migrations are append-only: never edit one that has shipped; add the next number.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

} // namespace tixsync
