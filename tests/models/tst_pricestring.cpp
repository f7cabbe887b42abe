// CHUOI_GIA price strings: the documented syntax, round trips, and errors that quote the string.

#include "models/tariff/pricestring.h"

#include <QTest>

using namespace ta;

class TestPriceString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestPriceString::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("lines");
    QTest::addRow("home") << QStringLiteral("SHBT:100%") << QStringLiteral("SHBT:100%") << 1;
    QTest::addRow("home with a shop") << QStringLiteral("SHBT:80%;KDDV:CL") << QStringLiteral("SHBT:80%;KDDV:CL") << 2;
    QTest::addRow("fixed kWh, spaces, lower case")
        << QStringLiteral(" kddv : 300 kWh ; shbt:cl ") << QStringLiteral("KDDV:300kWh;SHBT:CL") << 2;
    QTest::addRow("decimal comma") << QStringLiteral("HCCS:85,5%;KDDV:CL") << QStringLiteral("HCCS:85.5%;KDDV:CL") << 2;
    QTest::addRow("per register, same amounts")
        << QStringLiteral("SXBT@BT:100%;SXBT@CD:100%;SXBT@TD:100%") << QStringLiteral("SXBT:100%") << 1;
    QTest::addRow("single register KT") << QStringLiteral("HCBV@KT:100%") << QStringLiteral("HCBV:100%") << 1;
}

void TestPriceString::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(int, lines);
    auto purposes = PriceString::parse(text);
    QVERIFY2(purposes.ok(), qPrintable(purposes.error()));
    QCOMPARE(purposes->size(), lines);
    QCOMPARE(PriceString::format(purposes.value()), normalised);
    QCOMPARE(PriceString::format(PriceString::parse(normalised).value()), normalised);
}

void TestPriceString::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << QString() << QStringLiteral("empty");
    QTest::addRow("unknown group") << QStringLiteral("ABCD:100%") << QStringLiteral("ABCD");
    QTest::addRow("no colon") << QStringLiteral("SHBT100%") << QStringLiteral("SHBT100%");
    QTest::addRow("bad amount") << QStringLiteral("SHBT:lots") << QStringLiteral("lots");
    QTest::addRow("unknown register") << QStringLiteral("KDDV@XX:100%") << QStringLiteral("XX");
    QTest::addRow("registers differ") << QStringLiteral("KDDV@BT:100%;KDDV@CD:50%;SHBT@CD:CL")
                                      << QStringLiteral("KDDV");
}

void TestPriceString::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto purposes = PriceString::parse(text);
    QVERIFY(!purposes.ok());
    QVERIFY2(purposes.error().contains(expected), qPrintable(purposes.error()));
}

QTEST_GUILESS_MAIN(TestPriceString)
#include "tst_pricestring.moc"
