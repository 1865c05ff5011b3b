#pragma once

// Defined in buildinfo.cpp, which the build writes from cmake/buildinfo.cpp.in each time the
// commit changes; only that file is recompiled then, and the programs relinked.
namespace planbridge::build {

extern const char Version[];
extern const char Commit[];

} // namespace planbridge::build
