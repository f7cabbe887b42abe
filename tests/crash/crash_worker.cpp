// The work the kill -9 campaigns (tst_crash) interrupt, each in a process of its own, done through the same
// code the app runs. It prints a line as each piece of work is saved, so the campaign knows what must survive.
//   crash_worker inspect FOLDER   fills an inspection of PB07010000007 step by step, saving each, then signs it
//   crash_worker training DB      resets a training data file: its work cleared, 20,000 customers generated
//   crash_worker migrate DB       opens an old data file, which migrates it to the current schema
// (The customer-list import is the real tariff-audit-cli's.)

#include "models/core/clock.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/inspectionsession.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/trainingdata.h"
#include "tests/common/testpictures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>

#include <cstdio>

using namespace ta;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return 1;
}

QByteArray png(Qt::GlobalColor color, int width)
{
    return test::pngOf(color, width, width / 2);
}

int inspect(const QString &folder)
{
    auto db = ProfileData::open(QDir(folder).filePath(QStringLiteral("data.sqlite")), WorkspaceKind::Real);
    if (!db)
        return fail(db.error());
    const TariffLibrary library = TariffLibrary::load();
    InMemorySecretStore secrets;
    QFile keyFile(QDir(folder).filePath(QStringLiteral("device.key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no device.key"));
    const QString keyName = DeviceKey::keyName(false, 1);
    if (Status s = secrets.writeSecret(keyName, keyFile.readAll()); !s)
        return fail(s.error());
    const SystemClock clock;
    InspectionEnvironment env;
    env.data = db.value().get();
    env.library = &library;
    env.secrets = &secrets;
    env.clock = &clock;
    env.evidenceFolder = QDir(folder).filePath(QStringLiteral("evidence"));
    env.recordsFolder = QDir(folder).filePath(QStringLiteral("records"));
    env.keyName = keyName;
    env.context.unit = QStringLiteral("Điện lực Thủ Dầu Một");
    env.context.inspectorName = QStringLiteral("Nguyễn Văn Kiểm");
    env.context.inspectorCard = QStringLiteral("KTV-0719");
    env.context.profileId = 1;
    env.context.deviceName = QStringLiteral("tablet-crash");
    auto opened = InspectionSession::openFor(env, QStringLiteral("PB07010000007"));
    if (!opened)
        return fail(opened.error());
    InspectionSession &session = *opened.value();
    say(QStringLiteral("draft %1").arg(session.draft().id));
    session.setStep(InspectionSession::Step::Identify);
    session.edit([](Inspection &d) {
        d.checks = {QStringLiteral("households")};
        d.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"),
                              QStringLiteral("074185000123")};
    });
    if (Status s = session.flush(); !s)
        return fail(s.error());
    say(QStringLiteral("saved identify present=074185000123"));
    session.setStep(InspectionSession::Step::Households);
    session.edit([](Inspection &d) {
        d.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd"), QString()},
                                   {QStringLiteral("Lê Văn Hùng"), QStringLiteral("ct07"), QString()}};
    });
    if (Status s = session.flush(); !s)
        return fail(s.error());
    say(QStringLiteral("saved households heads=2 renters=0"));
    session.edit([](Inspection &d) { d.households.renterPersons = 3; });
    if (Status s = session.flush(); !s)
        return fail(s.error());
    say(QStringLiteral("saved households heads=2 renters=3"));
    // A photo large enough to be scaled down and re-encoded, as a camera's is.
    if (auto photo = session.addPictureData(png(Qt::gray, 2400), QStringLiteral("meter-photo")); !photo)
        return fail(photo.error());
    say(QStringLiteral("saved households heads=2 renters=3 evidence=1"));
    if (Status s = session.setSignature(QStringLiteral("customer"), png(Qt::black, 300)); !s)
        return fail(s.error());
    if (Status s = session.setSignature(QStringLiteral("inspector"), png(Qt::blue, 300)); !s)
        return fail(s.error());
    say(QStringLiteral("saved households heads=2 renters=3 evidence=3"));
    auto done = session.finalise();
    if (!done)
        return fail(done.error());
    say(QStringLiteral("finalised %1 %2").arg(done->record.id(), done->folder));
    return 0;
}

int training(const QString &path)
{
    auto db = ProfileData::open(path, WorkspaceKind::Training);
    if (!db)
        return fail(db.error());
    if (Status s = TrainingData::clearWork(*db.value()); !s)
        return fail(s.error());
    say(QStringLiteral("cleared"));
    TrainingSetup setup;
    setup.customers = 20000;
    setup.seed = 2;
    if (Status s = TrainingData::fill(*db.value(), setup); !s)
        return fail(s.error());
    say(QStringLiteral("filled seed=2"));
    return 0;
}

int migrate(const QString &path)
{
    auto db = Database::open(path, ProfileData::schema());
    if (!db)
        return fail(db.error());
    say(QStringLiteral("migrated %1").arg(db.value()->schemaVersion()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The record's PDF is laid out with fonts: a GUI application, on no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: crash_worker inspect|training|migrate PATH"));
    if (args.at(1) == QLatin1StringView("inspect"))
        return inspect(args.at(2));
    if (args.at(1) == QLatin1StringView("training"))
        return training(args.at(2));
    if (args.at(1) == QLatin1StringView("migrate"))
        return migrate(args.at(2));
    return fail(QStringLiteral("unknown work ") + args.at(1));
}
