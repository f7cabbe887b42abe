// Prints how long finalising an inspection takes: assess and price the checks, build the canonical record,
// SHA-256, Ed25519 signature, store it, write the record folder and the Vietnamese PDF with two signature
// images, a photo and the QR code.
//   bench_record [records=50]
// The key lives in an in-memory store here: the keychain round trip is the operating system's and happens
// once per session, not per record.

#include "models/core/clock.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/inspectionsession.h"
#include "models/inspection/recordfolder.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray picture(int w, int h, const char *format)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 4));
    for (int i = 0; i < 12; ++i)
        p.drawLine(10 + i * w / 14, h - 10, 30 + i * w / 14, 10 + (i % 3) * h / 4);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "tariffaudit.*.info=false");
    QGuiApplication app(argc, argv);
    const int records = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    QTemporaryDir dir;
    auto db = ta::ProfileData::open(dir.filePath(QStringLiteral("d.sqlite")), ta::WorkspaceKind::Real);
    if (!db)
        return 1;
    ta::CustomerRepository customers(db.value()->connection());
    const QByteArray customerSig = picture(600, 240, "PNG");
    const QByteArray inspectorSig = picture(600, 240, "PNG");
    const QString photo = dir.filePath(QStringLiteral("meter.jpg"));
    {
        QFile f(photo);
        if (!f.open(QIODevice::WriteOnly) || f.write(picture(1600, 1200, "JPEG")) < 0)
            return 1;
    }
    ta::InMemorySecretStore secrets;
    const ta::TariffLibrary library = ta::TariffLibrary::load();
    const ta::SystemClock clock;
    ta::InspectionEnvironment env;
    env.data = db.value().get();
    env.library = &library;
    env.secrets = &secrets;
    env.clock = &clock;
    env.evidenceFolder = dir.filePath(QStringLiteral("evidence"));
    env.recordsFolder = dir.filePath(QStringLiteral("records"));
    env.keyName = ta::DeviceKey::keyName(false, 1);
    env.context.unit = QStringLiteral("Điện lực Thủ Dầu Một");
    env.context.inspectorName = QStringLiteral("Nguyễn Văn Đức");
    env.context.inspectorCard = QStringLiteral("KTV-0719");
    env.context.profileId = 1;
    env.context.deviceName = QStringLiteral("bench");
    const QDate today = QDate::currentDate();
    std::vector<double> finaliseMs, exportMs;
    for (int i = 0; i < records; ++i) {
        ta::Customer c;
        c.code = QStringLiteral("PB0701%1").arg(i, 7, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Nguyễn Văn Đức");
        c.address = QStringLiteral("12 Yersin, Phường Phú Cường, Thành phố Thủ Dầu Một");
        c.meterSerial = QStringLiteral("25000%1").arg(i);
        c.households = 4;
        c.priceString = QStringLiteral("SHBT:80%;KDDV:CL");
        for (int m = 12; m >= 1; --m) {
            const QDate month = today.addMonths(-m);
            c.history.push_back(
                {month.year() * 100 + month.month(), 400 + 10 * m, std::nullopt, std::nullopt, std::nullopt});
        }
        if (!customers.insert(c))
            return 1;
        ta::Inspection in;
        in.customerCode = c.code;
        in.checks = {QStringLiteral("households"), QStringLiteral("ratio"), QStringLiteral("reading")};
        in.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"), QStringLiteral("0741")};
        in.identify.reading = 15230;
        in.identify.previousReading = 14800;
        in.identify.previousReadingDate = today.addDays(-30);
        in.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd"), QString()},
                                    {QStringLiteral("Lê Văn Hùng"), QStringLiteral("ct07"), QString()}};
        in.households.renterPersons = 3;
        in.ratio.appliances = {{QStringLiteral("Máy lạnh"), 1.2, 2, 0.8, 8, 26, QStringLiteral("KDDV")},
                               {QStringLiteral("Tủ lạnh"), 0.15, 1, 1, 24, 30, QStringLiteral("SHBT")}};
        auto session = ta::InspectionSession::fromAnswers(env, in);
        if (!session || !session.value()->addPicture(photo, QStringLiteral("meter-photo"), QStringLiteral("Công tơ")) ||
            !session.value()->setSignature(QStringLiteral("customer"), customerSig) ||
            !session.value()->setSignature(QStringLiteral("inspector"), inspectorSig))
            return 1;
        QElapsedTimer t;
        t.start();
        auto record = session.value()->finalise();
        const double all = double(t.nsecsElapsed()) / 1e6;
        if (!record || !record->folderError.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(record ? record->folderError : record.error()));
            return 1;
        }
        // The folder and its PDF once more, on their own, to tell the two parts apart.
        t.restart();
        if (!ta::RecordFolder::write(record->record, ta::EvidenceStore(env.evidenceFolder),
                                     dir.filePath(QStringLiteral("again"))))
            return 1;
        exportMs.push_back(double(t.nsecsElapsed()) / 1e6);
        finaliseMs.push_back(std::max(0.0, all - exportMs.back()));
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const auto worst = [](const std::vector<double> &v) {
        return *std::max_element(v.begin(), v.end());
    };
    std::vector<double> total(finaliseMs.size());
    for (std::size_t i = 0; i < total.size(); ++i)
        total[i] = finaliseMs[i] + exportMs[i];
    std::printf("records                      %d (3 checks, 2 signatures, a 1600×1200 photo)\n", records);
    std::printf("assess + sign + store        median %.1f ms, worst %.1f ms\n", median(finaliseMs), worst(finaliseMs));
    std::printf("record folder + PDF          median %.1f ms, worst %.1f ms\n", median(exportMs), worst(exportMs));
    std::printf("per record in all            median %.1f ms, worst %.1f ms (goal 200 ms)\n", median(total),
                worst(total));
    return 0;
}
