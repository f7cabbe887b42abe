#pragma once

// Which user-supplied tariff books a branch leader has accepted on this device, by the SHA-256 of the
// file: a book dropped into the tariffs folder prices nothing until then, and a file changed afterwards
// is a different book (a new hash) that waits again. Kept in the workspace's profile list, so training
// acceptances never reach real work.

#include "models/core/result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <vector>

namespace ta {

class Database;
struct Profile;
struct TariffBook;

class TariffApprovals
{
public:
    struct Approval
    {
        QString sha256;
        QString decision;
        QString fileName;
        QString acceptedBy;
        QDateTime acceptedAt;
    };

    explicit TariffApprovals(Database &profiles);

    QSet<QString> accepted() const;
    std::vector<Approval> list() const;
    /// Records that @p leader accepts @p book; refused for any other role.
    Status accept(const TariffBook &book, const Profile &leader, const QDateTime &now);
    /// The accepted hashes stored in the profile list at @p profilesPath, read without creating it (the
    /// CLI's books); empty when there is no such file.
    static QSet<QString> readAccepted(const QString &profilesPath);

private:
    Database &m_db;
};

} // namespace ta
