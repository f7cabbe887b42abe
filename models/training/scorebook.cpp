#include "models/training/scorebook.h"

#include "models/core/boundedinput.h"
#include "models/core/csvtext.h"
#include "models/core/savefile.h"
#include "models/core/words.h"
#include "models/customers/customerrepository.h"
#include "models/inspection/inspectionstore.h"
#include "models/inspection/recordpdf.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::ScoreBook", text);
}

constexpr const char *kContext = "ta::ScoreBook";

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString ScoreBook::folderOf(const QString &workspaceRoot)
{
    return QDir(workspaceRoot).filePath(QStringLiteral("scores"));
}

QString ScoreBook::pathFor(const QString &workspaceRoot, qint64 profileId)
{
    return QDir(folderOf(workspaceRoot)).filePath(QStringLiteral("profile-%1.json").arg(profileId));
}

Result<ScoreBook> ScoreBook::read(const QString &path)
{
    if (!QFileInfo::exists(path))
        return ScoreBook{};
    auto doc = readBoundedJson(path, limits::RecordFileBytes);
    if (!doc)
        return doc.status();
    if (!doc->isObject())
        return Result<ScoreBook>::failure(tr("%1 is not a score file.").arg(QDir::toNativeSeparators(path)));
    return fromJson(doc->object(), QDir::toNativeSeparators(path));
}

Result<ScoreBook> ScoreBook::fromJson(const QJsonObject &json, const QString &name)
{
    using R = Result<ScoreBook>;
    if (json.value(QStringLiteral("format")).toString() != QLatin1StringView(Format))
        return R::failure(tr("%1: format: \"%2\" expected.").arg(name, QLatin1StringView(Format)));
    ScoreBook book;
    book.profileId = json.value(QStringLiteral("profile")).toInteger();
    book.trainee = json.value(QStringLiteral("trainee")).toString();
    book.card = json.value(QStringLiteral("card")).toString();
    book.branch = json.value(QStringLiteral("branch")).toString();
    book.device = json.value(QStringLiteral("device")).toString();
    if (book.trainee.trimmed().isEmpty())
        return R::failure(tr("%1: trainee: the trainee's name is missing.").arg(name));
    const QJsonArray attempts = json.value(QStringLiteral("attempts")).toArray();
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const QJsonObject a = attempts.at(i).toObject();
        ScoreAttempt attempt;
        attempt.scenarioId = a.value(QStringLiteral("scenario")).toString();
        attempt.title = a.value(QStringLiteral("title")).toString();
        attempt.recordId = a.value(QStringLiteral("record")).toString();
        attempt.startedAt = QDateTime::fromString(a.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
        attempt.finishedAt = QDateTime::fromString(a.value(QStringLiteral("finishedAt")).toString(), Qt::ISODate);
        attempt.total = a.value(QStringLiteral("total")).toInt();
        attempt.maximum = a.value(QStringLiteral("maximum")).toInt();
        attempt.items = a.value(QStringLiteral("items")).toArray();
        if (attempt.scenarioId.isEmpty() || !attempt.startedAt.isValid())
            return R::failure(tr("%1: attempts[%2]: the scenario or the start is missing.").arg(name).arg(i));
        if (attempt.total < 0 || attempt.maximum < 0 || attempt.total > attempt.maximum)
            return R::failure(tr("%1: attempts[%2]: a score of %3 out of %4 is not possible.")
                                  .arg(name)
                                  .arg(i)
                                  .arg(attempt.total)
                                  .arg(attempt.maximum));
        book.attempts.push_back(attempt);
    }
    return book;
}

QJsonObject ScoreBook::toJson() const
{
    QJsonArray list;
    for (const ScoreAttempt &a : attempts)
        list.append(
            QJsonObject{{QStringLiteral("scenario"), a.scenarioId},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("record"), a.recordId},
                        {QStringLiteral("startedAt"), stamp(a.startedAt)},
                        {QStringLiteral("finishedAt"), a.finished() ? QJsonValue(stamp(a.finishedAt)) : QJsonValue()},
                        {QStringLiteral("total"), a.total},
                        {QStringLiteral("maximum"), a.maximum},
                        {QStringLiteral("items"), a.items}});
    return {{QStringLiteral("format"), QString::fromLatin1(Format)},
            {QStringLiteral("profile"), profileId},
            {QStringLiteral("trainee"), trainee},
            {QStringLiteral("card"), card},
            {QStringLiteral("branch"), branch},
            {QStringLiteral("device"), device},
            {QStringLiteral("attempts"), list}};
}

