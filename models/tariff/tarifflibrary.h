#pragma once

// All tariff data the product bills with: the built-in books, VAT rates and time-of-use hours from
// resources/tariffs (compiled in), plus newer books dropped into the user's data folder. A user book that
// fails validation (or overlaps a book already loaded) is refused with a reason and the others stay in use.

#include "models/core/result.h"
#include "models/tariff/tariffbook.h"
#include "models/tariff/touschedule.h"
#include "models/tariff/vatschedule.h"

#include <QStringList>

#include <vector>

namespace ta {

class Settings;

class TariffLibrary
{
public:
    /// The built-in data, then every *.json book in @p userFolder (none when empty).
    static TariffLibrary load(const QString &userFolder = {});
    /// <AppDataLocation>/tariffs
    static QString defaultUserFolder();

    /// Adds a book unless it repeats a decision or overlaps the dates of one already loaded.
    Status addBook(TariffBook book);
    /// Reads, validates and adds the book in @p path.
    Status addBookFile(const QString &path);

    /// Books by effective date, oldest first.
    const std::vector<TariffBook> &books() const { return m_books; }
    const TariffBook *bookOn(const QDate &date) const;
    /// The last day @p book is in force (its effectiveTo, or the day before the next book), if any.
    std::optional<QDate> lastDayOf(const TariffBook &book) const;

    const VatSchedule &vat() const { return m_vat; }
    const TouCalendar &tou() const { return m_tou; }
    TouCalendar &tou() { return m_tou; }
    /// Applies settings the data leaves open (the billing start of new time-of-use hours).
    void applySettings(const Settings &settings);

    /// Why files were refused, one translated line each.
    QStringList problems() const { return m_problems; }

private:
    std::vector<TariffBook> m_books;
    VatSchedule m_vat;
    TouCalendar m_tou;
    QStringList m_problems;
};

} // namespace ta
