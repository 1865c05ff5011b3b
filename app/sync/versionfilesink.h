#pragma once

#include "io/forecastreader.h"

#include <cstdio>
#include <optional>
#include <string>

namespace planbridge::cli {

// Writes a pulled version as a canonical version document (the JSON form `validate` reads), one
// record per line, to a temporary file beside the target that commit() renames into place.
class VersionFileSink final : public RecordSink
{
public:
    explicit VersionFileSink(std::string path);
    ~VersionFileSink() override; // removes the temporary file unless committed

    bool open(std::string &error);
    void beginRecords(const VersionFields &fields) override;
    void record(const RawRecord &record) override;
    bool commit(std::string &error);

private:
    void write(const std::string &text);

    std::string m_path;
    std::string m_temp;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
    bool m_first = true;
    bool m_failed = false;
};

} // namespace planbridge::cli
