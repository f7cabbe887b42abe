#include "models/tariff/tarifflibrary.h"

#include "models/core/logging.h"
#include "models/core/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace ta {

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ta::TariffLibrary", "Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

QString TariffLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tariffs");
}

TariffLibrary TariffLibrary::load(const QString &userFolder)
{
    TariffLibrary library;
    QString error;
    // Built-in data: a problem here is a defect of the product, reported like any other.
    const QDir builtIn(QStringLiteral(":/tariffs"));
    for (const QString &name : builtIn.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = builtIn.filePath(name);
        const QByteArray data = readFile(path, &error);
        if (name == QLatin1StringView("vat.json")) {
            auto vat = VatSchedule::fromJson(data, name);
            if (vat)
                library.m_vat = vat.value();
            else
                library.m_problems << vat.error();
        } else if (name == QLatin1StringView("tou.json")) {
            auto tou = TouCalendar::fromJson(data, name);
            if (tou)
                library.m_tou = tou.value();
            else
                library.m_problems << tou.error();
        } else {
            auto book = TariffBook::fromJson(data, name);
            if (!book) {
                library.m_problems << book.error();
                continue;
            }
            book->builtIn = true;
            if (Status s = library.addBook(std::move(book).value()); !s)
                library.m_problems << s.error();
        }
    }
    if (!userFolder.isEmpty()) {
        const QDir dir(userFolder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (Status s = library.addBookFile(dir.filePath(name)); !s) {
                qCWarning(lcTariff) << "Refused tariff book" << name << ":" << s.error();
                library.m_problems << s.error();
            }
        }
    }
    return library;
}

Status TariffLibrary::addBookFile(const QString &path)
{
    QString error;
    const QByteArray data = readFile(path, &error);
    if (!error.isEmpty())
        return Status::failure(error);
    auto book = TariffBook::fromJson(data, QFileInfo(path).fileName());
    if (!book)
        return book.status();
    return addBook(std::move(book).value());
}

Status TariffLibrary::addBook(TariffBook book)
{
    for (const TariffBook &other : m_books) {
        if (other.decision == book.decision)
            return Status::failure(QCoreApplication::translate("ta::TariffLibrary",
                                                               "Tariff book %1: decision %2 is already loaded from %3.")
                                       .arg(book.fileName, book.decision, other.fileName));
        const bool sameStart = other.effectiveFrom == book.effectiveFrom;
        const bool bookCoversOther =
            book.effectiveFrom < other.effectiveFrom && book.effectiveTo && *book.effectiveTo >= other.effectiveFrom;
        const bool otherCoversBook =
            other.effectiveFrom < book.effectiveFrom && other.effectiveTo && *other.effectiveTo >= book.effectiveFrom;
        if (sameStart || bookCoversOther || otherCoversBook)
            return Status::failure(
                QCoreApplication::translate("ta::TariffLibrary",
                                            "Tariff book %1: its dates (from %2) overlap decision %3 (from %4).")
                    .arg(book.fileName, book.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy")), other.decision,
                         other.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    qCInfo(lcTariff) << "Loaded tariff book" << book.decision << "from" << book.effectiveFrom.toString(Qt::ISODate);
    m_books.push_back(std::move(book));
    std::sort(m_books.begin(), m_books.end(),
              [](const TariffBook &a, const TariffBook &b) { return a.effectiveFrom < b.effectiveFrom; });
    return Status::success();
}

void TariffLibrary::applySettings(const Settings &settings)
{
    for (const TouCalendar::Schedule &schedule : m_tou.schedules()) {
        if (schedule.billingStartSetting == QLatin1StringView(settings::Tou2026BillingStart.key))
            m_tou.setBillingStart(schedule.id,
                                  QDate::fromString(settings.value(settings::Tou2026BillingStart), Qt::ISODate));
    }
}

const TariffBook *TariffLibrary::bookOn(const QDate &date) const
{
    const TariffBook *found = nullptr;
    for (const TariffBook &b : m_books) {
        if (b.effectiveFrom <= date)
            found = &b;
    }
    if (found && found->effectiveTo && date > *found->effectiveTo)
        return nullptr;
    return found;
}

std::optional<QDate> TariffLibrary::lastDayOf(const TariffBook &book) const
{
    if (book.effectiveTo)
        return book.effectiveTo;
    for (const TariffBook &b : m_books) {
        if (b.effectiveFrom > book.effectiveFrom)
            return b.effectiveFrom.addDays(-1);
    }
    return std::nullopt;
}

} // namespace ta
