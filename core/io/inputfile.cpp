#include "inputfile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace planbridge {
namespace {

std::string describeErrno(const std::string &path)
{
    return "cannot read " + path + ": " + std::strerror(errno);
}

} // namespace

InputFile::InputFile(InputFile &&other) noexcept { *this = std::move(other); }

InputFile &InputFile::operator=(InputFile &&other) noexcept
{
    if (this == &other)
        return *this;
    if (m_map)
        ::munmap(m_map, m_mapSize);
    m_map = std::exchange(other.m_map, nullptr);
    m_mapSize = std::exchange(other.m_mapSize, 0);
    m_released = other.m_released;
    const bool ownsBuffer = other.m_view.data() == other.m_buffer.data();
    m_buffer = std::move(other.m_buffer);
    m_view = ownsBuffer ? std::string_view(m_buffer) : other.m_view;
    other.m_view = {};
    return *this;
}

InputFile::~InputFile()
{
    if (m_map)
        ::munmap(m_map, m_mapSize);
}

std::optional<InputFile> InputFile::open(const std::string &path, std::string &error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = describeErrno(path);
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = describeErrno(path);
        ::close(fd);
        return std::nullopt;
    }
    if (S_ISDIR(st.st_mode)) {
        error = "cannot read " + path + ": it is a directory";
        ::close(fd);
        return std::nullopt;
    }
    InputFile file;
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        void *map = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            ::madvise(map, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
            file.m_map = map;
            file.m_mapSize = static_cast<std::size_t>(st.st_size);
            file.m_view = std::string_view(static_cast<const char *>(map), file.m_mapSize);
            ::close(fd);
            return file;
        }
    }
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = describeErrno(path);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        file.m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
    ::close(fd);
    file.m_view = file.m_buffer;
    return file;
}

void InputFile::release(std::size_t offset)
{
    if (!m_map)
        return;
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t end = offset / page * page;
    // Release in large steps: each madvise is a system call.
    if (end < m_released + (std::size_t(8) << 20))
        return;
    ::madvise(static_cast<char *>(m_map) + m_released, end - m_released, MADV_DONTNEED);
    m_released = end;
}

std::optional<std::string> readWholeFile(const std::string &path, std::string &error)
{
    auto file = InputFile::open(path, error);
    if (!file)
        return std::nullopt;
    return std::string(file->content());
}

} // namespace planbridge
