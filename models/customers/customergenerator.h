#pragma once

// Synthetic but realistic customers of a southern Vietnamese power branch, for training mode, tests and
// benchmarks. The same options always give the same customers (own PRNG, no std distributions, whose
// results differ between standard libraries).

#include "models/customers/customer.h"

#include <QString>

#include <cstdint>

namespace ta {

struct GeneratorOptions
{
    int customers = 1000;
    std::uint64_t seed = 1;
    int lastMonth = 202510; ///< yyyymm of the newest consumption month (one that is not a month: this default)
    QString corporation = QStringLiteral("PB"); ///< 2-letter corporation prefix (PB = EVNSPC)
};

/// Small, fast, well-mixed PRNG (xoshiro256**, seeded through splitmix64).
class Random
{
public:
    explicit Random(std::uint64_t seed);
    std::uint64_t next();
    /// Uniform in [0, 1).
    double uniform();
    /// Uniform integer in [lo, hi].
    int between(int lo, int hi);
    bool chance(double probability) { return uniform() < probability; }
    /// Normal(0, 1), Box–Muller.
    double gaussian();
    /// Log-normal with the given median and sigma of the log.
    double logNormal(double median, double sigma);

private:
    std::uint64_t m_s[4];
};

/// Which kind of customer a generated row is; the mix follows a branch's real proportions.
enum class CustomerCategory { Residential, Business, Production, AdminHealthEducation, AdminPublic };

class CustomerGenerator
{
public:
    explicit CustomerGenerator(GeneratorOptions options);

    /// The next customer; customers come in route-book order, each route book under one substation.
    Customer next();
    /// Category of the customer last returned by next().
    CustomerCategory lastCategory() const { return m_lastCategory; }
    int generated() const { return m_index; }

private:
    void startRouteBook();
    QString personName();
    QString address();

    GeneratorOptions m_options;
    Random m_random;
    int m_index = 0;
    int m_district = 0;
    int m_substation = 0;
    int m_routeBook = 0;
    int m_routeOrder = 0;
    int m_routeBookSize = 0;
    QString m_substationCode;
    QString m_routeBookCode;
    int m_ward = 0;
    int m_street = 0;
    int m_houseNumber = 0;
    CustomerCategory m_lastCategory = CustomerCategory::Residential;
};

} // namespace ta
