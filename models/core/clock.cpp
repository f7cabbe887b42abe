#include "models/core/clock.h"

namespace ta {

Clock::~Clock() = default;

} // namespace ta
