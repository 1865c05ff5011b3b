#pragma once

#include <filesystem>
#include <string>

#include <stdlib.h>

namespace planbridge::cli {

// A folder of its own under the system's temporary directory, removed with everything in it when
// the command ends, however it ends.
struct TemporaryFolder
{
    std::filesystem::path path;

    // Creates planbridge-<what>-XXXXXX; false when it cannot.
    bool create(const std::string &what)
    {
        std::string name
            = (std::filesystem::temp_directory_path() / ("planbridge-" + what + "-XXXXXX")).string();
        if (!::mkdtemp(name.data()))
            return false;
        path = name;
        return true;
    }

    ~TemporaryFolder()
    {
        std::error_code ignored;
        if (!path.empty())
            std::filesystem::remove_all(path, ignored);
    }
};

} // namespace planbridge::cli
