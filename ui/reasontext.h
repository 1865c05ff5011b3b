#pragma once

#include "domain/reasoncode.h"

#include <QString>

namespace planbridge::ui {

// The reason code as the engine and its files spell it, e.g. "UNKNOWN_ITEM".
QString reasonCodeText(ReasonCode code);
// A translated one-line explanation of what the code means, for tooltips.
QString reasonDescription(ReasonCode code);

} // namespace planbridge::ui
