#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace tixsync::tpl {

/// What a TIXNGO payload value must look like (interface doc §5.1, rules PAY-2..PAY-5).
enum class ValueRule { Text, Number, Boolean, Date, Gender, Method, TicketId, Any };

/// One documented TIXNGO payload path. List indexes are written `#` (`ticketDetails.main.#.key`).
struct PayloadPath {
    QString path;
    ValueRule rule = ValueRule::Text;
    int maxLength = 0; // 0 = no documented limit
    bool translatable = false; // sent as {"en": …} with sendMultilingualAsJsonObject (TPL-10)
    bool forbidden = false; // the template may not set it (TPL-7)
    const char *description = nullptr; // untranslated, context "tixsync::tpl::PayloadSchema"
};

/// The documented payload paths: for validation, editor completion and unknown-path warnings.
class PayloadSchema {
public:
    static const QList<PayloadPath> &paths();
    /// `ticketDetails.main.3.key` → `ticketDetails.main.#.key`.
    static QString normalize(QStringView path);
    /// The entry for a (normalized or not) path, or null.
    static const PayloadPath *find(QStringView path);
    /// True for paths TIXNGO documents or leaves open (`transferRules.*`).
    static bool isKnown(QStringView path);
    /// Paths that must be present in every ticket (PAY-1, PAY-6).
    static const QStringList &requiredPaths();
};

} // namespace tixsync::tpl
