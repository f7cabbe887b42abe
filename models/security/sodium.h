#pragma once

// libsodium, initialised once for the process (thread-safe; sodium_init may be called again harmlessly).

#include <sodium.h>

namespace ta {

/// Whether libsodium started; every use of it checks this first.
inline bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace ta
