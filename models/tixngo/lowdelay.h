#pragma once

#include <QtGlobal>

namespace tixsync::tixngo {

/// Turns Nagle's algorithm off (TCP_NODELAY) on this process's TCP sockets connected to
/// `peerPort`, and returns how many it changed.
///
/// Why: QNetworkAccessManager 6.4 never sets QAbstractSocket::LowDelayOption on its sockets and
/// does not expose them. A ≈1 MB POST then ends with a small segment that Nagle holds until the
/// server's delayed ACK (≈40 ms), which capped one connection at ≈25 k tickets/s in
/// bench_client; with TCP_NODELAY the same client reaches ≈90–120 k tickets/s (docs/tixngo-api.md).
/// The sockets live in QNAM's own thread, so the option is set through the OS on the file
/// descriptors (setsockopt is thread-safe); setting it mid-transfer also pushes any held segment
/// at once. Other sockets to the same port only lose Nagle too, which is harmless. POSIX only;
/// elsewhere it does nothing (use ApiProfile::callsInFlight > 1 there).
int setLowDelayForPeerPort(quint16 peerPort);

} // namespace tixsync::tixngo
