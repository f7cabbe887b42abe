// Money impact of a correction, month by month over the recoverable months, with worked numbers.

#include "models/tariff/moneyimpact.h"

#include <QTest>

using namespace ta;

namespace {

std::vector<MonthlyConsumption> months(int first, int count, int kwh)
{
    std::vector<MonthlyConsumption> out;
    for (int i = 0; i < count; ++i)
        out.push_back({addMonths(first, i), kwh, std::nullopt, std::nullopt, std::nullopt});
    return out;
}

} // namespace

class TestMoneyImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_library = TariffLibrary::load(); }
    void tooManyHouseholds();
    void singleRateToThreeRate();
    void threeRateNeedsASplitOrRegisters();
    void onlyTheLastTwelveMonthsCount();

private:
    TariffLibrary m_library;
};

void TestMoneyImpact::tooManyHouseholds()
{
    // 250 kWh a month, June–October 2025 (book 1279, VAT 8 %):
    //   declared 2 households: 100×1,984 + 100×2,050 + 50×2,380 = 522,400 (564,192 with VAT)
    //   found 1 household: 50×1,984 + 50×2,050 + 100×2,380 + 50×2,998 = 589,600 (636,768 with VAT)
    PriceApplication current;
    current.households = 2;
    PriceApplication proposed;
    proposed.households = 1;
    auto impact = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202506, 5, 250));
    QVERIFY2(impact.ok(), qPrintable(impact.error()));
    QCOMPARE(int(impact->months.size()), 5);
    QCOMPARE(impact->months.front().currentBeforeVat, qint64(522400));
    QCOMPARE(impact->months.front().proposedBeforeVat, qint64(589600));
    QCOMPARE(impact->months.front().difference(), qint64(72576));
    QCOMPARE(impact->totalBeforeVat, qint64(5 * 67200));
    QCOMPARE(impact->total, qint64(5 * 72576));
    QCOMPARE(impact->monthlyAverage, qint64(72576));
}

void TestMoneyImpact::singleRateToThreeRate()
{
    // Business <6 kV, 3,000 kWh a month, June–August 2025. Single-rate: 3,000×3,152 = 9,456,000.
    // Three-rate with an assumed 60/20/20 split: 1,800×3,152 + 600×5,422 + 600×1,918 = 10,077,600.
    // With VAT: 10,212,480 against 10,883,808, so 671,328 a month.
    PriceApplication current;
    current.purposes = {{QStringLiteral("business"), Purpose::Kind::Share, 100}};
    PriceApplication proposed = current;
    proposed.meter = MeterType::ThreeRate;
    auto impact = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202506, 3, 3000),
                                            TouSplit{60, 20, 20});
    QVERIFY2(impact.ok(), qPrintable(impact.error()));
    QCOMPARE(impact->months.front().currentBeforeVat, qint64(9456000));
    QCOMPARE(impact->months.front().proposedBeforeVat, qint64(10077600));
    QCOMPARE(impact->totalBeforeVat, qint64(3 * 621600));
    QCOMPARE(impact->total, qint64(3 * (10883808 - 10212480))); // with 8 % VAT: 806,208 and 756,480
}

void TestMoneyImpact::threeRateNeedsASplitOrRegisters()
{
    PriceApplication current;
    current.purposes = {{QStringLiteral("business"), Purpose::Kind::Share, 100}};
    PriceApplication proposed = current;
    proposed.meter = MeterType::ThreeRate;
    auto missing = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202506, 3, 3000));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(QStringLiteral("split")), qPrintable(missing.error()));
    auto bad = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202506, 3, 3000),
                                         TouSplit{60, 30, 20});
    QVERIFY(!bad.ok());
    // Months recorded with registers need no split.
    std::vector<MonthlyConsumption> recorded{{202506, 3000, 1800, 600, 600}};
    auto fine = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, recorded);
    QVERIFY2(fine.ok(), qPrintable(fine.error()));
    QCOMPARE(fine->months.front().proposedBeforeVat, qint64(10077600));
}

void TestMoneyImpact::onlyTheLastTwelveMonthsCount()
{
    // 18 months recorded (05/2024–10/2025), found on 15/11/2025: the recovery period is 11/2024–10/2025.
    PriceApplication current;
    current.households = 2;
    PriceApplication proposed;
    auto impact = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202405, 18, 250),
                                            std::nullopt, RecoveryPeriod::before(QDate(2025, 11, 15), 12));
    QVERIFY2(impact.ok(), qPrintable(impact.error()));
    QCOMPARE(int(impact->months.size()), 12);
    QCOMPARE(impact->months.front().month, 202411);
    QCOMPARE(impact->months.back().month, 202510);
    QVERIFY(impact->total > 0);
    QCOMPARE(impact->books, QStringList({QStringLiteral("2699/QĐ-BCT"), QStringLiteral("1279/QĐ-BCT")}));
    // Found on 15/07/2025: 07/2024–06/2025; the months recorded after the finding are not recovered.
    impact = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202405, 18, 250), std::nullopt,
                                       RecoveryPeriod::before(QDate(2025, 7, 15), 12));
    QCOMPARE(int(impact->months.size()), 12);
    QCOMPARE(impact->months.front().month, 202407);
    QCOMPARE(impact->months.back().month, 202506);
    // Without a period every month given is priced (the pre-screen gives one typical month).
    impact = ImpactEstimator::estimate(BillEngine(m_library), current, proposed, months(202405, 18, 250));
    QCOMPARE(int(impact->months.size()), 18);
}

QTEST_GUILESS_MAIN(TestMoneyImpact)
#include "tst_moneyimpact.moc"
