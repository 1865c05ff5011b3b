#include "sandbox/connectiondrop.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdlib>
#include <cstring>

namespace planbridge::sandbox {

namespace {

// Port and printable address of a socket name (IPv4 or IPv6).
bool describe(const sockaddr_storage &address, std::string &host, int &port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        sockaddr_in v4;
        std::memcpy(&v4, &address, sizeof v4);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    } else if (address.ss_family == AF_INET6) {
        sockaddr_in6 v6;
        std::memcpy(&v6, &address, sizeof v6);
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        port = ntohs(v6.sin6_port);
    } else {
        return false;
    }
    host = text;
    return true;
}

bool matches(int fd, int localPort, const std::string &remoteAddress, int remotePort)
{
    sockaddr_storage local {};
    sockaddr_storage peer {};
    socklen_t localSize = sizeof local;
    socklen_t peerSize = sizeof peer;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localSize) != 0
        || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerSize) != 0)
        return false;
    std::string host;
    int port = 0;
    if (!describe(local, host, port) || port != localPort)
        return false;
    return describe(peer, host, port) && port == remotePort && host == remoteAddress;
}

} // namespace

bool dropConnection(int localPort, const std::string &remoteAddress, int remotePort)
{
    DIR *descriptors = opendir("/proc/self/fd");
    if (!descriptors)
        return false;
    bool dropped = false;
    while (const dirent *entry = readdir(descriptors)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == dirfd(descriptors))
            continue;
        if (matches(int(fd), localPort, remoteAddress, remotePort)) {
            // Shut down, never close: the descriptor still belongs to httplib's worker thread.
            dropped = shutdown(int(fd), SHUT_RDWR) == 0;
            break;
        }
    }
    closedir(descriptors);
    return dropped;
}

} // namespace planbridge::sandbox
