#pragma once

#include <QLoggingCategory>

// One category per subsystem. Never log an API key, a password or a full personal data set.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcTemplate)
Q_DECLARE_LOGGING_CATEGORY(lcRecon)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace tixsync {
/// Loads the embedded translation for `language` ("fr", "de", "en"; empty = system locale).
/// Returns the language actually installed ("en" when none matched).
QString installTranslations(const QString &language);
} // namespace tixsync
