#include "app/cli/commands.h"

#include "models/core/clock.h"
#include "models/core/language.h"
#include "models/core/money.h"
#include "models/customers/samplelist.h"
#include "models/tariff/billcase.h"
#include "models/tariff/billengine.h"
#include "models/tariff/tarifflibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace ta::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 2;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int usage()
    {
        err() << tr("Usage: tariff-audit-cli [--lang vi|en] COMMAND [options]") << '\n'
              << tr("Commands:") << '\n'
              << "  generate   " << tr("write a generated customer list in the import template") << '\n'
              << "  bill       " << tr("compute a bill from a case file, exact to the dong") << '\n'
              << "  version    " << tr("print the version") << '\n'
              << tr("Run 'tariff-audit-cli COMMAND --help' for the options of a command.") << '\n';
        err().flush();
        return kExitFailure;
    }

    static int fail(const QString &message)
    {
        err() << message << '\n';
        err().flush();
        return kExitFailure;
    }

    static int bill(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Computes a bill from a case file (see docs/billing-rules.md)."));
        parser.addHelpOption();
        const QCommandLineOption caseOption(QStringLiteral("case"), tr("JSON file describing the bill."),
                                            QStringLiteral("FILE"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the bill as JSON."));
        parser.addOptions({caseOption, jsonOption});
        if (!parser.parse(arguments))
            return fail(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return kExitOk;
        }
        if (!parser.isSet(caseOption))
            return fail(tr("bill: --case FILE is required."));
        const QString path = parser.value(caseOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("bill: cannot read %1: %2").arg(path, file.errorString()));
        auto input = BillCase::fromJson(file.readAll());
        if (!input)
            return fail(tr("bill: %1: %2").arg(path, input.error()));

        const TariffLibrary library = TariffLibrary::load(TariffLibrary::defaultUserFolder());
        for (const QString &problem : library.problems())
            err() << tr("warning: %1").arg(problem) << '\n';
        const BillEngine engine(library);
        auto result = engine.bill(input.value());
        if (!result)
            return fail(tr("bill: %1: %2").arg(path, result.error()));
        const Bill &b = result.value();
        if (parser.isSet(jsonOption)) {
            out() << QString::fromUtf8(QJsonDocument(b.toJson()).toJson(QJsonDocument::Indented));
            return kExitOk;
        }
        const QString language = Language::currentCode();
        out() << tr("Bill %1 – %2 (tariff %3)")
                     .arg(input->from.toString(QStringLiteral("dd/MM/yyyy")),
                          input->to.toString(QStringLiteral("dd/MM/yyyy")), b.books.join(QStringLiteral(", ")))
              << '\n';
        for (const BillLine &line : b.lines) {
            const TariffBook *book = nullptr;
            for (const TariffBook &candidate : library.books()) {
                if (candidate.decision == line.book)
                    book = &candidate;
            }
            const TariffGroup *group = book ? book->group(line.group) : nullptr;
            out() << QStringLiteral("  %1 · %2: %3 kWh × %4 = %5")
                         .arg(group ? group->name(language) : line.group, line.label(),
                              money::formatNumber(line.kwh), money::format(line.unitPrice), money::format(line.amount));
            if (b.books.size() > 1)
                out() << QStringLiteral("  [%1]").arg(line.book);
            out() << '\n';
        }
        out() << tr("Amount before VAT: %1").arg(money::format(b.amountBeforeVat)) << '\n'
              << tr("VAT %1 %: %2").arg(b.vatRatePercent).arg(money::format(b.vat)) << '\n'
              << tr("Total: %1").arg(money::format(b.amount)) << '\n';
        return kExitOk;
    }

    static int generate(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Writes a generated customer list in the import template."));
        parser.addHelpOption();
        const QCommandLineOption customersOption(QStringLiteral("customers"), tr("Number of customers."),
                                                 QStringLiteral("N"));
        const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed: the same seed gives the same list."),
                                            QStringLiteral("S"), QStringLiteral("1"));
        const QCommandLineOption outOption(QStringLiteral("out"), tr("CSV file to write."), QStringLiteral("FILE"));
        const QCommandLineOption lastMonthOption(QStringLiteral("last-month"),
                                                 tr("Newest consumption month, YYYYMM (default: last month)."),
                                                 QStringLiteral("YYYYMM"));
        parser.addOptions({customersOption, seedOption, outOption, lastMonthOption});
        if (!parser.parse(arguments))
            return fail(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return kExitOk;
        }
        if (!parser.positionalArguments().isEmpty())
            return fail(tr("generate: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

        bool ok = false;
        GeneratorOptions options;
        if (!parser.isSet(customersOption))
            return fail(tr("generate: --customers is required."));
        options.customers = parser.value(customersOption).toInt(&ok);
        if (!ok || options.customers < 1 || options.customers > 100'000'000)
            return fail(tr("generate: --customers must be a whole number from 1 to 100000000, not \"%1\".")
                            .arg(parser.value(customersOption)));
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return fail(
                tr("generate: --seed must be a non-negative whole number, not \"%1\".").arg(parser.value(seedOption)));
        if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
            return fail(tr("generate: --out FILE is required."));
        const SystemClock clock;
        const QDate lastMonthDate = clock.today().addMonths(-1);
        options.lastMonth = lastMonthDate.year() * 100 + lastMonthDate.month();
        if (parser.isSet(lastMonthOption)) {
            const QString text = parser.value(lastMonthOption);
            options.lastMonth = text.toInt(&ok);
            if (!ok || text.size() != 6 || options.lastMonth % 100 < 1 || options.lastMonth % 100 > 12)
                return fail(tr("generate: --last-month must be a month written YYYYMM, not \"%1\".").arg(text));
        }

        QElapsedTimer timer;
        timer.start();
        const QString path = parser.value(outOption);
        const Status written = SampleCustomerList::write(options, path, [](int done, int total) {
            err() << tr("%1 of %2 customers").arg(done).arg(total) << '\r';
            err().flush();
            return true;
        });
        err() << '\n';
        if (!written)
            return fail(written.error());
        out() << tr("Wrote %1 customers to %2 in %3 s.")
                     .arg(options.customers)
                     .arg(path)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
              << '\n';
        return kExitOk;
    }
};

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return Cli::usage();
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("tariff-audit-cli ") + command;
    if (command == QLatin1StringView("generate"))
        return Cli::generate(rest);
    if (command == QLatin1StringView("bill"))
        return Cli::bill(rest);
    if (command == QLatin1StringView("version") || command == QLatin1StringView("--version")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    if (command != QLatin1StringView("help") && command != QLatin1StringView("--help"))
        err() << Cli::tr("Unknown command \"%1\".").arg(command) << '\n';
    Cli::usage();
    return command == QLatin1StringView("help") || command == QLatin1StringView("--help") ? kExitOk : kExitFailure;
}

} // namespace ta::cli
