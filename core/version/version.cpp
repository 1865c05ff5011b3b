#include "version/version.h"

#include "version/buildinfo.h"

namespace planbridge {

std::string_view version()
{
    return build::Version;
}

std::string_view commit()
{
    return build::Commit;
}

std::string versionString()
{
    return std::string(version()) + " (commit " + std::string(commit()) + ")";
}

} // namespace planbridge
