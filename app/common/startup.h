#pragma once

// Wiring shared by the programs: identity (which decides the data and settings folders), the log file
// and the interface language.

#include <QString>

namespace ta {

class Settings;
class Language;

namespace startup {

/// Application name and version; call right after constructing the Q*Application.
void setIdentity();
/// Starts the rotating log file in <AppDataLocation>/logs with the sizes from @p settings.
void startLogFile(const Settings &settings);
/// Applies @p override, or the stored language when it is empty.
void applyLanguage(Language &language, const Settings &settings, const QString &override = {});

} // namespace startup
} // namespace ta