Status ScoreBook::write(const QString &path) const
{
    return SaveFile::whole(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

ScoreAttempt *ScoreBook::attemptFor(const QString &recordId)
{
    for (ScoreAttempt &a : attempts) {
        if (a.recordId == recordId)
            return &a;
    }
    return nullptr;
}

std::vector<ScoreAttempt> ScoreBook::bestAttempts() const
{
    std::vector<ScoreAttempt> best;
    for (const ScoreAttempt &a : attempts) {
        if (!a.finished())
            continue;
        auto it = std::find_if(best.begin(), best.end(),
                               [&a](const ScoreAttempt &b) { return b.scenarioId == a.scenarioId; });
        if (it == best.end())
            best.push_back(a);
        else if (a.percent() >= it->percent())
            *it = a;
    }
    return best;
}

std::vector<RuleMisses> ScoreBook::mistakesByRule() const
{
    std::map<QString, int> counts;
    for (const ScoreAttempt &a : attempts) {
        if (!a.finished())
            continue;
        for (const QJsonValue v : a.items) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("verdict")).toString() == QLatin1StringView("wrong"))
                ++counts[item.value(QStringLiteral("rule")).toString()];
        }
    }
    std::vector<RuleMisses> out;
    for (const auto &[rule, count] : counts)
        out.push_back({rule, count});
    std::stable_sort(out.begin(), out.end(),
                     [](const RuleMisses &a, const RuleMisses &b) { return a.count > b.count; });
    return out;
}

qint64 ScoreBook::totalSeconds() const
{
    qint64 sum = 0;
    for (const ScoreAttempt &a : attempts)
        sum += a.seconds();
    return sum;
}

Status ScoreBook::writeCsv(const QString &path, const Words &words) const
{
    const auto tr = [&words](const char *text) {
        return words.tr(kContext, text);
    };
    QStringList lines;
    const auto row = [&lines](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csv::quoted(f);
        lines << quoted.join(QLatin1Char(','));
    };
    row({tr("Trainee"), tr("Scenario"), tr("Title"), tr("Started"), tr("Finished"), tr("Minutes:seconds"), tr("Score"),
         tr("Maximum"), tr("Percent"), tr("Rules missed")});
    for (const ScoreAttempt &a : attempts) {
        if (!a.finished())
            continue;
        QStringList missed;
        for (const QJsonValue v : a.items) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("verdict")).toString() == QLatin1StringView("wrong"))
                missed << item.value(QStringLiteral("rule")).toString();
        }
        row({trainee, a.scenarioId, a.title, stamp(a.startedAt), stamp(a.finishedAt), duration(a.seconds()),
             QString::number(a.total), QString::number(a.maximum), QString::number(a.percent()),
             missed.join(QLatin1Char(' '))});
    }
    return SaveFile::whole(path, csv::excelBom() + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
}

Status ScoreBook::writePdf(const QString &path, const Words &words) const
{
    const auto tr = [&words](const char *text) {
        return words.tr(kContext, text);
    };
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const QLocale locale(words.language() == QLatin1StringView("vi") ? QLocale::Vietnamese : QLocale::English);
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(esc(tr("Training score sheet")), esc(tr("%1 · card %2 · %3")
                                                          .arg(trainee, card.isEmpty() ? QStringLiteral("—") : card,
                                                               branch.isEmpty() ? QStringLiteral("—") : branch)));
    const std::vector<ScoreAttempt> best = bestAttempts();
    int total = 0, maximum = 0;
    for (const ScoreAttempt &a : best) {
        total += a.total;
        maximum += a.maximum;
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 scenarios done, %2 of %3 points (%4 %), %5 minutes of practice.")
                             .arg(best.size())
                             .arg(total)
                             .arg(maximum)
                             .arg(maximum > 0 ? total * 100 / maximum : 0)
                             .arg(totalSeconds() / 60)));
    html +=
        QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th><th>%5</th></tr>")
            .arg(esc(tr("Scenario")), esc(tr("Finished")), esc(tr("Time")), esc(tr("Score")), esc(tr("Rules missed")));
    for (const ScoreAttempt &a : attempts) {
        if (!a.finished())
            continue;
        QStringList missed;
        for (const QJsonValue v : a.items) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("verdict")).toString() == QLatin1StringView("wrong"))
                missed << Scorer::itemName(item.value(QStringLiteral("item")).toString(), words);
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4/%5 (%6 %)</td><td>%7</td></tr>")
                    .arg(esc(a.title), esc(locale.toString(a.finishedAt, QStringLiteral("dd/MM/yyyy HH:mm"))),
                         duration(a.seconds()))
                    .arg(a.total)
                    .arg(a.maximum)
                    .arg(a.percent())
                    .arg(esc(missed.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table>");
    const std::vector<RuleMisses> misses = mistakesByRule();
    if (!misses.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Mistakes by rule")));
        for (const RuleMisses &m : misses)
            html += QStringLiteral("<li><b>%1 × %2:</b> %3</li>")
                        .arg(m.count)
                        .arg(esc(ScenarioRules::name(m.rule, words)), esc(ScenarioRules::explanation(m.rule, words)));
        html += QStringLiteral("</ul>");
    }
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setHtml(html);
    return RecordPdf::print(doc, path, tr("Training score sheet"), tr("TRAINING"), trainee,
                            [&tr](int page, int pages) { return tr("Page %1 of %2 · %3").arg(page).arg(pages); });
}

QString Exams::pathFor(const QString &workspaceRoot)
{
    return QDir(workspaceRoot).filePath(QStringLiteral("exams.json"));
}

Result<std::vector<Exam>> Exams::read(const QString &path)
{
    using R = Result<std::vector<Exam>>;
    if (!QFileInfo::exists(path))
        return std::vector<Exam>{};
    auto doc = readBoundedJson(path, limits::RecordFileBytes);
    if (!doc)
        return doc.status();
    std::vector<Exam> exams;
    const QJsonArray list = doc->object().value(QStringLiteral("exams")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Exam e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue v : o.value(QStringLiteral("scenarios")).toArray())
            e.scenarios << v.toString();
        e.passPercent = o.value(QStringLiteral("passPercent")).toInt();
        e.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
        if (e.id.isEmpty() || e.name.trimmed().isEmpty() || e.scenarios.isEmpty() || !e.createdAt.isValid())
            return R::failure(tr("%1: exams[%2]: the id, name, scenarios or date is missing.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(i));
        exams.push_back(e);
    }
    return exams;
}

Status Exams::write(const QString &path, const std::vector<Exam> &exams)
{
    QJsonArray list;
    for (const Exam &e : exams)
        list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("name"), e.name},
                                {QStringLiteral("scenarios"), QJsonArray::fromStringList(e.scenarios)},
                                {QStringLiteral("passPercent"), e.passPercent},
                                {QStringLiteral("createdAt"), stamp(e.createdAt)}});
    return SaveFile::whole(path,
                           QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("tariff-audit-exams/1")},
                                                     {QStringLiteral("exams"), list}})
                               .toJson(QJsonDocument::Indented));
}

