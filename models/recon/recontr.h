#pragma once

#include <QCoreApplication>

namespace tixsync::recon {

/// The translation context "Reconciliation" of the engine's texts: `Reconciliation::tr("…")` is
/// what lupdate extracts under that context and what QCoreApplication::translate() looks up.
class Reconciliation {
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)
};

} // namespace tixsync::recon
