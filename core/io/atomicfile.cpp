#include "atomicfile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace planbridge {
namespace {

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

} // namespace

AtomicFile::~AtomicFile()
{
    if (m_file) {
        std::fclose(m_file);
        ::unlink(m_temp.c_str());
    }
}

std::FILE *AtomicFile::open(std::string &error)
{
    struct stat st {};
    if (::stat(m_path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        error = "cannot write " + m_path + ": it is a directory";
        return nullptr;
    }
    m_temp = m_path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(m_temp.data());
    if (fd < 0) {
        error = "cannot write " + m_path + ": " + std::strerror(errno);
        return nullptr;
    }
    ::fchmod(fd, 0644 & ~currentUmask()); // mkstemp creates 0600; give the file ordinary permissions
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        error = "cannot write " + m_path + ": " + std::strerror(errno);
        ::close(fd);
        ::unlink(m_temp.c_str());
    }
    return m_file;
}

bool AtomicFile::commit(std::string &error)
{
    const bool written = std::fflush(m_file) == 0 && !std::ferror(m_file) && ::fsync(::fileno(m_file)) == 0;
    int savedErrno = errno;
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (written && closed && std::rename(m_temp.c_str(), m_path.c_str()) == 0)
        return true;
    if (written)
        savedErrno = errno;
    error = "cannot write " + m_path + ": " + std::strerror(savedErrno);
    ::unlink(m_temp.c_str());
    return false;
}

} // namespace planbridge
