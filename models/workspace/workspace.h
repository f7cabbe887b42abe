#pragma once

// A workspace is a folder holding a profile list and the profiles' data files. The real workspace and the
// training workspace are separate folders: nothing opened in one can reach the other.
//
//   <AppDataLocation>/profiles.sqlite, profiles/<id>.sqlite                    real profiles
//   <AppDataLocation>/training/profiles.sqlite, training/profiles/<id>.sqlite  training profiles
// One data file per profile in both: a trainee's drafts and records are their own.

#include "models/core/result.h"
#include "models/profiles/profilestore.h"
#include "models/storage/profiledata.h"

#include <memory>

namespace ta {

class Clock;

class Workspace
{
public:
    static QString defaultRoot(WorkspaceKind kind);
    /// The profile list of the workspace at @p root.
    static QString profilesPath(const QString &root);
    static Result<std::unique_ptr<Workspace>> open(WorkspaceKind kind, const QString &root, const Clock &clock);

    WorkspaceKind kind() const { return m_kind; }
    bool isTraining() const { return m_kind == WorkspaceKind::Training; }
    QString root() const { return m_root; }
    ProfileStore &profiles() { return *m_profiles; }

    /// The data file of @p profileId.
    QString dataPath(qint64 profileId) const;
    Result<std::unique_ptr<Database>> openData(qint64 profileId) const;

private:
    Workspace() = default;
    WorkspaceKind m_kind = WorkspaceKind::Real;
    QString m_root;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace ta
