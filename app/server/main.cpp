// tariff-audit-server: the branch's sync service (docs/sync-protocol.md, docs/server.md).
//
//   tariff-audit-server [--lang vi|en] init --data DIR [--host NAME]... [--database URL] [--url URL]
//   tariff-audit-server serve --data DIR [--listen ADDR:PORT] [--threads N] [--handlers N] [--quiet]
//   tariff-audit-server codes create --data DIR [--valid-minutes N] [--url URL] [--qr FILE.png]
//   tariff-audit-server devices list|approve ID|revoke ID|export-keys --data DIR
//   tariff-audit-server assignments add DEVICE CUSTOMER... --reason TEXT | list [--device ID] --data DIR
//   tariff-audit-server records list|review ID REVISION (--approve | --return COMMENT) --data DIR
//   tariff-audit-server export-cmis --data DIR [--database URL] --from DATE --to DATE [--campaign NAME]
//                       [--again] --out FILE.csv|FILE.xlsx
//   tariff-audit-server conflicts --data DIR
//   tariff-audit-server audit --data DIR [--limit N]
//
// Exit codes: 0 done, 1 refused (an unknown device, a bad state), 2 bad input or failure. Messages are in
// Vietnamese, or English with --lang en.

#include "models/core/language.h"
#include "models/inspection/recordpdf.h"
#include "models/review/cmisexport.h"
#include "models/sync/syncprotocol.h"
#include "server/api.h"
#include "server/httpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace ta;
using namespace ta::server;

namespace {

/// The translation context of the server's command line (Vietnamese first, `--lang en` for English). Lines
/// meant for scripts (`listening on …`, `link: …`, the request log) stay as they are.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int failWith(int code, const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    return code;
}

int fail(const QString &message)
{
    return failWith(2, message);
}

QString actor()
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("admin"));
    return QStringLiteral("admin:") + user;
}

struct Opened
{
    ServerIdentity identity;
    std::unique_ptr<Store> store;
};

Result<Opened> openServer(const QString &dataDir, int readers = 2)
{
    auto identity = ServerIdentity::load(dataDir);
    if (!identity)
        return identity.status();
    auto store = Store::open(identity->database(), readers);
    if (!store)
        return Result<Opened>::failure(QStringLiteral("%1: %2").arg(identity->database(), store.error()));
    return Opened{identity.value(), std::move(store).value()};
}

QString defaultUrl(const ServerIdentity &identity)
{
    return QStringLiteral("https://%1:8443").arg(identity.hosts().value(0, QStringLiteral("localhost")));
}

int printCode(const ServerIdentity &identity, Store &store, int minutes, const QString &url, const QString &qr,
              const QString &note)
{
    auto code = store.createCode(minutes, actor(), note);
    if (!code)
        return fail(code.error());
    sync::EnrollmentLink link;
    link.server = QUrl(url.isEmpty() ? defaultUrl(identity) : url);
    link.pin = identity.caPin();
    link.code = code.value();
    out() << "code: " << code.value() << "\nvalid: " << minutes << " minutes\nlink: " << link.toText() << '\n';
    if (!qr.isEmpty()) {
        const QImage image = RecordPdf::qrCode(link.toText().toUtf8(), 8);
        if (image.isNull() || !image.save(qr, "PNG"))
            return fail(ServerCli::tr("The QR code cannot be written to %1.").arg(qr));
        out() << "qr: " << QDir::toNativeSeparators(qr) << '\n';
    }
    out().flush();
    return 0;
}

int init(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  ServerCli::tr("A name or address the certificate is for (repeat; default localhost "
                                                "and 127.0.0.1)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      ServerCli::tr("postgresql://… (default: server.sqlite in the data folder)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption url(QStringLiteral("url"), ServerCli::tr("The address tablets reach the server at."),
                                 QStringLiteral("URL"));
    parser.addOptions({data, host, database, url});
    parser.process(args);
    if (!parser.isSet(data))
        return fail(ServerCli::tr("init: --data DIR is required."));
    QStringList hosts = parser.values(host);
    if (hosts.isEmpty())
        hosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    if (Status s = ServerIdentity::init(parser.value(data), hosts, parser.value(database)); !s)
        return fail(ServerCli::tr("init: %1").arg(s.error()));
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("init: %1").arg(opened.error()));
    out() << "server: " << opened->identity.id() << "\nca pin: " << opened->identity.caPin() << '\n';
    // The first leader's code: the first tablet is enrolled with it.
    return printCode(opened->identity, *opened->store, 24 * 60, parser.value(url), QString(),
                     QStringLiteral("first leader"));
}