QString Exams::problem(const Exam &exam, const std::vector<Scenario> &known)
{
    if (exam.name.trimmed().isEmpty())
        return tr("Give the exam a name.");
    if (exam.scenarios.isEmpty())
        return tr("Choose at least one scenario for the exam.");
    for (const QString &id : exam.scenarios) {
        if (std::none_of(known.begin(), known.end(), [&id](const Scenario &s) { return s.id == id; }))
            return tr("The scenario %1 is not in the library.").arg(id);
    }
    if (exam.passPercent < 1 || exam.passPercent > 100)
        return tr("The pass mark is a percent from 1 to 100.");
    return {};
}

ExamResult Exams::resultOf(const Exam &exam, const ScoreBook &book)
{
    ExamResult r;
    r.scenarios = int(exam.scenarios.size());
    for (const QString &id : exam.scenarios) {
        const ScoreAttempt *first = nullptr;
        for (const ScoreAttempt &a : book.attempts) {
            if (a.scenarioId != id || !a.finished() || a.startedAt < exam.createdAt)
                continue;
            if (!first || a.finishedAt < first->finishedAt)
                first = &a;
        }
        if (!first)
            continue;
        ++r.done;
        r.total += first->total;
        r.maximum += first->maximum;
    }
    return r;
}

Result<QString> Practice::start(Database &data, const Scenario &scenario, const QDateTime &now)
{
    using R = Result<QString>;
    CustomerRepository customers(data.connection());
    if (auto put = customers.upsert(scenario.customer); !put)
        return R::failure(put.error());
    for (const Customer &neighbour : scenario.neighbours) {
        if (auto put = customers.upsert(neighbour); !put)
            return R::failure(put.error());
    }
    InspectionStore store(data);
    // A retry starts afresh: the draft of an attempt left half done goes.
    if (const std::optional<Inspection> open = store.openDraft(scenario.customer.code)) {
        if (Status s = store.discardDraft(open->id); !s)
            return R::failure(s.error());
    }
    auto draft = store.startDraft(scenario.customer, {}, now);
    if (!draft)
        return R::failure(draft.error());
    Inspection in = draft.value();
    // The visit happens on the scenario's day: its law and its recovery period.
    in.visitedAt = QDateTime(scenario.visitDate, QTime(9, 0), QTimeZone(7 * 3600));
    if (Status s = store.saveDraft(in, now); !s)
        return R::failure(s.error());
    return in.id;
}

Result<ScoreSheet> Practice::finish(ScoreBook &book, const Scenario &scenario, const Inspection &inspection,
                                    const TariffLibrary &library, const QDateTime &now)
{
    auto sheet = Scorer::score(scenario, TraineeWork::of(inspection), library);
    if (!sheet)
        return sheet;
    ScoreAttempt *attempt = book.attemptFor(inspection.id);
    if (!attempt) {
        book.attempts.push_back({scenario.id, scenario.title, inspection.id, inspection.startedAt, {}, 0, 0, {}});
        attempt = &book.attempts.back();
    }
    attempt->title = scenario.title;
    attempt->finishedAt = now;
    attempt->total = sheet->total;
    attempt->maximum = sheet->maximum;
    attempt->items = sheet->toJson().value(QStringLiteral("items")).toArray();
    return sheet;
}

} // namespace ta
