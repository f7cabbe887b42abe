#pragma once

// Training mode's data: three built-in trainee profiles (one per role, PIN shown on the sign-in screen)
// and generated customers. The generator's parameters are stored in the data file, so "Reset training
// data" always restores the same initial state.

#include "models/core/result.h"
#include "models/profiles/profilestore.h"

#include <functional>

namespace ta {

class Database;

struct TrainingSetup
{
    int customers = 5000;
    quint64 seed = 2025;
    int lastMonth = 0; ///< yyyymm; 0 (unset): the generator's default month
};

class TrainingData
{
public:
    /// The PIN of every built-in training profile, printed on the training sign-in screen.
    static QString pin() { return QStringLiteral("1234"); }
    /// Creates the built-in profiles when the training workspace has none.
    static Status ensureProfiles(ProfileStore &profiles);

    /// The setup stored in @p db, if it was ever filled.
    static std::optional<TrainingSetup> storedSetup(Database &db);
    static bool isFilled(Database &db);

    /// Removes the work done in @p db (drafts, signed records, the outbox, assignments, campaigns, review
    /// copies) in one transaction; the customers stay.
    static Status clearWork(Database &db);

    /// Replaces all customers in @p db with generated ones, in one transaction. @p progress gets
    /// (done, total) now and then and returns false to cancel; a cancelled or failed fill changes nothing.
    static Status fill(Database &db, const TrainingSetup &setup,
                       const std::function<bool(int done, int total)> &progress = {});
};

} // namespace ta