int serve(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    ServerCli::tr("Address and port (default 127.0.0.1:8443; "
                                                  "port 0 picks a free one)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption threads(QStringLiteral("threads"), ServerCli::tr("I/O threads (default: the cores)."),
                                     QStringLiteral("N"));
    const QCommandLineOption handlers(QStringLiteral("handlers"),
                                      ServerCli::tr("Request handler threads (default 64)."), QStringLiteral("N"),
                                      QStringLiteral("64"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), ServerCli::tr("No line per request."));
    const QCommandLineOption idle(QStringLiteral("idle-ms"), ServerCli::tr("Idle connection timeout."),
                                  QStringLiteral("MS"));
    const QCommandLineOption request(QStringLiteral("request-ms"), ServerCli::tr("Whole-request timeout."),
                                     QStringLiteral("MS"));
    const QCommandLineOption rate(QStringLiteral("rate"), ServerCli::tr("Requests a second per device."),
                                  QStringLiteral("N"));
    const QCommandLineOption session(QStringLiteral("session-minutes"), ServerCli::tr("Session token lifetime."),
                                     QStringLiteral("N"));
    const QCommandLineOption blobLimit(QStringLiteral("blob-limit"), ServerCli::tr("Largest evidence file, bytes."),
                                       QStringLiteral("BYTES"));
    parser.addOptions({data, listen, threads, handlers, quiet, idle, request, rate, session, blobLimit});
    parser.process(args);
    if (!parser.isSet(data))
        return fail(ServerCli::tr("serve: --data DIR is required."));
    auto opened = openServer(parser.value(data), 8);
    if (!opened)
        return fail(ServerCli::tr("serve: %1").arg(opened.error()));
    Limits limits;
    if (parser.isSet(idle))
        limits.idleMs = parser.value(idle).toInt();
    if (parser.isSet(request))
        limits.requestMs = parser.value(request).toInt();
    if (parser.isSet(rate)) {
        limits.requestsPerSecond = parser.value(rate).toDouble();
        limits.burst = 2 * limits.requestsPerSecond;
    }
    if (parser.isSet(session))
        limits.sessionMinutes = parser.value(session).toInt();
    if (parser.isSet(blobLimit))
        limits.blobBytes = parser.value(blobLimit).toLongLong();
    BlobStore blobs(opened->identity.blobsDir());
    if (const int removed = blobs.removeLeftovers(); removed > 0)
        std::fprintf(stderr, "removed=%d partial evidence files left by a stopped server\n", removed);
    Api api(opened->identity, *opened->store, blobs, limits);
    const int cores = std::max(1, QThread::idealThreadCount());
    HttpServer server(api, opened->identity, parser.isSet(threads) ? parser.value(threads).toInt() : cores,
                      parser.value(handlers).toInt());
    server.setLogRequests(!parser.isSet(quiet));
    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    if (Status s = server.listen(where.left(colon), quint16(where.mid(colon + 1).toUInt())); !s)
        return fail(ServerCli::tr("serve: %1").arg(s.error()));
    out() << "listening on " << where.left(colon) << ':' << server.port() << " server " << opened->identity.id()
          << " database "
          << (opened->store->kind() == SqlConnection::Kind::Sqlite ? QStringLiteral("sqlite")
                                                                   : QStringLiteral("postgresql"))
          << '\n';
    out().flush();
    server.run();
    return 0;
}

