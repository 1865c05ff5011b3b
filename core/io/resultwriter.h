#pragma once

#include "domain/expected.h"
#include "domain/validationresult.h"

#include <cstdio>
#include <optional>
#include <string>

namespace planbridge {

// Writes the validation result document (see docs/contract.md) to an open stream; false on an I/O
// error.
bool writeValidationResult(const ValidationResult &result, std::FILE *out);

// Writes to a temporary file beside `path`, then renames it over `path`: readers never see a partial
// file, and on failure an existing target is left as it was.
std::optional<EngineError> writeValidationResultFile(const ValidationResult &result, const std::string &path);

} // namespace planbridge
