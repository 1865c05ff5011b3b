#pragma once

#include <string>
#include <string_view>

// The build's identity, for --version and the About dialog. The version is the CMake project
// version (the one place it is set); the commit is read from git when the binary is built.
namespace planbridge {

// "0.1.0"
std::string_view version();

// Short hash of the commit the build was made from, or "unknown" outside a git checkout.
std::string_view commit();

// "0.1.0 (commit abc1234)": what --version prints after the program's name.
std::string versionString();

} // namespace planbridge