int codes(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption minutes(QStringLiteral("valid-minutes"), ServerCli::tr("How long the code is valid."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption url(QStringLiteral("url"), ServerCli::tr("The address tablets reach the server at."),
                                 QStringLiteral("URL"));
    const QCommandLineOption qr(QStringLiteral("qr"), ServerCli::tr("Also write the link as a QR code (PNG)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption note(QStringLiteral("note"), ServerCli::tr("Who the code is for."),
                                  QStringLiteral("TEXT"));
    parser.addPositionalArgument(QStringLiteral("create"), ServerCli::tr("Create a one-time enrollment code."));
    parser.addOptions({data, minutes, url, qr, note});
    parser.process(args);
    if (parser.positionalArguments().value(1) != QLatin1StringView("create"))
        return fail(ServerCli::tr("codes: the only action is create."));
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("codes: %1").arg(opened.error()));
    return printCode(opened->identity, *opened->store, std::clamp(parser.value(minutes).toInt(), 1, 7 * 24 * 60),
                     parser.value(url), parser.value(qr), parser.value(note));
}

int devices(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), ServerCli::tr("Print JSON."));
    const QCommandLineOption outFile(QStringLiteral("out"), ServerCli::tr("export-keys: write to this file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  ServerCli::tr("approve: grant this role (inspector or leader) instead of the one "
                                                "the device asked for."),
                                  QStringLiteral("ROLE"));
    parser.addPositionalArgument(QStringLiteral("action"), ServerCli::tr("list, approve ID, revoke ID, export-keys"));
    parser.addOptions({data, json, outFile, role});
    parser.process(args);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("devices: %1").arg(opened.error()));
    Store &store = *opened->store;
    if (action == QLatin1StringView("list")) {
        QJsonArray list;
        for (const Device &d : store.devices()) {
            if (parser.isSet(json))
                list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                        {QStringLiteral("status"), d.status},
                                        {QStringLiteral("comparison"), d.comparison},
                                        {QStringLiteral("name"), d.name},
                                        {QStringLiteral("profile"), d.profileName},
                                        {QStringLiteral("card"), d.card},
                                        {QStringLiteral("role"), d.role},
                                        {QStringLiteral("enrolledAt"), d.enrolledAt}});
            else
                out() << d.id << "  " << d.status << "  " << d.role << "  " << d.comparison << "  " << d.profileName
                      << " (" << d.card << ") " << d.name << "  " << d.enrolledAt << '\n';
        }
        if (parser.isSet(json))
            out() << QString::fromUtf8(QJsonDocument(list).toJson());
        return 0;
    }
    if (action == QLatin1StringView("approve") || action == QLatin1StringView("revoke")) {
        const QString id = positional.value(2);
        const auto device = store.device(id);
        if (!device) {
            return failWith(1, ServerCli::tr("devices: no device %1.").arg(id));
        }
        if (action == QLatin1StringView("approve") && device->status != QLatin1StringView("pending")) {
            return failWith(1, ServerCli::tr("devices: %1 is %2, not pending.").arg(id, device->status));
        }
        const QString granted = parser.value(role);
        if (!granted.isEmpty() && granted != QLatin1StringView("inspector") && granted != QLatin1StringView("leader"))
            return fail(ServerCli::tr("devices: --role is inspector or leader, not %1.").arg(granted));
        const Status s = store.setDeviceStatus(
            id, action == QLatin1StringView("approve") ? QStringLiteral("approved") : QStringLiteral("revoked"),
            actor(), action == QLatin1StringView("approve") ? granted : QString());
        if (!s) {
            return failWith(1, ServerCli::tr("devices: %1").arg(s.error()));
        }
        out() << id << ' ' << (action == QLatin1StringView("approve") ? "approved" : "revoked") << '\n';
        return 0;
    }
    if (action == QLatin1StringView("export-keys")) {
        const QByteArray text = QJsonDocument(registeredKeys(store)).toJson();
        if (!parser.isSet(outFile)) {
            out() << QString::fromUtf8(text);
            return 0;
        }
        QSaveFile file(parser.value(outFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return fail(ServerCli::tr("devices: %1 cannot be written.").arg(parser.value(outFile)));
        return 0;
    }
    return fail(ServerCli::tr("devices: list, approve ID, revoke ID or export-keys."));
}

int assignments(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption reason(QStringLiteral("reason"), ServerCli::tr("add: why the customer is to be visited."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption device(QStringLiteral("device"), ServerCli::tr("list: only this device's."),
                                    QStringLiteral("ID"));
    const QCommandLineOption campaign(QStringLiteral("campaign"), ServerCli::tr("add: the campaign it belongs to."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption due(QStringLiteral("due"), ServerCli::tr("add: the date the visit is due (YYYY-MM-DD)."),
                                 QStringLiteral("DATE"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 ServerCli::tr("add DEVICE CUSTOMER... --reason TEXT, or list [--device ID]"));
    parser.addOptions({data, reason, device, campaign, due});
    parser.process(args);
    const QStringList positional = parser.positionalArguments();
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("assignments: %1").arg(opened.error()));
    Store &store = *opened->store;
    if (positional.value(1) == QLatin1StringView("add")) {
        const QStringList customers = positional.mid(3);
        if (customers.isEmpty() || parser.value(reason).trimmed().isEmpty())
            return fail(ServerCli::tr("assignments add: a device, one or more customer codes and --reason."));
        if (parser.isSet(due) && !QDate::fromString(parser.value(due), Qt::ISODate).isValid())
            return fail(ServerCli::tr("assignments add: --due %1 is not a date (YYYY-MM-DD).").arg(parser.value(due)));
        if (Status s = store.assign(positional.value(2), customers, parser.value(reason).trimmed(), actor(),
                                    parser.value(campaign), parser.value(due));
            !s) {
            return failWith(1, ServerCli::tr("assignments: %1").arg(s.error()));
        }
        out() << customers.size() << " assigned to " << positional.value(2) << '\n';
        return 0;
    }
    if (positional.value(1) == QLatin1StringView("list")) {
        for (const Store::Assignment &a : store.assignments(parser.value(device)))
            out() << a.deviceId << "  " << a.customerCode << "  " << a.reason << "  " << a.campaign << "  " << a.due
                  << "  " << a.actor << "  " << a.at << '\n';
        return 0;
    }
    return fail(ServerCli::tr("assignments: add DEVICE CUSTOMER... --reason TEXT, or list."));
}

int records(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption approve(QStringLiteral("approve"), ServerCli::tr("review: approve the record."));
    const QCommandLineOption giveBack(QStringLiteral("return"), ServerCli::tr("review: return it with a comment."),
                                      QStringLiteral("COMMENT"));
    const QCommandLineOption json(QStringLiteral("json"), ServerCli::tr("Print JSON."));
    parser.addPositionalArgument(QStringLiteral("action"), ServerCli::tr("list, or review ID REVISION"));
    parser.addOptions({data, approve, giveBack, json});
    parser.process(args);
    const QStringList positional = parser.positionalArguments();
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("records: %1").arg(opened.error()));
    Store &store = *opened->store;
    if (positional.value(1) == QLatin1StringView("list")) {
        QJsonArray list;
        for (const StoredRecord &r : store.records()) {
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("revision"), r.revision},
                                    {QStringLiteral("fingerprint"), r.fingerprint},
                                    {QStringLiteral("device"), r.deviceId},
                                    {QStringLiteral("customer"), r.customerCode},
                                    {QStringLiteral("number"), r.number},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("receivedAt"), r.receivedAt}});
            if (!parser.isSet(json))
                out() << r.number << "  " << r.id << '/' << r.revision << "  " << r.customerCode << "  " << r.status
                      << "  " << r.receivedAt << '\n';
        }
        if (parser.isSet(json))
            out() << QString::fromUtf8(QJsonDocument(list).toJson());
        return 0;
    }
    if (positional.value(1) == QLatin1StringView("review")) {
        if (parser.isSet(approve) == parser.isSet(giveBack))
            return fail(ServerCli::tr("records review: --approve or --return COMMENT."));
        const Status s = store.review(positional.value(2), positional.value(3).toInt(),
                                      parser.isSet(approve) ? QStringLiteral("approve") : QStringLiteral("return"),
                                      parser.value(giveBack), actor());
        if (!s) {
            return failWith(1, ServerCli::tr("records: %1").arg(s.error()));
        }
        out() << positional.value(2) << ' ' << (parser.isSet(approve) ? "approved" : "returned") << '\n';
        return 0;
    }
    return fail(ServerCli::tr("records: list, or review ID REVISION."));
}

