#pragma once

// The one typed registry of user settings. Every setting is declared once below with its key, default and
// bounds; code reads and writes settings only through these declarations.

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <memory>

namespace ta {

/// Declaration of one setting: where it is stored and what it is when nothing is stored.
template <typename T> struct Setting
{
    const char *key;
    T defaultValue;
    T minimum = T{};
    T maximum = T{};
    bool bounded = false;
};

namespace settings {

using namespace Qt::StringLiterals;

/// Interface language: "vi" (default) or "en".
inline const Setting<QString> Language{"ui/language", u"vi"_s};
/// Minutes without input before the app locks and asks for the PIN again.
inline const Setting<int> IdleLockMinutes{"security/idleLockMinutes", 5, 1, 120, true};
/// Wrong PINs allowed before each further try is delayed.
inline const Setting<int> PinFreeAttempts{"security/pinFreeAttempts", 3, 1, 10, true};
/// How many customers the training database is filled with.
inline const Setting<int> TrainingCustomers{"training/customers", 5000, 100, 200000, true};
/// Seed of the training data generator, so every classroom sees the same customers.
inline const Setting<int> TrainingSeed{"training/seed", 2025, 0, 2147483647, true};
/// First billing day of the time-of-use hours decided in 04/2026 (YYYY-MM-DD); empty while unknown.
inline const Setting<QString> Tou2026BillingStart{"tariff/tou2026BillingStart", QString()};
/// Pre-screening rules, each can be switched off. The legal thresholds they apply (2,000 kWh, 25 kVA, …)
/// are not settings: they come from the regulations data (resources/tariffs/regulations.json).
inline const Setting<bool> PrescreenHouseholds{"prescreen/households", true};
inline const Setting<bool> PrescreenRenters{"prescreen/renters", true};
inline const Setting<bool> PrescreenRatio{"prescreen/ratio", true};
inline const Setting<bool> PrescreenAdministrative{"prescreen/administrative", true};
inline const Setting<bool> PrescreenThreeRate{"prescreen/threeRate", true};
inline const Setting<bool> PrescreenAbnormal{"prescreen/abnormal", true};
/// Branch preferences (not law): a multi-purpose meter's ratio is due for a check after this many months.
inline const Setting<int> RatioStaleMonths{"prescreen/ratioStaleMonths", 24, 1, 120, true};
/// Branch preferences: a month above this % of the previous 3 months' average is a jump, below the other %
/// a drop (the pre-screen and the reading check at the door).
inline const Setting<int> JumpPercent{"prescreen/jumpPercent", 250, 110, 1000, true};
inline const Setting<int> DropPercent{"prescreen/dropPercent", 30, 1, 90, true};
/// Branch preference: percentage points a measured share may differ from the agreed ratio before the check
/// proposes a new one.
inline const Setting<int> RatioTolerancePoints{"inspection/ratioTolerancePoints", 5, 0, 50, true};
/// Size at which the log file is rotated, in KiB.
inline const Setting<int> LogFileKiB{"logging/fileKiB", 1024, 64, 65536, true};
/// How many rotated log files are kept beside the current one.
inline const Setting<int> LogFilesKept{"logging/filesKept", 5, 1, 50, true};

} // namespace settings

/// Typed access to the settings file. Emits changed() with the key after every write.
class Settings : public QObject
{
    Q_OBJECT

public:
    /// Settings stored in an INI file at @p path (tests use a temporary one).
    explicit Settings(const QString &path, QObject *parent = nullptr);
    ~Settings() override;

    /// The INI file in the platform's configuration folder.
    static QString defaultPath();

    template <typename T> T value(const Setting<T> &setting) const
    {
        QVariant stored = m_store->value(QString::fromLatin1(setting.key));
        // A value edited by hand into something unreadable falls back to the default.
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>()))
            return setting.defaultValue;
        return clamp(setting, stored.value<T>());
    }

    template <typename T> void setValue(const Setting<T> &setting, const T &value)
    {
        const QString key = QString::fromLatin1(setting.key);
        m_store->setValue(key, QVariant::fromValue(clamp(setting, value)));
        m_store->sync();
        Q_EMIT changed(key);
    }

    template <typename T> void reset(const Setting<T> &setting)
    {
        const QString key = QString::fromLatin1(setting.key);
        m_store->remove(key);
        Q_EMIT changed(key);
    }

    QString fileName() const;
    /// Every stored key and value, for the diagnostics report.
    QString dump() const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    template <typename T> static T clamp(const Setting<T> &setting, const T &value)
    {
        if constexpr (std::is_arithmetic_v<T>) {
            if (setting.bounded)
                return std::clamp(value, setting.minimum, setting.maximum);
        }
        return value;
    }

    std::unique_ptr<QSettings> m_store;
};

} // namespace ta
