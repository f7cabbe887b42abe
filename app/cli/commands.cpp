#include "app/cli/commands.h"

#include "models/core/boundedinput.h"
#include "models/core/clock.h"
#include "models/core/language.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/core/words.h"
#include "models/customers/customersearch.h"
#include "models/customers/samplelist.h"
#include "models/customers/searchindex.h"
#include "models/importing/customerimport.h"
#include "models/inspection/answersfile.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/recordfolder.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/sync/outbox.h"
#include "models/sync/syncengine.h"
#include "models/tariff/billcase.h"
#include "models/tariff/billengine.h"
#include "models/tariff/tarifflibrary.h"
#include "models/training/scenario.h"
#include "models/training/scorer.h"
#include "models/workspace/session.h"
#include "models/workspace/tariffapprovals.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QUuid>
#include <memory>
#include <optional>
#include <variant>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ta::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;
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
              << "  import     " << tr("import a customer list into a data file") << '\n'
              << "  search     " << tr("find customers by code, name, address, meter or phone") << '\n'
              << "  prescreen  " << tr("flag customers whose price may be wrong, ranked by money") << '\n'
              << "  inspect    " << tr("record a signed inspection from an answers file, with its PDF") << '\n'
              << "  verify     " << tr("check a record folder: signature, fingerprint, evidence and signer") << '\n'
              << "  enroll     " << tr("enroll this tablet's profile with the branch server") << '\n'
              << "  scenario   " << tr("check a training scenario file, or list the built-in scenarios") << '\n'
              << "  score      " << tr("score an answers file against a training scenario") << '\n'
              << "  sync       " << tr("send the outbox to the branch server and read its decisions") << '\n'
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

    /// Parses a command's options; returns the exit code when the command stops there (bad option, --help).
    static std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
    {
        parser.addHelpOption();
        if (!parser.parse(arguments))
            return fail(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            // "Usage: tariff-audit-cli import [options] FILE": the command named as it is typed.
            QString help = parser.helpText();
            const QString program = QCoreApplication::arguments().value(0);
            if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty())
                help.replace(at, program.size(), arguments.value(0));
            out() << help;
            return kExitOk;
        }
        return std::nullopt;
    }

    /// The tariff data: built-in books, and the user books a leader accepted in the real workspace.
    static TariffLibrary tariffs(const Settings &settings)
    {
        TariffLibrary library = TariffLibrary::load(
            TariffLibrary::defaultUserFolder(),
            TariffApprovals::readAccepted(Workspace::profilesPath(Workspace::defaultRoot(WorkspaceKind::Real))));
        library.applySettings(settings);
        return library;
    }

    /// The data file named by --db, for @p command's messages.
    static Result<std::unique_ptr<Database>> openData(const QCommandLineParser &parser, const QCommandLineOption &db,
                                                      const QString &command)
    {
        if (!parser.isSet(db))
            return Result<std::unique_ptr<Database>>::failure(tr("%1: --db DB is required.").arg(command));
        auto opened = ProfileData::open(parser.value(db), WorkspaceKind::Real);
        if (!opened)
            return Result<std::unique_ptr<Database>>::failure(tr("%1: %2").arg(command, opened.error()));
        return opened;
    }

    static int import(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Imports a customer list (CSV in the template, see "
                                            "docs/import-template.md) into a data file. Exit code 0: every row "
                                            "stored; 1: some rows rejected, the valid ones stored; 2: nothing "
                                            "changed. With --check nothing is stored: the codes say what an import "
                                            "would do."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The customer list."));
        const QCommandLineOption dbOption(QStringLiteral("db"), tr("The data file to import into."),
                                          QStringLiteral("DB"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the counts as JSON."));
        const QCommandLineOption rejectsOption(QStringLiteral("rejects"),
                                               tr("Write the rejected rows' problems to "
                                                  "this CSV file."),
                                               QStringLiteral("CSV"));
        const QCommandLineOption encodingOption(QStringLiteral("encoding"), tr("Text encoding (default: detect)."),
                                                QStringLiteral("NAME"));
        const QCommandLineOption checkOption(QStringLiteral("check"),
                                             tr("Read and check every row and report as an import would, "
                                                "but change nothing in the data file."));
        parser.addOptions({dbOption, jsonOption, rejectsOption, encodingOption, checkOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (parser.positionalArguments().size() != 1)
            return fail(tr("import: give exactly one FILE."));
        auto db = openData(parser, dbOption, QStringLiteral("import"));
        if (!db)
            return fail(db.error());
        const TariffLibrary library = tariffs(Settings(Settings::defaultPath()));
        const SystemClock clock;
        CustomerImport importer(*db.value(), library, clock);
        CustomerImport::Options options;
        options.encoding = parser.value(encodingOption);
        options.checkOnly = parser.isSet(checkOption);
        const bool json = parser.isSet(jsonOption);
        auto result = importer.run(parser.positionalArguments().first(), options, [json](qint64 done, qint64 total) {
            if (!json && total > 0) {
                err() << tr("%1 % read").arg(done * 100 / total) << '\r';
                err().flush();
            }
            return true;
        });
        if (!json)
            err() << '\n';
        if (!result)
            return fail(tr("import: %1").arg(result.error()));
        // A first list leaves its search index for afterwards; the file is left with it whole.
        const Status indexed = options.checkOnly
                                   ? Status::success()
                                   : SearchIndex::build(db.value()->connection(), [json](qint64 done, qint64 total) {
                                         if (!json && total > 0) {
                                             err() << tr("search index: %1 %").arg(done * 100 / total) << '\r';
                                             err().flush();
                                         }
                                         return true;
                                     });
        if (!json)
            err() << '\n';
        if (!indexed)
            return fail(tr("import: %1").arg(indexed.error()));
        const ImportSummary &s = result.value();
        if (parser.isSet(rejectsOption)) {
            if (Status written = CustomerImport::writeIssues(s.issues, parser.value(rejectsOption)); !written)
                return fail(written.error());
        }
        if (json) {
            QJsonArray issues;
            for (const ImportIssue &i : s.issues)
                issues.append(QJsonObject{{QStringLiteral("line"), i.line},
                                          {QStringLiteral("column"), i.column},
                                          {QStringLiteral("value"), i.value},
                                          {QStringLiteral("reason"), i.reason}});
            out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), s.fileName},
                                                                 {QStringLiteral("sha256"), s.sha256},
                                                                 {QStringLiteral("encoding"), s.encoding},
                                                                 {QStringLiteral("rows"), s.rows},
                                                                 {QStringLiteral("imported"), s.imported},
                                                                 {QStringLiteral("updated"), s.updated},
                                                                 {QStringLiteral("unchanged"), s.unchanged},
                                                                 {QStringLiteral("rejected"), s.rejected},
                                                                 {QStringLiteral("issues"), issues},
                                                                 {QStringLiteral("issuesNotListed"), s.issuesNotListed},
                                                                 {QStringLiteral("checkOnly"), options.checkOnly}})
                                           .toJson(QJsonDocument::Indented));
        } else {
            out() << (options.checkOnly ? tr("%1: %2 rows checked, nothing changed; new %3, updated %4, unchanged "
                                             "%5, rejected %6.")
                                        : tr("%1: %2 rows; imported %3, updated %4, unchanged %5, rejected %6."))
                         .arg(s.fileName)
                         .arg(s.rows)
                         .arg(s.imported)
                         .arg(s.updated)
                         .arg(s.unchanged)
                         .arg(s.rejected)
                  << '\n';
            const std::size_t shown = std::min<std::size_t>(s.issues.size(), 20);
            for (std::size_t i = 0; i < shown; ++i) {
                const ImportIssue &issue = s.issues[i];
                out() << tr("  line %1, %2 \"%3\": %4").arg(issue.line).arg(issue.column, issue.value, issue.reason)
                      << '\n';
            }
            if (s.issues.size() > shown && s.issuesNotListed == 0)
                out() << tr("  … and %1 more problems (--rejects FILE lists them all).").arg(s.issues.size() - shown)
                      << '\n';
            else if (s.issues.size() > shown)
                out() << tr("  … and %1 more problems (--rejects FILE lists the first %2).")
                             .arg(qint64(s.issues.size() - shown) + s.issuesNotListed)
                             .arg(s.issues.size())
                      << '\n';
        }
        return s.rejected > 0 ? kExitPartial : kExitOk;
    }

    static int search(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Finds customers as the app's search does: every word as a prefix, "
                                            "with or without Vietnamese marks; best first."));
        parser.addPositionalArgument(QStringLiteral("QUERY"), tr("Words to look for."));
        const QCommandLineOption dbOption(QStringLiteral("db"), tr("The data file."), QStringLiteral("DB"));
        const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most this many customers (default 20)."),
                                             QStringLiteral("N"), QStringLiteral("20"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        parser.addOptions({dbOption, limitOption, jsonOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (parser.positionalArguments().isEmpty())
            return fail(tr("search: give the words to look for."));
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return fail(tr("search: --limit must be a whole number from 1 to 10000, not \"%1\".")
                            .arg(parser.value(limitOption)));
        auto db = openData(parser, dbOption, QStringLiteral("search"));
        if (!db)
            return fail(db.error());
        auto hits =
            CustomerSearch(db.value()->connection()).search(parser.positionalArguments().join(QLatin1Char(' ')), limit);
        if (!hits)
            return fail(tr("search: %1").arg(hits.error()));
        if (parser.isSet(jsonOption)) {
            QJsonArray list;
            for (const SearchHit &h : hits.value())
                list.append(QJsonObject{{QStringLiteral("code"), h.code},
                                        {QStringLiteral("name"), h.name},
                                        {QStringLiteral("address"), h.address},
                                        {QStringLiteral("meter_serial"), h.meterSerial}});
            out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return kExitOk;
        }
        for (const SearchHit &h : hits.value())
            out() << h.code << "  " << h.name << "  " << h.address << '\n';
        if (hits->empty())
            err() << tr("No customer matches.") << '\n';
        return kExitOk;
    }

    static int prescreen(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Runs the pre-screening rules (switched and tuned in the app's "
                                            "Settings) over a data file and stores the ranked flags."));
        const QCommandLineOption dbOption(QStringLiteral("db"), tr("The data file."), QStringLiteral("DB"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        const QCommandLineOption exportOption(QStringLiteral("export"),
                                              tr("Also write the flagged list to this file "
                                                 "(.csv or .xlsx)."),
                                              QStringLiteral("FILE"));
        const QCommandLineOption topOption(QStringLiteral("top"), tr("Show this many customers (default 20)."),
                                           QStringLiteral("N"), QStringLiteral("20"));
        parser.addOptions({dbOption, jsonOption, exportOption, topOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        bool ok = false;
        const int top = parser.value(topOption).toInt(&ok);
        if (!ok || top < 0)
            return fail(tr("prescreen: --top must be a whole number, not \"%1\".").arg(parser.value(topOption)));
        auto db = openData(parser, dbOption, QStringLiteral("prescreen"));
        if (!db)
            return fail(db.error());
        const TariffLibrary library = tariffs(Settings(Settings::defaultPath()));
        const Settings settings(Settings::defaultPath());
        Prescreener prescreener(*db.value(), library, PrescreenRules::fromSettings(settings));
        auto summary = prescreener.run();
        if (!summary)
            return fail(tr("prescreen: %1").arg(summary.error()));
        if (parser.isSet(exportOption)) {
            if (Status s = FlaggedList::exportFile(db.value()->connection(), parser.value(exportOption)); !s)
                return fail(tr("prescreen: %1").arg(s.error()));
        }
        auto ranked = FlaggedList::top(db.value()->connection(), qMax(1, top));
        if (!ranked)
            return fail(tr("prescreen: %1").arg(ranked.error()));
        if (parser.isSet(jsonOption)) {
            QJsonObject perRule;
            for (auto it = summary->perRule.cbegin(); it != summary->perRule.cend(); ++it)
                perRule.insert(it.key(), it.value());
            QJsonArray list;
            for (std::size_t i = 0; i < ranked->size() && int(i) < top; ++i) {
                const FlaggedCustomer &f = ranked.value()[i];
                list.append(QJsonObject{
                    {QStringLiteral("code"), f.code},
                    {QStringLiteral("name"), f.name},
                    {QStringLiteral("rules"), QJsonArray::fromStringList(f.rules)},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(f.reasons)},
                    {QStringLiteral("monthly_impact"), f.monthlyImpact ? QJsonValue(*f.monthlyImpact) : QJsonValue()},
                    {QStringLiteral("yearly_impact"), f.yearlyImpact ? QJsonValue(*f.yearlyImpact) : QJsonValue()},
                    {QStringLiteral("impact_unknown_because"),
                     QJsonArray::fromStringList(f.yearlyImpact ? QStringList() : f.impactNotes)}});
            }
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("customers"), summary->customers},
                                          {QStringLiteral("flagged"), summary->flagged},
                                          {QStringLiteral("per_rule"), perRule},
                                          {QStringLiteral("yearly_impact"), summary->yearlyImpact},
                                          {QStringLiteral("unknown_impact"), summary->unknownImpact},
                                          {QStringLiteral("changed"), summary->changed},
                                          {QStringLiteral("top"), list}})
                    .toJson(QJsonDocument::Indented));
            return kExitOk;
        }
        out() << tr("%1 customers, %2 flagged; at stake over the recovery period: %3 (%4 flagged customers with an "
                    "impact unknown before a visit).")
                     .arg(summary->customers)
                     .arg(summary->flagged)
                     .arg(money::format(summary->yearlyImpact))
                     .arg(summary->unknownImpact)
              << '\n'
              << tr("Customers whose warnings changed since the last pre-screen: %1.").arg(summary->changed) << '\n';
        for (auto it = summary->perRule.cbegin(); it != summary->perRule.cend(); ++it)
            out() << QStringLiteral("  %1: %2").arg(ruleName(it.key())).arg(it.value()) << '\n';
        for (std::size_t i = 0; i < ranked->size() && int(i) < top; ++i) {
            const FlaggedCustomer &f = ranked.value()[i];
            out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(f.code, f.name, f.yearlyImpact ? money::format(*f.yearlyImpact) : tr("unknown"),
                              f.reasons.value(0))
                  << '\n';
        }
        return kExitOk;
    }

    /// `scenario check FILE…` and `scenario list`.
    static int scenario(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Checks training scenario files (docs/scenario-file.md): exit 0 when "
                                            "each is valid, 2 with every problem named. 'list' prints the "
                                            "built-in scenarios."));
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("check or list"));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("Scenario files to check."), QStringLiteral("[FILE…]"));
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        const TariffLibrary library = tariffs(Settings(Settings::defaultPath()));
        if (action == QLatin1StringView("list")) {
            for (const Scenario &s : Scenario::builtIn(library))
                out() << s.id << '\t' << s.difficulty << '\t' << s.campaign << '\t' << s.title << '\n';
            return kExitOk;
        }
        if (action != QLatin1StringView("check") || args.size() < 2)
            return fail(tr("scenario: 'check FILE…' or 'list'."));
        int exit = kExitOk;
        for (const QString &path : args.mid(1)) {
            auto bytes = readBoundedFile(path, limits::ScenarioFileBytes);
            const QStringList problems =
                bytes ? Scenario::problems(bytes.value(), QDir::toNativeSeparators(path), library)
                      : QStringList{bytes.error()};
            if (problems.isEmpty()) {
                out() << tr("%1: a valid scenario.").arg(QDir::toNativeSeparators(path)) << '\n';
                continue;
            }
            for (const QString &problem : problems)
                err() << problem << '\n';
            exit = kExitFailure;
        }
        err().flush();
        return exit;
    }

    static int score(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Scores an answers file (docs/answers-file.md) against a training "
                                            "scenario, as the app scores a training record."));
        const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                                tr("The scenario: a file, or the id of a built-in one."),
                                                QStringLiteral("FILE"));
        const QCommandLineOption answersOption(QStringLiteral("answers"), tr("The trainee's answers file."),
                                               QStringLiteral("FILE"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the score as JSON."));
        parser.addOptions({scenarioOption, answersOption, jsonOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (!parser.isSet(scenarioOption) || !parser.isSet(answersOption))
            return fail(tr("score: --scenario FILE and --answers FILE are required."));
        const TariffLibrary library = tariffs(Settings(Settings::defaultPath()));
        const QString scenarioName = parser.value(scenarioOption);
        std::optional<Scenario> scenario;
        if (QFileInfo::exists(scenarioName)) {
            auto read = Scenario::read(scenarioName, library);
            if (!read)
                return fail(read.error());
            scenario = read.value();
        } else {
            for (const Scenario &s : Scenario::builtIn(library)) {
                if (s.id == scenarioName)
                    scenario = s;
            }
            if (!scenario)
                return fail(tr("score: %1 is neither a file nor a built-in scenario ('scenario list' names them).")
                                .arg(scenarioName));
        }
        auto answers = AnswersFile::read(parser.value(answersOption), scenario->customer.code);
        if (!answers)
            return fail(tr("score: %1").arg(answers.error()));
        auto sheet = Scorer::score(*scenario, TraineeWork::of(answers.value()), library);
        if (!sheet)
            return fail(tr("score: %1: the answers cannot be assessed: %2")
                            .arg(QDir::toNativeSeparators(parser.value(answersOption)), sheet.error()));
        if (parser.isSet(jsonOption)) {
            out() << QString::fromUtf8(QJsonDocument(sheet->toJson()).toJson(QJsonDocument::Indented));
            return kExitOk;
        }
        const Words words;
        out() << tr("%1: %2 of %3 points (%4 %)")
                     .arg(scenario->title)
                     .arg(sheet->total)
                     .arg(sheet->maximum)
                     .arg(sheet->percent())
              << '\n';
        for (const ScoreLine &line : sheet->lines) {
            out() << (line.right ? QStringLiteral("  ✓ ") : QStringLiteral("  ✗ "))
                  << tr("%1: %2/%3 — expected %4, given %5")
                         .arg(Scorer::itemName(line.item, words))
                         .arg(line.points)
                         .arg(line.maximum)
                         .arg(Scorer::describe(line.item, line.expected, words),
                              Scorer::describe(line.item, line.given, words))
                  << '\n';
            if (!line.right)
                out() << "    " << ScenarioRules::explanation(line.rule, words) << '\n';
        }
        return kExitOk;
    }

    static int bill(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Computes a bill from a case file (see docs/billing-rules.md)."));
        const QCommandLineOption caseOption(QStringLiteral("case"), tr("JSON file describing the bill."),
                                            QStringLiteral("FILE"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the bill as JSON."));
        parser.addOptions({caseOption, jsonOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (!parser.isSet(caseOption))
            return fail(tr("bill: --case FILE is required."));
        const QString path = parser.value(caseOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("bill: cannot read %1: %2").arg(path, file.errorString()));
        auto input = BillCase::fromJson(file.readAll());
        if (!input)
            return fail(tr("bill: %1: %2").arg(path, input.error()));

        const TariffLibrary library = tariffs(Settings(Settings::defaultPath()));
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
                         .arg(group ? group->name(language) : line.group, line.label(), money::formatNumber(line.kwh),
                              money::format(line.unitPrice), money::format(line.amount));
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
        const QCommandLineOption customersOption(QStringLiteral("customers"), tr("Number of customers."),
                                                 QStringLiteral("N"));
        const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed: the same seed gives the same list."),
                                            QStringLiteral("S"), QStringLiteral("1"));
        const QCommandLineOption outOption(QStringLiteral("out"), tr("CSV file to write."), QStringLiteral("FILE"));
        const QCommandLineOption lastMonthOption(QStringLiteral("last-month"),
                                                 tr("Newest consumption month, YYYYMM (default: last month)."),
                                                 QStringLiteral("YYYYMM"));
        parser.addOptions({customersOption, seedOption, outOption, lastMonthOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
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

    /// The options that say who is signed in: a profile of a workspace, with its PIN.
    struct ProfileOptions
    {
        QCommandLineOption profile{QStringLiteral("profile"), tr("Who: a profile's number, full name or card number."),
                                   QStringLiteral("PROFILE")};
        QCommandLineOption pinFd{QStringLiteral("pin-fd"),
                                 tr("Read the PIN from this file descriptor (scripts); without it the PIN is asked on "
                                    "the terminal."),
                                 QStringLiteral("N")};
        QCommandLineOption workspace{QStringLiteral("workspace"), tr("The workspace folder (default: the app's)."),
                                     QStringLiteral("DIR")};
        QCommandLineOption training{QStringLiteral("training"),
                                    tr("Sign in to the training workspace instead of the real one.")};

        void addTo(QCommandLineParser &parser, bool withTraining) const
        {
            parser.addOptions({profile, pinFd, workspace});
            if (withTraining)
                parser.addOption(training);
        }
    };

    /// A profile signed in as in the app: the workspace's profile list, the PIN with its back-off, the
    /// tariffs and the system keychain. Heap-held: the session points into it.
    struct SignedIn
    {
        Settings settings{Settings::defaultPath()};
        SystemClock clock;
        std::unique_ptr<Session> session;
        TariffLibrary library;
        KeychainSecretStore keychain;
        Profile profile;
    };

    static Result<std::unique_ptr<SignedIn>> signIn(const QCommandLineParser &parser, const ProfileOptions &options,
                                                    const QString &command)
    {
        using R = Result<std::unique_ptr<SignedIn>>;
        if (parser.value(options.profile).isEmpty())
            return R::failure(tr("%1: --profile is required.").arg(command));
        std::optional<int> pinFd;
        if (parser.isSet(options.pinFd)) {
            bool ok = false;
            pinFd = parser.value(options.pinFd).toInt(&ok);
            if (!ok || *pinFd < 0)
                return R::failure(tr("%1: --pin-fd must be a file descriptor number, not \"%2\".")
                                      .arg(command, parser.value(options.pinFd)));
        }
        const WorkspaceKind kind = parser.isSet(options.training) ? WorkspaceKind::Training : WorkspaceKind::Real;
        const QString root =
            parser.isSet(options.workspace) ? parser.value(options.workspace) : Workspace::defaultRoot(kind);
        auto in = std::make_unique<SignedIn>();
        in->session = std::make_unique<Session>(in->settings, in->clock, kind == WorkspaceKind::Real ? root : QString(),
                                                kind == WorkspaceKind::Training ? root : QString());
        Session &session = *in->session;
        if (Status s = session.openWorkspace(kind); !s)
            return R::failure(tr("%1: %2").arg(command, s.error()));
        const QString wanted = parser.value(options.profile);
        std::optional<Profile> who;
        for (const Profile &p : session.workspace()->profiles().profiles()) {
            if (QString::number(p.id) == wanted || p.fullName.compare(wanted, Qt::CaseInsensitive) == 0 ||
                p.cardNumber.compare(wanted, Qt::CaseInsensitive) == 0)
                who = p;
        }
        if (!who)
            return R::failure(tr("%1: no profile \"%2\" in %3.").arg(command, wanted, QDir::toNativeSeparators(root)));
        auto pin = readPin(command, who->fullName, pinFd);
        if (!pin)
            return pin.status();
        const SignInResult result = session.signIn(who->id, pin.value());
        if (!result.accepted()) {
            if (result.outcome == SignInResult::Outcome::Throttled)
                return R::failure(
                    tr("%1: too many wrong PINs; try again in %n seconds.", nullptr, int(result.waitSeconds))
                        .arg(command));
            return R::failure(tr("%1: wrong PIN for %2.").arg(command, who->fullName));
        }
        if (!session.data())
            return R::failure(tr("%1: %2").arg(command, session.dataError()));
        in->library = tariffs(in->settings);
        session.setTariffs(&in->library);
        session.setSecretStore(&in->keychain);
        in->profile = who.value();
        return in;
    }

    /// The PIN of @p who: read from the descriptor @p fd (a line), or asked on the terminal without echo.
    static Result<QString> readPin(const QString &command, const QString &who, std::optional<int> fd)
    {
        if (!fd && !::isatty(STDIN_FILENO))
            return Result<QString>::failure(
                tr("%1: no terminal to ask the PIN on; give --pin-fd N and write the PIN to that descriptor.")
                    .arg(command));
        QFile input;
        if (!input.open(fd.value_or(STDIN_FILENO), QIODevice::ReadOnly))
            return Result<QString>::failure(tr("%1: the PIN cannot be read: %2").arg(command, input.errorString()));
        termios saved{};
        const bool terminal = !fd && ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (terminal) {
            err() << tr("PIN of %1: ").arg(who);
            err().flush();
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        const QString pin = QString::fromUtf8(input.readLine(256)).trimmed();
        if (terminal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            err() << '\n';
            err().flush();
        }
        return pin;
    }

    static int inspect(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Records an inspection from an answers file (docs/answers-file.md) exactly as the app does: signed "
               "in as a profile with its PIN, assessed with the law in force on the day of the visit, signed with "
               "that profile's key in the system keychain at the clock's time, stored in the profile's data file "
               "and written as a record folder with its PDF."));
        const ProfileOptions who;
        const QCommandLineOption customerOption(QStringLiteral("customer"), tr("The customer's code."),
                                                QStringLiteral("CODE"));
        const QCommandLineOption answersOption(QStringLiteral("answers"), tr("The answers file (JSON)."),
                                               QStringLiteral("FILE"));
        const QCommandLineOption outOption(QStringLiteral("out"), tr("Also write the record folder under this folder."),
                                           QStringLiteral("DIR"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        who.addTo(parser, true);
        parser.addOptions({customerOption, answersOption, outOption, jsonOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        for (const QCommandLineOption *required : {&who.profile, &customerOption, &answersOption}) {
            if (parser.value(*required).isEmpty())
                return fail(tr("inspect: --%1 is required.").arg(required->names().constFirst()));
        }
        auto answers = AnswersFile::read(parser.value(answersOption), parser.value(customerOption));
        if (!answers)
            return fail(tr("inspect: %1").arg(answers.error()));

        auto in = signIn(parser, who, QStringLiteral("inspect"));
        if (!in)
            return fail(in.error());
        Session &session = *in.value()->session;
        const Profile *signer = &in.value()->profile;

        auto record = answers->record(session.inspectionEnvironment());
        if (!record)
            return fail(tr("inspect: %1").arg(record.error()));
        if (!record->folderError.isEmpty())
            return fail(tr("inspect: the record was signed and stored, but its folder could not be written: %1")
                            .arg(record->folderError));
        const SignedRecord &signedRecord = record->record;
        QString folder = record->folder;
        if (parser.isSet(outOption)) {
            auto copy =
                RecordFolder::write(signedRecord, EvidenceStore(session.evidenceFolder()), parser.value(outOption));
            if (!copy)
                return fail(tr("inspect: the record was signed and stored, but its folder could not be written: %1")
                                .arg(copy.error()));
            folder = copy.value();
        }
        const QString number = signedRecord.record.value(QStringLiteral("number")).toString();
        if (parser.isSet(jsonOption)) {
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("id"), signedRecord.id()},
                                          {QStringLiteral("number"), number},
                                          {QStringLiteral("fingerprint"), signedRecord.fingerprint},
                                          {QStringLiteral("signer"), signer->fullName},
                                          {QStringLiteral("folder"), QDir(folder).absolutePath()}})
                    .toJson(QJsonDocument::Indented));
        } else {
            out() << tr("Signed record %1 (%2) as %3").arg(number, signedRecord.id(), signer->fullName) << '\n'
                  << tr("Fingerprint: %1").arg(signedRecord.fingerprint) << '\n'
                  << tr("Folder: %1").arg(QDir::toNativeSeparators(QDir(folder).absolutePath())) << '\n';
        }
        return kExitOk;
    }

    static int verify(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Checks a record folder: the canonical form, the fingerprint, the Ed25519 signature, every evidence "
               "file, and that the signing key is a device the branch registered (--trusted-keys, or the keys a "
               "signed-in profile received from its server and its own). A record signed by any other key is not "
               "intact. Exit 0 when intact and signed by a registered device, 1 when not."));
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("The record folder or its record.json."));
        const QCommandLineOption keysOption(QStringLiteral("trusted-keys"),
                                            tr("The registered device keys (tariff-audit-server devices "
                                               "export-keys)."),
                                            QStringLiteral("FILE"));
        const ProfileOptions who;
        parser.addOption(keysOption);
        who.addTo(parser, false);
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (parser.positionalArguments().size() != 1)
            return fail(tr("verify: give one record folder."));
        std::optional<TrustedKeys> trusted;
        if (parser.isSet(keysOption)) {
            auto keys = TrustedKeys::fromFile(parser.value(keysOption));
            if (!keys)
                return fail(tr("verify: %1").arg(keys.error()));
            trusted = keys.value();
        } else if (parser.isSet(who.profile)) {
            auto in = signIn(parser, who, QStringLiteral("verify"));
            if (!in)
                return fail(in.error());
            // The keys the profile received from its server, and its own, enrolled or not.
            trusted = in.value()->session->trustedKeys();
        }
        const VerifyReport report =
            verifyRecord(parser.positionalArguments().constFirst(), trusted ? &*trusted : nullptr);
        QStringList problems = report.problems;
        if (!trusted)
            problems << tr("The signing key was not checked against the branch's registered devices: give "
                           "--trusted-keys FILE or --profile. A valid signature by an unknown key proves nothing.");
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                err() << problem << '\n';
            err() << tr("The record is NOT intact.") << '\n';
            err().flush();
            return kExitPartial;
        }
        out() << tr("Intact: record %1, fingerprint %2, %n evidence files checked.", nullptr, report.evidenceChecked)
                     .arg(report.recordId, report.fingerprint)
              << '\n'
              << tr("Signed by %1.").arg(report.signer) << '\n';
        return kExitOk;
    }

    /// A sync engine for the profile signed in through @p parser, or the exit code.
    static std::variant<int, std::pair<std::unique_ptr<SignedIn>, std::unique_ptr<sync::SyncEngine>>>
    syncEngine(const QCommandLineParser &parser, const ProfileOptions &who, const QString &command)
    {
        auto in = signIn(parser, who, command);
        if (!in)
            return fail(in.error());
        auto engine = in.value()->session->createSyncEngine({});
        if (!engine)
            return fail(tr("%1: %2").arg(command, engine.error()));
        return std::make_pair(std::move(in).value(), std::move(engine).value());
    }

    static int exitFor(sync::SyncOutcome outcome)
    {
        switch (outcome) {
        case sync::SyncOutcome::Done:
            return kExitOk;
        case sync::SyncOutcome::NoServer:
        case sync::SyncOutcome::NotEnrolled:
        case sync::SyncOutcome::CertificateMismatch:
        case sync::SyncOutcome::Failed:
            return kExitFailure;
        case sync::SyncOutcome::Pending:
        case sync::SyncOutcome::Revoked:
        case sync::SyncOutcome::Refused:
        case sync::SyncOutcome::Cancelled:
            return kExitPartial;
        }
        return kExitFailure;
    }

    static int enroll(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Enrolls a profile of this tablet with the branch server: registers its device key with a leader's "
               "one-time code, prints the comparison code to read to the leader, and waits for the approval. Exit "
               "0 approved, 1 refused or still waiting, 2 no server or a certificate that is not the pinned one."));
        const ProfileOptions who;
        const QCommandLineOption linkOption(QStringLiteral("link"),
                                            tr("The enrollment link a leader gave (tariff-audit-enroll:1?…)."),
                                            QStringLiteral("LINK"));
        const QCommandLineOption serverOption(QStringLiteral("server"), tr("The server's address (https://…:8443)."),
                                              QStringLiteral("URL"));
        const QCommandLineOption pinOption(QStringLiteral("pin"),
                                           tr("The SHA-256 of the server's certificate authority (64 hex digits)."),
                                           QStringLiteral("SHA256"));
        const QCommandLineOption codeOption(QStringLiteral("code"), tr("The one-time enrollment code."),
                                            QStringLiteral("CODE"));
        const QCommandLineOption waitOption(QStringLiteral("wait"),
                                            tr("Seconds to wait for the leader's approval (default 600; 0: do not "
                                               "wait)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("600"));
        who.addTo(parser, false);
        parser.addOptions({linkOption, serverOption, pinOption, codeOption, waitOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        Result<sync::EnrollmentLink> link = Result<sync::EnrollmentLink>::failure(QString());
        if (parser.isSet(linkOption)) {
            link = sync::EnrollmentLink::parse(parser.value(linkOption));
        } else {
            sync::EnrollmentLink made;
            made.server = QUrl(parser.value(serverOption));
            made.pin = parser.value(pinOption);
            made.code = parser.value(codeOption);
            link = sync::EnrollmentLink::parse(made.toText());
        }
        if (!link)
            return fail(tr("enroll: %1").arg(link.error()));
        auto made = syncEngine(parser, who, QStringLiteral("enroll"));
        if (const int *exit = std::get_if<int>(&made))
            return *exit;
        auto &engine = *std::get<1>(made).second;
        const sync::SyncReport enrolled = engine.enroll(link.value());
        if (enrolled.outcome != sync::SyncOutcome::Done)
            return failWith(exitFor(enrolled.outcome), tr("enroll: %1").arg(enrolled.message));
        const QString comparison = engine.enrollment()->comparison;
        out() << tr("Comparison code: %1").arg(comparison) << '\n'
              << tr("Read it to the branch leader; it must be the code the server shows beside this tablet.") << '\n';
        out().flush();
        QElapsedTimer waited;
        waited.start();
        const qint64 limit = qint64(parser.value(waitOption).toInt()) * 1000;
        for (;;) {
            const sync::SyncReport checked = engine.checkEnrollment();
            if (checked.outcome == sync::SyncOutcome::Done) {
                out() << tr("Approved: this tablet sends its records to %1.").arg(link->server.toString()) << '\n';
                return kExitOk;
            }
            if (checked.outcome != sync::SyncOutcome::Pending && checked.outcome != sync::SyncOutcome::NoServer)
                return failWith(exitFor(checked.outcome), tr("enroll: %1").arg(checked.message));
            if (waited.elapsed() >= limit) {
                err() << tr("Not approved yet; the enrollment is kept. Run 'tariff-audit-cli sync' once the leader "
                            "has approved it.")
                      << '\n';
                err().flush();
                return kExitPartial;
            }
            QThread::msleep(1000);
        }
    }

    static int sync(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Sends the outbox of a profile to its branch server, applies the leaders' decisions from the feed "
               "and prints each record's state. Exit 0 every record received, 1 some waiting or quarantined, 2 no "
               "server (or not enrolled, or a certificate that is not the pinned one)."));
        const ProfileOptions who;
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        who.addTo(parser, false);
        parser.addOption(jsonOption);
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        auto made = syncEngine(parser, who, QStringLiteral("sync"));
        if (const int *exit = std::get_if<int>(&made))
            return *exit;
        auto &engine = *std::get<1>(made).second;
        const sync::SyncReport report = engine.syncOnce(true);
        const std::vector<sync::OutboxEntry> entries =
            engine.outbox() ? engine.outbox()->entries() : std::vector<sync::OutboxEntry>();
        if (parser.isSet(jsonOption)) {
            QJsonArray records;
            for (const sync::OutboxEntry &e : entries)
                records.append(QJsonObject{{QStringLiteral("id"), e.recordId},
                                           {QStringLiteral("number"), e.number},
                                           {QStringLiteral("state"), sync::stateCode(e.state)},
                                           {QStringLiteral("receivedAt"), e.receivedAt.toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("error"), e.lastError},
                                           {QStringLiteral("comment"), e.reviewComment}});
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("outcome"), sync::outcomeCode(report.outcome)},
                                          {QStringLiteral("message"), report.message},
                                          {QStringLiteral("sent"), report.sent},
                                          {QStringLiteral("received"), report.received},
                                          {QStringLiteral("quarantined"), report.quarantined},
                                          {QStringLiteral("reviews"), report.reviews},
                                          {QStringLiteral("records"), records}})
                    .toJson(QJsonDocument::Indented));
        } else {
            for (const sync::OutboxEntry &e : entries)
                out() << e.number << '\t' << sync::stateText(e) << '\n';
            out() << (report.message.isEmpty() ? sync::outcomeText(report.outcome) : report.message) << '\n';
        }
        out().flush();
        if (report.outcome != sync::SyncOutcome::Done)
            return exitFor(report.outcome) == kExitOk ? kExitPartial : exitFor(report.outcome);
        return report.counts.waiting + report.counts.quarantined > 0 ? kExitPartial : kExitOk;
    }

    static int failWith(int code, const QString &message)
    {
        err() << message << '\n';
        err().flush();
        return code;
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
    if (command == QLatin1StringView("import"))
        return Cli::import(rest);
    if (command == QLatin1StringView("search"))
        return Cli::search(rest);
    if (command == QLatin1StringView("prescreen"))
        return Cli::prescreen(rest);
    if (command == QLatin1StringView("inspect"))
        return Cli::inspect(rest);
    if (command == QLatin1StringView("verify"))
        return Cli::verify(rest);
    if (command == QLatin1StringView("enroll"))
        return Cli::enroll(rest);
    if (command == QLatin1StringView("sync"))
        return Cli::sync(rest);
    if (command == QLatin1StringView("scenario"))
        return Cli::scenario(rest);
    if (command == QLatin1StringView("score"))
        return Cli::score(rest);
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
