#include "lowdelay.h"

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#endif

#include <algorithm>

namespace tixsync::tixngo {

int setLowDelayForPeerPort(quint16 peerPort)
{
    int changed = 0;
#ifdef Q_OS_UNIX
    rlimit limit{};
    rlim_t maxFd = 1024;
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        maxFd = limit.rlim_cur;
    maxFd = std::min<rlim_t>(maxFd, 8192);
    for (int fd = 3; fd < static_cast<int>(maxFd); ++fd) {
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
            continue;
        quint16 port = 0;
        if (peer.ss_family == AF_INET)
            port = ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
        else if (peer.ss_family == AF_INET6)
            port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
        if (port != peerPort)
            continue;
        int one = 1;
        if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0)
            ++changed;
    }
#else
    Q_UNUSED(peerPort);
#endif
    return changed;
}

} // namespace tixsync::tixngo
