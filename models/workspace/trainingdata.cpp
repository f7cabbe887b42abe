#include "models/workspace/trainingdata.h"

#include "models/core/logging.h"
#include "models/customers/customergenerator.h"
#include "models/customers/customerrepository.h"
#include "models/storage/database.h"
#include "models/storage/profiledata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ta {

Status TrainingData::ensureProfiles(ProfileStore &profiles)
{
    if (!profiles.profiles().isEmpty())
        return Status::success();
    // The training set comes with the app, as a leader would set it up.
    const QList<ProfileInput> builtIn{
        {QStringLiteral("Học viên Kiểm tra viên"), QStringLiteral("KTV-DT-01"), QStringLiteral("Điện lực Thủ Dầu Một"),
         Role::Inspector, pin(), Role::BranchLeader},
        {QStringLiteral("Học viên Lãnh đạo"), QStringLiteral("LD-DT-01"), QStringLiteral("Điện lực Thủ Dầu Một"),
         Role::BranchLeader, pin(), Role::BranchLeader},
        {QStringLiteral("Giảng viên"), QStringLiteral("GV-DT-01"), QStringLiteral("Trung tâm Đào tạo"), Role::Trainer,
         pin(), Role::BranchLeader},
    };
    for (const ProfileInput &input : builtIn) {
        if (auto created = profiles.create(input); !created)
            return created.status();
    }
    qCInfo(lcTraining) << "Created the built-in training profiles";
    return Status::success();
}

Status TrainingData::clearWork(Database &db)
{
    Transaction transaction(db.connection());
    if (!transaction.isActive())
        return Status::failure(QCoreApplication::translate("ta::TrainingData", "The training data file is busy."));
    // Children before what they refer to.
    const QStringList statements{
        QStringLiteral("DELETE FROM outbox"),         QStringLiteral("DELETE FROM review_decisions"),
        QStringLiteral("DELETE FROM review_records"), QStringLiteral("DELETE FROM inspections"),
        QStringLiteral("DELETE FROM assignments"),    QStringLiteral("DELETE FROM branch_assignments"),
        QStringLiteral("DELETE FROM campaigns"),      QStringLiteral("DELETE FROM sync_state")};
    if (Status s = execAll(db.connection(), statements); !s)
        return s;
    return transaction.commit();
}

std::optional<TrainingSetup> TrainingData::storedSetup(Database &db)
{
    const QString customers = ProfileData::metaValue(db, QStringLiteral("training.customers"));
    if (customers.isEmpty())
        return std::nullopt;
    TrainingSetup s;
    s.customers = customers.toInt();
    s.seed = ProfileData::metaValue(db, QStringLiteral("training.seed")).toULongLong();
    s.lastMonth = ProfileData::metaValue(db, QStringLiteral("training.lastMonth")).toInt();
    return s;
}

bool TrainingData::isFilled(Database &db)
{
    return storedSetup(db).has_value() && CustomerRepository(db.connection()).count() > 0;
}

Status TrainingData::fill(Database &db, const TrainingSetup &setup,
                          const std::function<bool(int done, int total)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db.connection());
    if (!tx.isActive())
        return Status::failure(QCoreApplication::translate("ta::TrainingData", "The training database is busy."));
    CustomerRepository repository(db.connection());
    if (Status s = repository.removeAll(); !s)
        return s;

    GeneratorOptions options;
    options.customers = setup.customers;
    options.seed = setup.seed;
    options.lastMonth = setup.lastMonth;
    CustomerGenerator generator(options);
    for (int i = 0; i < setup.customers; ++i) {
        if (Status s = repository.insert(generator.next()); !s)
            return s;
        if (progress && (i % 250 == 0 || i + 1 == setup.customers) && !progress(i + 1, setup.customers))
            return Status::failure(
                QCoreApplication::translate("ta::TrainingData", "Cancelled: the training data was left as it was."));
    }
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("training.customers"), QString::number(setup.customers)},
          std::pair{QStringLiteral("training.seed"), QString::number(setup.seed)},
          std::pair{QStringLiteral("training.lastMonth"), QString::number(setup.lastMonth)}}) {
        if (Status s = ProfileData::setMetaValue(db, key, value); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcTraining) << "Filled the training database with" << setup.customers << "customers in" << timer.elapsed()
                       << "ms";
    return Status::success();
}

} // namespace ta
