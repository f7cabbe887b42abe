#include "app/cli/commands.h"

#include "models/core/clock.h"
#include "models/core/language.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/customers/customersearch.h"
#include "models/customers/samplelist.h"
#include "models/importing/customerimport.h"
#include "models/inspection/devicekey.h"
#include "models/inspection/evidencestore.h"
#include "models/inspection/finaliser.h"
#include "models/prescreen/flaggedlist.h"
#include "models/prescreen/prescreener.h"
#include "models/security/secretstore.h"
#include "models/storage/profiledata.h"
#include "models/tariff/billcase.h"
#include "models/tariff/billengine.h"
#include "models/tariff/tarifflibrary.h"

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
#include <QUuid>
#include <memory>
#include <optional>

#include <cstdio>

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
              << "  verify     " << tr("check a record folder: signature, fingerprint and evidence files") << '\n'
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
            out() << parser.helpText();
            return kExitOk;
        }
        return std::nullopt;
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
                                            "changed."));
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
        parser.addOptions({dbOption, jsonOption, rejectsOption, encodingOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (parser.positionalArguments().size() != 1)
            return fail(tr("import: give exactly one FILE."));
        auto db = openData(parser, dbOption, QStringLiteral("import"));
        if (!db)
            return fail(db.error());
        const TariffLibrary library = TariffLibrary::load(TariffLibrary::defaultUserFolder());
        const SystemClock clock;
        CustomerImport importer(*db.value(), library, clock);
        CustomerImport::Options options;
        options.encoding = parser.value(encodingOption);
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
                                                                 {QStringLiteral("issues"), issues}})
                                           .toJson(QJsonDocument::Indented));
        } else {
            out() << tr("%1: %2 rows; imported %3, updated %4, unchanged %5, rejected %6.")
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
            if (s.issues.size() > shown)
                out() << tr("  … and %1 more problems (--rejects FILE lists them all).").arg(s.issues.size() - shown)
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
        const TariffLibrary library = TariffLibrary::load(TariffLibrary::defaultUserFolder());
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
                list.append(QJsonObject{{QStringLiteral("code"), f.code},
                                        {QStringLiteral("name"), f.name},
                                        {QStringLiteral("rules"), QJsonArray::fromStringList(f.rules)},
                                        {QStringLiteral("reasons"), QJsonArray::fromStringList(f.reasons)},
                                        {QStringLiteral("monthly_impact"), f.monthlyImpact},
                                        {QStringLiteral("yearly_impact"), f.yearlyImpact}});
            }
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("customers"), summary->customers},
                                          {QStringLiteral("flagged"), summary->flagged},
                                          {QStringLiteral("per_rule"), perRule},
                                          {QStringLiteral("yearly_impact"), summary->yearlyImpact},
                                          {QStringLiteral("top"), list}})
                    .toJson(QJsonDocument::Indented));
            return kExitOk;
        }
        out() << tr("%1 customers, %2 flagged; at stake over 12 months: %3.")
                     .arg(summary->customers)
                     .arg(summary->flagged)
                     .arg(money::format(summary->yearlyImpact))
              << '\n';
        for (auto it = summary->perRule.cbegin(); it != summary->perRule.cend(); ++it)
            out() << QStringLiteral("  %1: %2").arg(ruleName(it.key())).arg(it.value()) << '\n';
        for (std::size_t i = 0; i < ranked->size() && int(i) < top; ++i) {
            const FlaggedCustomer &f = ranked.value()[i];
            out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(f.code, f.name, money::format(f.yearlyImpact), f.reasons.value(0))
                  << '\n';
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

    static int inspect(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Records an inspection from an answers file (docs/answers-file.md), signs it with this device's "
               "key in the system keychain, stores it in the data file and writes the record folder with its "
               "PDF."));
        const QCommandLineOption dbOption(QStringLiteral("db"), tr("The data file."), QStringLiteral("DB"));
        const QCommandLineOption customerOption(QStringLiteral("customer"), tr("The customer's code."),
                                                QStringLiteral("CODE"));
        const QCommandLineOption answersOption(QStringLiteral("answers"), tr("The answers file (JSON)."),
                                               QStringLiteral("FILE"));
        const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder for the record folder."),
                                           QStringLiteral("DIR"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        parser.addOptions({dbOption, customerOption, answersOption, outOption, jsonOption});
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        for (const QCommandLineOption *required : {&customerOption, &answersOption, &outOption}) {
            if (parser.value(*required).isEmpty())
                return fail(tr("inspect: --%1 is required.").arg(required->names().constFirst()));
        }
        QFile answersFile(parser.value(answersOption));
        if (!answersFile.open(QIODevice::ReadOnly))
            return fail(tr("inspect: %1 cannot be read: %2").arg(answersFile.fileName(), answersFile.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(answersFile.readAll(), &parseError);
        if (!doc.isObject())
            return fail(tr("inspect: %1 is not a JSON object (%2 at byte %3).")
                            .arg(answersFile.fileName(), parseError.errorString())
                            .arg(parseError.offset));
        auto db = openData(parser, dbOption, QStringLiteral("inspect"));
        if (!db)
            return fail(db.error());
        QJsonObject answers = doc.object();
        const QDir base = QFileInfo(answersFile.fileName()).absoluteDir();
        const QString dbPath = QFileInfo(parser.value(dbOption)).absoluteFilePath();
        EvidenceStore evidence(QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("evidence")));

        // Pictures named in the answers become evidence, kept by their SHA-256.
        QJsonArray evidenceList;
        const auto addPicture = [&](const QString &file, const QString &kind, const QString &caption,
                                    const QString &field) -> Result<QString> {
            auto item = evidence.addFile(base.filePath(file), kind, caption);
            if (!item)
                return Result<QString>::failure(tr("inspect: %1: %2").arg(field, item.error()));
            evidenceList.append(QJsonObject{{QStringLiteral("sha256"), item->sha256},
                                            {QStringLiteral("kind"), item->kind},
                                            {QStringLiteral("file"), item->fileName},
                                            {QStringLiteral("caption"), item->caption},
                                            {QStringLiteral("size"), double(item->size)}});
            return item->fileName;
        };
        const QJsonArray photos = answers.value(QStringLiteral("photos")).toArray();
        for (qsizetype i = 0; i < photos.size(); ++i) {
            const QJsonObject p = photos.at(i).toObject();
            auto added =
                addPicture(p.value(QStringLiteral("file")).toString(),
                           p.value(QStringLiteral("kind")).toString(QStringLiteral("photo")),
                           p.value(QStringLiteral("caption")).toString(), QStringLiteral("photos[%1].file").arg(i));
            if (!added)
                return fail(added.error());
        }
        QJsonObject signatures = answers.value(QStringLiteral("signatures")).toObject();
        for (const QString &who :
             {QStringLiteral("customer"), QStringLiteral("inspector"), QStringLiteral("witness")}) {
            const QString file = signatures.value(who).toString();
            if (file.isEmpty())
                continue;
            auto added =
                addPicture(file, QStringLiteral("signature-") + who, QString(), QStringLiteral("signatures.") + who);
            if (!added)
                return fail(added.error());
            signatures.insert(who, added.value());
        }
        answers.insert(QStringLiteral("signatures"), signatures);
        answers.insert(QStringLiteral("evidence"), evidenceList);
        answers.insert(QStringLiteral("customer"), parser.value(customerOption));
        auto inspection = Inspection::fromJson(answers);
        if (!inspection)
            return fail(tr("inspect: %1: %2").arg(answersFile.fileName(), inspection.error()));

        const QJsonObject inspector = answers.value(QStringLiteral("inspector")).toObject();
        FinaliseRequest request;
        request.inspection = inspection.value();
        if (request.inspection.id.isEmpty())
            request.inspection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        request.context.inspectorName = inspector.value(QStringLiteral("name")).toString();
        request.context.inspectorCard = inspector.value(QStringLiteral("card")).toString();
        request.context.unit = inspector.value(QStringLiteral("unit")).toString();
        request.context.deviceName = QSysInfo::machineHostName();
        request.context.training =
            ProfileData::metaValue(*db.value(), QStringLiteral("workspace")) == QLatin1StringView("training");
        if (request.context.inspectorName.isEmpty() || request.context.inspectorCard.isEmpty())
            return fail(tr("inspect: %1: inspector.name and inspector.card are required.").arg(answersFile.fileName()));
        const QString finalised = answers.value(QStringLiteral("finalisedAt")).toString();
        request.finalisedAt =
            finalised.isEmpty() ? QDateTime::currentDateTime() : QDateTime::fromString(finalised, Qt::ISODate);
        if (!request.finalisedAt.isValid())
            return fail(tr("inspect: finalisedAt: a date and time written YYYY-MM-DDThh:mm:ss+07:00 expected."));
        if (!request.inspection.startedAt.isValid())
            request.inspection.startedAt = request.finalisedAt;
        Settings settings(Settings::defaultPath());
        request.limits = Finaliser::limitsFrom(settings);
        request.keyName = DeviceKey::keyName(request.context.training, 0);
        const TariffLibrary library = TariffLibrary::load(TariffLibrary::defaultUserFolder());
        KeychainSecretStore keychain;
        Finaliser finaliser(*db.value(), evidence, keychain, library);
        auto record = finaliser.finalise(request);
        if (!record)
            return fail(tr("inspect: %1").arg(record.error()));
        const QString folder =
            QDir(parser.value(outOption)).filePath(record->record.value(QStringLiteral("number")).toString());
        if (Status s = finaliser.exportRecord(record.value(), folder); !s)
            return fail(tr("inspect: the record was signed and stored, but its folder could not be written: %1")
                            .arg(s.error()));
        if (parser.isSet(jsonOption)) {
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("id"), record->id()},
                                          {QStringLiteral("number"), record->record.value(QStringLiteral("number"))},
                                          {QStringLiteral("fingerprint"), record->fingerprint},
                                          {QStringLiteral("folder"), QDir(folder).absolutePath()}})
                    .toJson(QJsonDocument::Indented));
        } else {
            out() << tr("Signed record %1 (%2)")
                         .arg(record->record.value(QStringLiteral("number")).toString(), record->id())
                  << '\n'
                  << tr("Fingerprint: %1").arg(record->fingerprint) << '\n'
                  << tr("Folder: %1").arg(QDir::toNativeSeparators(QDir(folder).absolutePath())) << '\n';
        }
        return kExitOk;
    }

    static int verify(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Checks a record folder: the canonical form, the fingerprint, the "
                                            "Ed25519 signature and every evidence file. Exit 0 when intact."));
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("The record folder or its record.json."));
        if (const auto exit = parseOrExit(parser, arguments))
            return *exit;
        if (parser.positionalArguments().size() != 1)
            return fail(tr("verify: give one record folder."));
        const VerifyReport report = verifyRecord(parser.positionalArguments().constFirst());
        if (!report.intact()) {
            for (const QString &problem : report.problems)
                err() << problem << '\n';
            err() << tr("The record is NOT intact.") << '\n';
            err().flush();
            return kExitPartial;
        }
        out() << tr("Intact: record %1, fingerprint %2, %n evidence files checked.", nullptr, report.evidenceChecked)
                     .arg(report.recordId, report.fingerprint)
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
