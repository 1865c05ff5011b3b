#pragma once

#include "store/database.h"

#include <vector>

namespace planbridge::store {

// The cache's schema, one migration per version, oldest first. Never edit a released migration:
// add the next one, so every older cache upgrades the same way.
const std::vector<Migration> &cacheMigrations();

} // namespace planbridge::store
