// Prints how long finalising an inspection takes: assess and price the checks, build the canonical record,
// SHA-256, Ed25519 signature, store it, write the record folder and the Vietnamese PDF with two signature
// images, a photo and the QR code.
//   bench_record [records=50]
// The key lives in an in-memory store here: the keychain round trip is the operating system's and happens
// once per session, not per record.

#include "models/customers/customerrepository.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/finaliser.h"
#include "models/inspection/inspectionstore.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/tarifflibrary.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
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
    ta::EvidenceStore evidence(dir.filePath(QStringLiteral("evidence")));
    const auto customerSig = evidence.add(picture(600, 240, "PNG"), QStringLiteral("signature-customer"));
    const auto inspectorSig = evidence.add(picture(600, 240, "PNG"), QStringLiteral("signature-inspector"));
    const auto photo =
        evidence.add(picture(1600, 1200, "JPEG"), QStringLiteral("meter-photo"), QStringLiteral("Công tơ"));
    ta::InMemorySecretStore secrets;
    const ta::TariffLibrary library = ta::TariffLibrary::load();
    ta::Finaliser finaliser(*db.value(), evidence, secrets, library);
    ta::InspectionStore store(*db.value());
    std::vector<double> finaliseMs, exportMs;
    for (int i = 0; i < records; ++i) {
        ta::Customer c;
        c.code = QStringLiteral("PB0701%1").arg(i, 7, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Nguyễn Văn Đức");
        c.address = QStringLiteral("12 Yersin, Phường Phú Cường, Thành phố Thủ Dầu Một");
        c.meterSerial = QStringLiteral("25000%1").arg(i);
        c.households = 4;
        c.priceString = QStringLiteral("SHBT:80%;KDDV:CL");
        for (int m = 1; m <= 12; ++m)
            c.history.push_back({202500 + m, 400 + 10 * m, std::nullopt, std::nullopt, std::nullopt});
        if (!customers.insert(c))
            return 1;
        auto draft =
            store.startDraft(c.code, {QStringLiteral("households"), QStringLiteral("ratio"), QStringLiteral("reading")},
                             QDateTime::currentDateTime());
        ta::Inspection in = draft.value();
        in.identify.present = {QStringLiteral("Trần Thị Lan"), QStringLiteral("customer"), QStringLiteral("0741")};
        in.identify.reading = 15230;
        in.identify.previousReading = 14800;
        in.identify.previousReadingDate = QDate::currentDate().addDays(-30);
        in.households.households = {{QStringLiteral("Trần Thị Lan"), QStringLiteral("cccd")},
                                    {QStringLiteral("Lê Văn Hùng"), QStringLiteral("ct07")}};
        in.households.renterPersons = 3;
        in.ratio.appliances = {{QStringLiteral("Máy lạnh"), 1.2, 2, 0.8, 8, 26, QStringLiteral("KDDV")},
                               {QStringLiteral("Tủ lạnh"), 0.15, 1, 1, 24, 30, QStringLiteral("SHBT")}};
        in.evidence = {customerSig.value(), inspectorSig.value(), photo.value()};
        in.signatures.customer = customerSig->fileName;
        in.signatures.inspector = inspectorSig->fileName;
        ta::FinaliseRequest request;
        request.inspection = in;
        request.context = {QStringLiteral("Điện lực Thủ Dầu Một"),
                           QStringLiteral("Nguyễn Văn Đức"),
                           QStringLiteral("KTV-0719"),
                           1,
                           QStringLiteral("bench"),
                           false,
                           {},
                           {}};
        request.finalisedAt = QDateTime::currentDateTime();
        request.keyName = ta::DeviceKey::keyName(false, 1);
        QElapsedTimer t;
        t.start();
        auto record = finaliser.finalise(request);
        finaliseMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!record) {
            std::fprintf(stderr, "%s\n", qPrintable(record.error()));
            return 1;
        }
        t.restart();
        if (!finaliser.exportRecord(record.value(), dir.filePath(QStringLiteral("out/%1").arg(i))))
            return 1;
        exportMs.push_back(double(t.nsecsElapsed()) / 1e6);
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
    std::printf("finalise + sign + store      median %.1f ms, worst %.1f ms\n", median(finaliseMs), worst(finaliseMs));
    std::printf("record folder + PDF          median %.1f ms, worst %.1f ms\n", median(exportMs), worst(exportMs));
    std::printf("per record in all            median %.1f ms, worst %.1f ms (goal 200 ms)\n", median(total),
                worst(total));
    return 0;
}
