#pragma once

#include <string>

namespace planbridge::sandbox {

// Cuts one accepted TCP connection, found by its address pair, so the peer gets no response at
// all ("empty reply from server"). cpp-httplib gives handlers no socket and always sends a
// response — even for an exception — so the sandbox looks the socket up among the process's open
// descriptors and shuts it down; httplib's own write then fails and it closes the descriptor.
// Returns false when no such socket is found.
bool dropConnection(int localPort, const std::string &remoteAddress, int remotePort);

} // namespace planbridge::sandbox
