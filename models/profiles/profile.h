#pragma once

#include <QDateTime>
#include <QString>

namespace ta {

/// What a device user does; decides which pages and actions they see.
enum class Role {
    Inspector,    ///< kiểm tra viên điện lực (KTV): visits customers and records inspections
    BranchLeader, ///< lãnh đạo Điện lực: reviews records, follows the campaign
    Trainer,      ///< runs training sessions
};

/// Stable code stored in the database ("inspector", "leader", "trainer").
QString roleCode(Role role);
/// Parses a stored code; unknown codes give Inspector, the least privileged role.
Role roleFromCode(const QString &code);
/// Translated display name.
QString roleName(Role role);

/// A person who signs in on this device. The PIN is held only as a libsodium hash.
struct Profile
{
    qint64 id = 0;
    QString fullName;
    QString cardNumber; ///< staff / KTV card number
    QString branch;     ///< Điện lực (district power branch)
    Role role = Role::Inspector;
    QByteArray pinHash;
    int failedAttempts = 0;
    QDateTime retryAfter; ///< invalid when no back-off is running
    QDateTime createdAt;
    QDateTime lastSignInAt;
    /// How many digits the PIN has (0: not known, a profile made before it was kept). Only the length: the
    /// sign-in pad goes ahead when that many are typed, as a phone does.
    int pinLength = 0;
};

} // namespace ta
