#pragma once

#include "core/error.h"

#include <QStringList>
#include <optional>

namespace tixsync::sync {

/// The custom parameters of an interface function (interface doc §3), written as `key=value`
/// lines. `parse()` knows every documented key with its type and default: an unknown key is a
/// warning, a malformed value an error naming its line (rule RUN-11).
struct CustomParameters {
    bool stickToTheHour = true;
    int ticketIterationSize = 0; // 0 = the batch size
    std::optional<double> killRatio; // [ours] failed / attempted above which a run stops as Error
    int maxLengthDumpedCallsInKbs = 0; // 0 = no dumps
    bool doContinueInCaseOfSyncError = true;
    bool enforceMandatoryParameters = true;
    bool dumpTnPRvariables = false;
    bool dumpDataModifiedByTemplate = false;
    bool overlaySpectatorDetailsWithLastOwner = true;
    QStringList resetInjectionInvalidationReasons;
    bool sendMultilingualAsJsonObject = false;
    QStringList overrideVisibilityFlagForInvalidationReasons;
    bool visibilityFlagDefaultValue = false;
    QString lifecycleMode = QStringLiteral("lifecycle");
    bool enableTicketDistributionToCulturalContact = false;

    /// Warnings of the last parse (unknown keys), "line N: …".
    QStringList warnings;

    /// Parses the text (`#` comments and blank lines allowed). `fileName` only labels errors.
    static Result<CustomParameters> parse(const QString &text, const QString &fileName = {});
    /// Every documented key, in the order of the interface doc.
    static const QStringList &knownKeys();
    /// `key=value` lines of the non-default values (for the run's parameters record).
    QString toText() const;
};

} // namespace tixsync::sync