int conflicts(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    parser.addOptions({data});
    parser.process(args);
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("conflicts: %1").arg(opened.error()));
    for (const Store::Conflict &c : opened->store->conflicts())
        out() << c.id << '/' << c.revision << "  sent " << c.fingerprint << "  by " << c.deviceId << "  " << c.at
              << '\n';
    return 0;
}

int auditLog(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption limit(QStringLiteral("limit"), ServerCli::tr("Entries, newest first."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({data, limit});
    parser.process(args);
    auto opened = openServer(parser.value(data));
    if (!opened)
        return fail(ServerCli::tr("audit: %1").arg(opened.error()));
    for (const AuditEntry &e : opened->store->audit(parser.value(limit).toInt()))
        out() << e.sequence << "  " << e.at << "  " << e.actor << "  " << e.action << "  " << e.subject << "  "
              << e.detail << '\n';
    return 0;
}

int exportCmis(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption data(QStringLiteral("data"), ServerCli::tr("The server's data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      ServerCli::tr("Read this database instead of the data folder's (a SQLite file "
                                                    "or a postgresql:// URL)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption from(QStringLiteral("from"), ServerCli::tr("First day of approval (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), ServerCli::tr("Last day of approval (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption campaign(QStringLiteral("campaign"), ServerCli::tr("Only this campaign's customers."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption outFile(QStringLiteral("out"), ServerCli::tr("The file to write: .csv or .xlsx."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption again(QStringLiteral("again"), ServerCli::tr("Include the corrections exported before."));
    parser.addOptions({data, database, from, to, campaign, outFile, again});
    parser.process(args);
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first)
        return fail(ServerCli::tr("export-cmis: --from and --to are days (YYYY-MM-DD), --to not before --from."));
    if (parser.value(outFile).isEmpty())
        return fail(ServerCli::tr("export-cmis: --out FILE.csv or FILE.xlsx is required."));
    std::unique_ptr<Store> own;
    Store *store = nullptr;
    std::optional<Opened> opened;
    if (parser.isSet(database)) {
        auto s = Store::open(parser.value(database), 1);
        if (!s)
            return fail(ServerCli::tr("export-cmis: %1").arg(s.error()));
        own = std::move(s).value();
        store = own.get();
    } else {
        auto o = openServer(parser.value(data), 1);
        if (!o)
            return fail(ServerCli::tr("export-cmis: %1").arg(o.error()));
        opened.emplace(std::move(o).value());
        store = opened->store.get();
    }
    // Days as Vietnam counts them; the stores keep UTC.
    const auto utc = &review::CmisExport::dayStartUtc;
    auto approved =
        store->approvedRevisions(utc(first), utc(last.addDays(1)), parser.value(campaign), parser.isSet(again));
    if (!approved)
        return fail(ServerCli::tr("export-cmis: %1").arg(approved.error()));
    std::vector<review::ApprovedRecord> input;
    std::vector<std::pair<QString, int>> revisions;
    for (const Store::ApprovedRevision &a : approved.value()) {
        input.push_back({a.canonical, a.approvedBy, a.approvedAt});
        revisions.emplace_back(a.id, a.revision);
    }
    auto rows = review::CmisExport::rows(input);
    if (!rows)
        return fail(ServerCli::tr("export-cmis: %1").arg(rows.error()));
    if (Status s = review::CmisExport::write(rows.value(), parser.value(outFile)); !s)
        return fail(ServerCli::tr("export-cmis: %1").arg(s.error()));
    if (Status s = store->markExported(revisions, QFileInfo(parser.value(outFile)).fileName(), actor()); !s)
        return fail(ServerCli::tr("export-cmis: the file is written but the corrections could not be marked as "
                                  "exported: %1")
                        .arg(s.error()));
    out() << rows->size() << " rows from " << revisions.size() << " records written to " << parser.value(outFile)
          << '\n';
    return 0;
}

} // namespace

namespace {

/// How @p command is written, for its --help (and so its man page); empty for an unknown command.
QString commandForms(const QString &command)
{
    const QString data = QStringLiteral(" --data DIR");
    if (command == QLatin1StringView("init"))
        return QStringLiteral("init") + data + QStringLiteral(" [--host NAME]... [--database URL] [--url URL]\n") +
               ServerCli::tr("Makes a server's data folder: its identity, receipt key, certificates and database.");
    if (command == QLatin1StringView("serve"))
        return QStringLiteral("serve") + data + QStringLiteral(" [--listen ADDR:PORT] [--threads N] [--quiet] ...\n") +
               ServerCli::tr("Serves the tablets and leaders' devices until SIGINT or SIGTERM.");
    if (command == QLatin1StringView("codes"))
        return QStringLiteral("codes create") + data +
               QStringLiteral(" [--valid-minutes N] [--url URL] [--qr FILE.png] [--note TEXT]\n") +
               ServerCli::tr("Makes a one-time enrollment code and its link (and QR code).");
    if (command == QLatin1StringView("devices"))
        return QStringLiteral("devices list") + data + QStringLiteral(" [--json]\ndevices approve ID") + data +
               QStringLiteral(" [--role inspector|leader]\ndevices revoke ID") + data +
               QStringLiteral("\ndevices export-keys") + data + QStringLiteral(" --out FILE\n") +
               ServerCli::tr("Lists, approves and revokes enrolled devices; exports their registered keys.");
    if (command == QLatin1StringView("assignments"))
        return QStringLiteral("assignments add DEVICE CUSTOMER...") + data +
               QStringLiteral(" --reason TEXT [--campaign NAME] [--due YYYY-MM-DD]\nassignments list") + data +
               QStringLiteral(" [--device ID]\n") +
               ServerCli::tr("Sends customers to a device's worklist, or lists who is sent where.");
    if (command == QLatin1StringView("records"))
        return QStringLiteral("records list") + data + QStringLiteral(" [--json]\nrecords review ID REVISION") + data +
               QStringLiteral(" (--approve | --return COMMENT)\n") +
               ServerCli::tr("Lists the received records, or decides on one as a leader would.");
    if (command == QLatin1StringView("conflicts"))
        return QStringLiteral("conflicts") + data + QLatin1Char('\n') +
               ServerCli::tr("Lists the records sent again with the same id and revision but other content.");
    if (command == QLatin1StringView("audit"))
        return QStringLiteral("audit") + data + QStringLiteral(" [--limit N]\n") +
               ServerCli::tr("Prints the audit log: every change, who made it and when.");
    if (command == QLatin1StringView("export-cmis"))
        return QStringLiteral("export-cmis") + data +
               QStringLiteral(" [--database URL] --from DATE --to DATE [--campaign NAME] [--again]\n"
                              "            --out FILE.csv|FILE.xlsx\n") +
               ServerCli::tr("Writes the approved corrections for CMIS (docs/cmis-export.md).");
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tariff-audit-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TA_VERSION));
    // Messages in Vietnamese unless --lang en (read before the command, so that help is in it too).
    QStringList args = app.arguments();
    QString code = QStringLiteral("vi");
    if (const qsizetype at = args.indexOf(QStringLiteral("--lang")); at > 0 && at + 1 < args.size()) {
        code = args.at(at + 1);
        args.remove(at, 2);
    }
    Language language;
    language.apply(code);
    const QString command = args.value(1);
    QCommandLineParser parser;
    // A command's help begins with its forms; the program's with what it is.
    const QString forms = commandForms(command);
    parser.setApplicationDescription(
        forms.isEmpty() ? ServerCli::tr("Tariff Audit branch server: receives signed inspection records from enrolled "
                                        "tablets. 'COMMAND --help' gives the forms and options of a command.")
                        : forms);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        ServerCli::tr("init, serve, codes, devices, assignments, records, conflicts, audit or export-cmis"));
    if (command == QLatin1StringView("init"))
        return init(parser, args);
    if (command == QLatin1StringView("serve"))
        return serve(parser, args);
    if (command == QLatin1StringView("codes"))
        return codes(parser, args);
    if (command == QLatin1StringView("devices"))
        return devices(parser, args);
    if (command == QLatin1StringView("records"))
        return records(parser, args);
    if (command == QLatin1StringView("assignments"))
        return assignments(parser, args);
    if (command == QLatin1StringView("conflicts"))
        return conflicts(parser, args);
    if (command == QLatin1StringView("audit"))
        return auditLog(parser, args);
    if (command == QLatin1StringView("export-cmis"))
        return exportCmis(parser, args);
    parser.process(args); // --help, --version
    out() << parser.helpText();
    return 2;
}
