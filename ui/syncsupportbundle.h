#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QStringList>

namespace tixsync {

class Store;

/// One click for support: a zip (stored, see SyncZipWriter) with a run's summary, ledger, errors,
/// parameters, the template and app versions — with the API key and personal data redacted
/// (names, e-mails, phones, birth dates, id numbers, addresses in the sent JSON; any e-mail
/// address and any of `secrets` anywhere).
namespace syncsupportbundle {
/// The archive's bytes.
Result<QByteArray> build(Store &store, qint64 runId, const QStringList &secrets);
/// Builds and writes it to `path`.
Status write(Store &store, qint64 runId, const QStringList &secrets, const QString &path);
/// Redacts one text: every secret, every e-mail address, and personal JSON fields.
QString redact(const QString &text, const QStringList &secrets);
} // namespace syncsupportbundle

} // namespace tixsync
