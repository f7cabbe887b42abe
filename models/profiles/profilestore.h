#pragma once

// The profiles of one workspace (the real one or the training one), kept in their own small database
// (profiles.sqlite) beside the per-profile data files.

#include "models/core/result.h"
#include "models/profiles/profile.h"
#include "models/storage/database.h"

#include <QList>

#include <memory>
#include <optional>

namespace ta {

class Clock;

/// What a new profile is made from.
struct ProfileInput
{
    QString fullName;
    QString cardNumber;
    QString branch;
    Role role = Role::Inspector;
    QString pin;
    /// The role of whoever adds the profile, when someone is signed in. A leader's or trainer's profile is
    /// added only by a branch leader, except the first profile of a tablet (its setup).
    std::optional<Role> addedBy;
};

/// The answer to a sign-in attempt.
struct SignInResult
{
    enum class Outcome { Accepted, WrongPin, Throttled, UnknownProfile };
    Outcome outcome = Outcome::WrongPin;
    qint64 waitSeconds = 0; ///< for Throttled, and for WrongPin once the back-off started
    int freeAttemptsLeft = 0;
    bool accepted() const { return outcome == Outcome::Accepted; }
};

class ProfileStore
{
public:
    static Schema schema();
    static Result<std::unique_ptr<ProfileStore>> open(const QString &path, const Clock &clock);

    QList<Profile> profiles() const;
    Result<Profile> profile(qint64 id) const;
    /// Validates (names the first field that is wrong), hashes the PIN and stores the profile.
    Result<Profile> create(const ProfileInput &input);
    /// Checks a PIN with back-off: after @p freeAttempts wrong PINs each try must wait longer.
    SignInResult signIn(qint64 id, const QString &pin, int freeAttempts);
    Status remove(qint64 id);

    Database &database() { return *m_db; }

private:
    ProfileStore(std::unique_ptr<Database> db, const Clock &clock);
    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
};

} // namespace ta
