#include "models/workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ta {

QString Workspace::profilesPath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("profiles.sqlite"));
}

QString Workspace::defaultRoot(WorkspaceKind kind)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return kind == WorkspaceKind::Training ? base + QStringLiteral("/training") : base;
}

Result<std::unique_ptr<Workspace>> Workspace::open(WorkspaceKind kind, const QString &root, const Clock &clock)
{
    auto store = ProfileStore::open(profilesPath(root), clock);
    if (!store)
        return Result<std::unique_ptr<Workspace>>::failure(store.error());
    std::unique_ptr<Workspace> w(new Workspace);
    w->m_kind = kind;
    w->m_root = QDir(root).absolutePath();
    w->m_profiles = std::move(store).value();
    if (kind == WorkspaceKind::Training) {
        // The one data file all training profiles once shared: its practice is generated again per profile.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(QDir(root).filePath(QStringLiteral("training.sqlite") + suffix));
        QDir(QDir(root).filePath(QStringLiteral("training-evidence"))).removeRecursively();
        QDir(QDir(root).filePath(QStringLiteral("training-records"))).removeRecursively();
    }
    return w;
}

QString Workspace::dataPath(qint64 profileId) const
{
    // One data file per profile, in training too: a trainee's drafts and records are their own.
    return QDir(m_root).filePath(QStringLiteral("profiles/%1.sqlite").arg(profileId));
}

Result<std::unique_ptr<Database>> Workspace::openData(qint64 profileId) const
{
    return ProfileData::open(dataPath(profileId), m_kind);
}

} // namespace ta
