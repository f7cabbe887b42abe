#pragma once

// All tariff data the product bills with: the built-in books, VAT rates, time-of-use hours and the legal
// thresholds (Regulations) from resources/tariffs (compiled in), plus newer books dropped into the user's
// data folder. A user book that fails validation (or overlaps a book already loaded) is refused with a
// reason and the others stay in use; a valid one waits, shown with its SHA-256, until a branch leader
// accepts it (TariffApprovals), and prices nothing before.
//
// The library also answers what the books say about names: which group a CMIS price-group code means, a
// group's legal category, and the kV of a voltage class, so that a new group or voltage class enters
// through a book alone.

#include "models/core/result.h"
#include "models/tariff/regulations.h"
#include "models/tariff/tariffbook.h"
#include "models/tariff/touschedule.h"
#include "models/tariff/vatschedule.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

#include <vector>

namespace ta {

class Settings;

class TariffLibrary
{
public:
    enum class Trust { Pending, Accepted };

    /// The built-in data, then every *.json book in @p userFolder (none when empty); a user book prices
    /// only when its SHA-256 is in @p accepted.
    static TariffLibrary load(const QString &userFolder = {}, const QSet<QString> &accepted = {});
    /// <AppDataLocation>/tariffs
    static QString defaultUserFolder();

    /// Adds a book unless it repeats a decision, overlaps the dates of one already loaded, or names a CMIS
    /// code another book gives to a different group.
    Status addBook(TariffBook book, Trust trust = Trust::Pending);
    /// Reads, validates and adds the book in @p path.
    Status addBookFile(const QString &path, Trust trust = Trust::Pending);
    /// Marks the user books whose SHA-256 is in @p accepted as accepted, every other user book as pending.
    void setAcceptedBooks(const QSet<QString> &accepted);

    /// Books by effective date, oldest first; pending ones included (see TariffBook::accepted).
    const std::vector<TariffBook> &books() const { return m_books; }
    /// User books waiting for a leader.
    std::vector<const TariffBook *> pendingBooks() const;
    /// The accepted book in force on @p date, if any.
    const TariffBook *bookOn(const QDate &date) const;
    /// The last day @p book is in force (its effectiveTo, or the day before the next book), if any.
    std::optional<QDate> lastDayOf(const TariffBook &book) const;

    /// The group a CMIS price-group code names ("SHBT" → "residential"), from any accepted book; empty
    /// when no book knows the code.
    QString groupForCode(const QString &code) const;
    /// The CMIS code of a group (its first), or the id itself when no book gives one.
    QString codeForGroup(const QString &groupId) const;
    /// Every CMIS code the accepted books know, in the newest book's order.
    QStringList priceGroupCodes() const;
    /// The legal category of a group ("business" for "ev-charging"), empty when unknown.
    QString categoryOf(const QString &groupId) const;
    /// A group's name in @p language from the newest book that has it.
    QString groupName(const QString &groupId, const QString &language) const;
    /// The kV a customer's voltage class stands for: the lower bound of the band of that name in any
    /// accepted book (so "<6kV" is 0 kV and falls in "<=1kV" of a newer book), or a number in kV.
    std::optional<double> kvOf(const QString &voltageClass) const;
    /// The voltage-class names the accepted books declare, newest book first.
    QStringList voltageClasses() const;

    const Regulations &regulations() const { return m_regulations; }

    const VatSchedule &vat() const { return m_vat; }
    const TouCalendar &tou() const { return m_tou; }
    TouCalendar &tou() { return m_tou; }
    /// Applies settings the data leaves open (the billing start of new time-of-use hours).
    void applySettings(const Settings &settings);

    /// Why files were refused, one translated line each.
    QStringList problems() const { return m_problems; }

private:
    void reindex();

    std::vector<TariffBook> m_books;
    QHash<QString, QString> m_groupsByCode; ///< upper-case CMIS code → group id, accepted books
    Regulations m_regulations;
    VatSchedule m_vat;
    TouCalendar m_tou;
    QStringList m_problems;
};

} // namespace ta
