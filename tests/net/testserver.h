#pragma once

// A real HTTP peer for the net tests: cpp-httplib on 127.0.0.1, on a free port, on its own thread.
// Register handlers through server() before start().
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

namespace planbridge::test {

class TestServer
{
public:
    TestServer() { m_port = m_server.bind_to_any_port("127.0.0.1"); }
    ~TestServer() { stop(); }
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    httplib::Server &server() { return m_server; }
    int port() const { return m_port; }
    std::string url(const std::string &path = "/") const
    {
        return "http://127.0.0.1:" + std::to_string(m_port) + path;
    }

    // Starts serving; true once the accept loop runs. The socket already listens after bind, but
    // stop() is a no-op before the loop starts, so the tests wait for it (polling, with a deadline).
    bool start()
    {
        if (m_port <= 0)
            return false;
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!m_server.is_running()) {
            if (std::chrono::steady_clock::now() > deadline)
                return false;
            std::this_thread::yield();
        }
        return true;
    }

    void stop()
    {
        if (!m_thread.joinable())
            return;
        m_server.stop();
        m_thread.join();
    }

private:
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = -1;
};

// A loopback port nobody listens on: bound, then released (nothing else on this host races for it
// within a test's lifetime in practice, and a stray listener would only fail the test loudly).
inline int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = -1;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

} // namespace planbridge::test
