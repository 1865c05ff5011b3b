#pragma once

#include <cstdio>
#include <string>

namespace planbridge {

// A file written beside its target and renamed over it on commit(), so readers never see a
// partial file and a failed write leaves an existing target as it was.
class AtomicFile
{
public:
    explicit AtomicFile(std::string path) : m_path(std::move(path)) { }
    ~AtomicFile(); // removes the temporary file unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // The stream to write to, or nullptr with `error` set ("cannot write X: it is a directory").
    std::FILE *open(std::string &error);
    // Flushes, fsyncs and renames into place; on failure the temporary file is removed.
    bool commit(std::string &error);

private:
    std::string m_path;
    std::string m_temp;
    std::FILE *m_file = nullptr;
};

} // namespace planbridge
