#include "models/profiles/profilestore.h"

#include "models/core/safename.h"

#include "models/core/clock.h"
#include "models/core/logging.h"
#include "models/security/pinhasher.h"

#include <QCoreApplication>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace ta {

namespace {

constexpr qint32 kProfilesApplicationId = 0x54415031; // "TAP1"

Profile profileFromQuery(const QSqlQuery &q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.fullName = q.value(1).toString();
    p.cardNumber = q.value(2).toString();
    p.branch = q.value(3).toString();
    p.role = roleFromCode(q.value(4).toString());
    p.pinHash = q.value(5).toByteArray();
    p.failedAttempts = q.value(6).toInt();
    p.retryAfter = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    p.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    p.lastSignInAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    p.pinLength = q.value(10).toInt();
    return p;
}

const char *const kSelect = "SELECT id, full_name, card_number, branch, role, pin_hash, failed_attempts, retry_after, "
                            "created_at, last_sign_in_at, pin_length FROM profiles";

} // namespace

Schema ProfileStore::schema()
{
    Schema s;
    s.name = QCoreApplication::translate("ta::ProfileStore", "profile list");
    s.applicationId = kProfilesApplicationId;
    s.migrations = {
        {1,
         QStringLiteral("profiles"),
         {QStringLiteral("CREATE TABLE profiles ("
                         " id INTEGER PRIMARY KEY,"
                         " full_name TEXT NOT NULL,"
                         " card_number TEXT NOT NULL,"
                         " branch TEXT NOT NULL,"
                         " role TEXT NOT NULL CHECK (role IN ('inspector', 'leader', 'trainer')),"
                         " pin_hash TEXT NOT NULL,"
                         " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                         " retry_after TEXT,"
                         " created_at TEXT NOT NULL,"
                         " last_sign_in_at TEXT)")}},
        {2,
         QStringLiteral("tariff books accepted by a leader"),
         {QStringLiteral("CREATE TABLE accepted_tariff_books ("
                         " sha256 TEXT PRIMARY KEY,"
                         " decision TEXT NOT NULL,"
                         " file_name TEXT NOT NULL,"
                         " accepted_by INTEGER NOT NULL,"
                         " accepted_by_name TEXT NOT NULL,"
                         " accepted_at TEXT NOT NULL)")}},
        {3,
         QStringLiteral("how many digits each PIN has (the pad signs in when they are typed)"),
         {QStringLiteral("ALTER TABLE profiles ADD COLUMN pin_length INTEGER NOT NULL DEFAULT 0")}},
    };
    return s;
}

ProfileStore::ProfileStore(std::unique_ptr<Database> db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<std::unique_ptr<ProfileStore>> ProfileStore::open(const QString &path, const Clock &clock)
{
    auto db = Database::open(path, schema());
    if (!db)
        return Result<std::unique_ptr<ProfileStore>>::failure(db.error());
    return std::unique_ptr<ProfileStore>(new ProfileStore(std::move(db).value(), clock));
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY full_name COLLATE NOCASE, id"))) {
        qCWarning(lcStorage) << "Listing profiles failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << profileFromQuery(q);
    return out;
}

Result<Profile> ProfileStore::profile(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<Profile>::failure(
            QCoreApplication::translate("ta::ProfileStore", "The profile no longer exists."));
    return profileFromQuery(q);
}

Result<Profile> ProfileStore::create(const ProfileInput &input)
{
    const auto fail = [](const QString &message) {
        return Result<Profile>::failure(message);
    };
    if (input.fullName.trimmed().size() < 2)
        return fail(QCoreApplication::translate("ta::ProfileStore", "Full name: enter the person's full name."));
    if (input.cardNumber.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("ta::ProfileStore", "Card number: enter the staff or KTV card number."));
    // The card number names the records' folders: only characters that stay inside a folder.
    if (Status s =
            safeName::check(input.cardNumber.trimmed(), QCoreApplication::translate("ta::ProfileStore", "Card number"));
        !s)
        return fail(s.error());
    if (input.branch.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ta::ProfileStore", "Branch: enter the power branch (Điện lực)."));
    if (const QString why = PinHasher::validate(input.pin); !why.isEmpty())
        return fail(QCoreApplication::translate("ta::ProfileStore", "PIN: %1").arg(why));
    if (input.role != Role::Inspector && input.addedBy != Role::BranchLeader && !profiles().isEmpty())
        return fail(QCoreApplication::translate("ta::ProfileStore",
                                                "Role: a leader's or trainer's profile is added by a branch leader "
                                                "signed in on this tablet (Settings › Add a profile…); at the sign-in "
                                                "screen only an inspector's profile can be made."));

    auto hash = PinHasher::hash(input.pin);
    if (!hash)
        return fail(hash.error());

    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO profiles (full_name, card_number, branch, role, pin_hash, created_at,"
                             " pin_length) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.fullName.trimmed());
    q.addBindValue(input.cardNumber.trimmed());
    q.addBindValue(input.branch.trimmed());
    q.addBindValue(roleCode(input.role));
    q.addBindValue(QString::fromLatin1(hash.value()));
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    q.addBindValue(int(input.pin.size()));
    if (!q.exec())
        return fail(QCoreApplication::translate("ta::ProfileStore", "The profile could not be saved: %1")
                        .arg(q.lastError().text()));
    qCInfo(lcSecurity) << "Created profile" << q.lastInsertId().toLongLong() << "role" << roleCode(input.role);
    return profile(q.lastInsertId().toLongLong());
}

SignInResult ProfileStore::signIn(qint64 id, const QString &pin, int freeAttempts)
{
    SignInResult result;
    auto found = profile(id);
    if (!found) {
        result.outcome = SignInResult::Outcome::UnknownProfile;
        return result;
    }
    Profile p = found.value();
    const QDateTime now = m_clock.now();
    if (p.retryAfter.isValid() && now < p.retryAfter) {
        result.outcome = SignInResult::Outcome::Throttled;
        result.waitSeconds = qMax<qint64>(1, now.secsTo(p.retryAfter));
        return result;
    }

    QSqlQuery q(m_db->connection());
    if (PinHasher::verify(p.pinHash, pin)) {
        q.prepare(QStringLiteral(
            "UPDATE profiles SET failed_attempts = 0, retry_after = NULL, last_sign_in_at = ? WHERE id = ?"));
        q.addBindValue(now.toString(Qt::ISODate));
        q.addBindValue(id);
        q.exec();
        result.outcome = SignInResult::Outcome::Accepted;
        qCInfo(lcSecurity) << "Profile" << id << "signed in";
        return result;
    }

    const int failed = p.failedAttempts + 1;
    const qint64 wait = PinBackoff::delaySeconds(failed, freeAttempts);
    q.prepare(QStringLiteral("UPDATE profiles SET failed_attempts = ?, retry_after = ? WHERE id = ?"));
    q.addBindValue(failed);
    q.addBindValue(wait > 0 ? QVariant(now.addSecs(wait).toString(Qt::ISODate)) : QVariant());
    q.addBindValue(id);
    q.exec();
    qCInfo(lcSecurity) << "Wrong PIN for profile" << id << "attempt" << failed << "wait" << wait << "s";
    result.outcome = SignInResult::Outcome::WrongPin;
    result.waitSeconds = wait;
    result.freeAttemptsLeft = qMax(0, freeAttempts - failed);
    return result;
}

Status ProfileStore::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace ta
