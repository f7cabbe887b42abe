#include "models/tariff/tarifflibrary.h"

#include "models/core/boundedinput.h"
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
    auto bytes = readBoundedFile(path, limits::TariffFileBytes);
    if (!bytes) {
        *error = bytes.error();
        return {};
    }
    return bytes.value();
}

} // namespace

QString TariffLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tariffs");
}

TariffLibrary TariffLibrary::load(const QString &userFolder, const QSet<QString> &accepted)
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
        } else if (name == QLatin1StringView("regulations.json")) {
            auto rules = Regulations::fromJson(data, name);
            if (rules)
                library.m_regulations = rules.value();
            else
                library.m_problems << rules.error();
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
            if (Status s = library.addBook(std::move(book).value(), Trust::Accepted); !s)
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
    library.setAcceptedBooks(accepted);
    return library;
}

Status TariffLibrary::addBookFile(const QString &path, Trust trust)
{
    QString error;
    const QByteArray data = readFile(path, &error);
    if (!error.isEmpty())
        return Status::failure(error);
    auto book = TariffBook::fromJson(data, QFileInfo(path).fileName());
    if (!book)
        return book.status();
    return addBook(std::move(book).value(), trust);
}

Status TariffLibrary::addBook(TariffBook book, Trust trust)
{
    for (const TariffGroup &g : book.groups) {
        for (const QString &code : g.cmisCodes) {
            for (const TariffBook &other : m_books) {
                for (const TariffGroup &og : other.groups) {
                    if (og.cmisCodes.contains(code) && og.id != g.id)
                        return Status::failure(
                            QCoreApplication::translate("ta::TariffLibrary",
                                                        "Tariff book %1: the code %2 names group \"%3\" here but "
                                                        "\"%4\" in decision %5.")
                                .arg(book.fileName, code, g.id, og.id, other.decision));
                    if (og.id == g.id && og.category != g.category)
                        return Status::failure(
                            QCoreApplication::translate("ta::TariffLibrary",
                                                        "Tariff book %1: group \"%2\" is of category \"%3\" here "
                                                        "but \"%4\" in decision %5.")
                                .arg(book.fileName, g.id, g.category, og.category, other.decision));
                }
            }
        }
    }
    book.accepted = book.builtIn || trust == Trust::Accepted;
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
    reindex();
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

void TariffLibrary::setAcceptedBooks(const QSet<QString> &accepted)
{
    for (TariffBook &b : m_books) {
        if (!b.builtIn)
            b.accepted = accepted.contains(b.sha256);
    }
    reindex();
}

std::vector<const TariffBook *> TariffLibrary::pendingBooks() const
{
    std::vector<const TariffBook *> out;
    for (const TariffBook &b : m_books) {
        if (!b.accepted)
            out.push_back(&b);
    }
    return out;
}

const TariffBook *TariffLibrary::bookOn(const QDate &date) const
{
    const TariffBook *found = nullptr;
    for (const TariffBook &b : m_books) {
        if (b.accepted && b.effectiveFrom <= date)
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
        if (b.accepted && b.effectiveFrom > book.effectiveFrom)
            return b.effectiveFrom.addDays(-1);
    }
    return std::nullopt;
}

QString TariffLibrary::groupForCode(const QString &code) const
{
    // Every imported row asks this: answered from an index rebuilt whenever the books change.
    return m_groupsByCode.value(code.toUpper());
}

void TariffLibrary::reindex()
{
    m_groupsByCode.clear();
    for (const TariffBook &b : m_books) { // oldest first: a newer book's name wins (they agree, addBook checks)
        if (!b.accepted)
            continue;
        for (const TariffGroup &g : b.groups) {
            for (const QString &c : g.cmisCodes)
                m_groupsByCode.insert(c.toUpper(), g.id);
        }
    }
}

QString TariffLibrary::codeForGroup(const QString &groupId) const
{
    for (auto it = m_books.rbegin(); it != m_books.rend(); ++it) {
        const TariffGroup *g = it->accepted ? it->group(groupId) : nullptr;
        if (g && !g->cmisCodes.isEmpty())
            return g->cmisCodes.constFirst();
    }
    return groupId;
}

QStringList TariffLibrary::priceGroupCodes() const
{
    QStringList out;
    for (auto it = m_books.rbegin(); it != m_books.rend(); ++it) {
        if (!it->accepted)
            continue;
        for (const TariffGroup &g : it->groups) {
            for (const QString &c : g.cmisCodes) {
                if (!out.contains(c))
                    out << c;
            }
        }
    }
    return out;
}

QString TariffLibrary::categoryOf(const QString &groupId) const
{
    for (auto it = m_books.rbegin(); it != m_books.rend(); ++it) {
        if (const TariffGroup *g = it->accepted ? it->group(groupId) : nullptr)
            return g->category;
    }
    return {};
}

QString TariffLibrary::groupName(const QString &groupId, const QString &language) const
{
    for (auto it = m_books.rbegin(); it != m_books.rend(); ++it) {
        if (const TariffGroup *g = it->accepted ? it->group(groupId) : nullptr)
            return g->name(language);
    }
    return groupId;
}

std::optional<double> TariffLibrary::kvOf(const QString &voltageClass) const
{
    for (auto it = m_books.rbegin(); it != m_books.rend(); ++it) {
        if (const VoltageBand *band = it->accepted ? it->voltageBand(voltageClass) : nullptr)
            return band->minKv;
    }
    // A number is taken as kV (a metering point at 0.4 kV, 35 kV, …).
    bool ok = false;
    const double kv = QString(voltageClass).remove(QStringLiteral("kV"), Qt::CaseInsensitive).trimmed().toDouble(&ok);
    if (ok && kv > 0 && kv < 1000)
        return kv;
    return std::nullopt;
}

QStringList TariffLibrary::voltageClasses() const
{
    QStringList out;
    for (auto it = m_books.rbegin(); it != m_books.rend(); ++it) {
        if (!it->accepted)
            continue;
        for (const VoltageBand &b : it->voltageBands) {
            if (!out.contains(b.code))
                out << b.code;
        }
    }
    return out;
}

} // namespace ta
