#pragma once

#include "io/atomicfile.h"
#include "io/forecastreader.h"

#include <cstdio>
#include <string>

namespace planbridge::cli {

// Writes a pulled version as a canonical version document (the JSON form `validate` reads), one
// record per line, atomically: nothing appears at the target until commit().
class VersionFileSink final : public RecordSink
{
public:
    explicit VersionFileSink(std::string path)
        : m_file(std::move(path))
    {
    }

    bool open(std::string &error);
    void beginRecords(const VersionFields &fields) override;
    void record(const RawRecord &record) override;
    bool commit(std::string &error);

private:
    void write(const std::string &text);

    AtomicFile m_file;
    std::FILE *m_out = nullptr;
    std::string m_buffer;
    bool m_first = true;
    bool m_failed = false;
};

} // namespace planbridge::cli
