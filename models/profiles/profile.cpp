#include "models/profiles/profile.h"

#include <QCoreApplication>

namespace ta {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Inspector:
        return QStringLiteral("inspector");
    case Role::BranchLeader:
        return QStringLiteral("leader");
    case Role::Trainer:
        return QStringLiteral("trainer");
    }
    return QStringLiteral("inspector");
}

Role roleFromCode(const QString &code)
{
    if (code == QLatin1StringView("leader"))
        return Role::BranchLeader;
    if (code == QLatin1StringView("trainer"))
        return Role::Trainer;
    return Role::Inspector;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Inspector:
        return QCoreApplication::translate("ta::Role", "Inspector");
    case Role::BranchLeader:
        return QCoreApplication::translate("ta::Role", "Branch leader");
    case Role::Trainer:
        return QCoreApplication::translate("ta::Role", "Trainer");
    }
    return {};
}

} // namespace ta
