#include "ui/training/practicepage.h"

#include "models/core/logging.h"
#include "models/core/words.h"
#include "models/inspection/checks.h"
#include "models/inspection/inspectionstore.h"
#include "models/profiles/profile.h"
#include "models/workspace/session.h"
#include "models/workspace/workspace.h"
#include "ui/common/messagebox.h"
#include "ui/training/demodialog.h"
#include "ui/training/scenariocard.h"

#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSysInfo>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <map>

namespace ta {

namespace {

QString stars(int difficulty)
{
    return QString(difficulty, QChar(0x2605)) + QString(3 - difficulty, QChar(0x2606));
}

} // namespace

PracticePage::PracticePage(Session &session, const TariffLibrary &tariffs, QWidget *parent)
    : QWidget(parent), m_session(session), m_tariffs(tariffs)
{
    setObjectName(QStringLiteral("practicePage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("practiceSummary"));
    m_summary->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("practiceScenarios"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    m_card = new ScenarioCard(this);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("practiceStart"));
    m_start->setMinimumHeight(48);
    m_start->setDefault(true);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("practiceSheetPdf"));
    m_pdf->setMinimumHeight(44);
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("practiceSheetCsv"));
    m_csv->setMinimumHeight(44);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("practiceExport"));
    m_export->setMinimumHeight(44);

    m_classTitle = new QLabel(this);
    m_classTitle->setObjectName(QStringLiteral("practiceClassTitle"));
    m_class = new QTableWidget(this);
    m_class->setObjectName(QStringLiteral("practiceClass"));
    m_class->setColumnCount(5);
    m_class->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_class->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_class->verticalHeader()->hide();
    m_class->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_class->horizontalHeader()->setStretchLastSection(true);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("practiceImport"));
    m_import->setMinimumHeight(44);
    m_importScenario = new QPushButton(this);
    m_importScenario->setObjectName(QStringLiteral("practiceImportScenario"));
    m_importScenario->setMinimumHeight(44);
    m_newExam = new QPushButton(this);
    m_newExam->setObjectName(QStringLiteral("practiceNewExam"));
    m_newExam->setMinimumHeight(44);
    m_demo = new QPushButton(this);
    m_demo->setObjectName(QStringLiteral("practiceDemo"));
    m_demo->setMinimumHeight(48);
    m_exams = new QLabel(this);
    m_exams->setObjectName(QStringLiteral("practiceExams"));
    m_exams->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(m_card, 1);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_demo);
    startRow->addWidget(m_start, 1);
    right->addLayout(startRow);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 3);
    top->addLayout(right, 2);
    auto *sheet = new QHBoxLayout;
    sheet->addWidget(m_summary, 1);
    sheet->addWidget(m_pdf);
    sheet->addWidget(m_csv);
    sheet->addWidget(m_export);
    auto *classHeader = new QHBoxLayout;
    classHeader->addWidget(m_classTitle, 1);
    classHeader->addWidget(m_importScenario);
    classHeader->addWidget(m_newExam);
    classHeader->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top, 3);
    layout->addLayout(sheet);
    layout->addWidget(m_exams);
    layout->addLayout(classHeader);
    layout->addWidget(m_class, 2);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &PracticePage::updateSelection);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const Scenario *s = selected())
            start(s->id);
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const Scenario *s = selected())
            start(s->id);
    });
    connect(m_pdf, &QPushButton::clicked, this, &PracticePage::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &PracticePage::exportCsv);
    connect(m_export, &QPushButton::clicked, this, &PracticePage::exportBook);
    connect(m_import, &QPushButton::clicked, this, &PracticePage::importBook);
    connect(m_demo, &QPushButton::clicked, this, &PracticePage::showDemo);
    connect(m_newExam, &QPushButton::clicked, this, &PracticePage::newExam);
    connect(m_importScenario, &QPushButton::clicked, this, &PracticePage::importScenario);
    retranslateUi();
}

QString PracticePage::bookPath() const
{
    const auto profile = m_session.profile();
    if (!profile || !m_session.workspace())
        return {};
    return ScoreBook::pathFor(m_session.workspace()->root(), profile->id);
}

void PracticePage::reload()
{
    // The built-in library and the scenarios a trainer imported here.
    QStringList unreadable;
    m_scenarios =
        Scenario::library(m_tariffs, m_session.workspace() ? m_session.workspace()->root() : QString(), &unreadable);
    for (const QString &problem : unreadable)
        qCWarning(lcTraining) << "Imported scenario left out:" << problem;
    m_book = ScoreBook{};
    if (const QString path = bookPath(); !path.isEmpty()) {
        auto read = ScoreBook::read(path);
        if (read)
            m_book = read.value();
        else
            MessageBox::warning(this, tr("Practice"), read.error());
    }
    if (const auto profile = m_session.profile()) {
        m_book.profileId = profile->id;
        m_book.trainee = profile->fullName;
        m_book.card = profile->cardNumber;
        m_book.branch = profile->branch;
    }
    m_examList.clear();
    if (m_session.workspace()) {
        auto exams = Exams::read(Exams::pathFor(m_session.workspace()->root()));
        if (exams)
            m_examList = exams.value();
        else
            MessageBox::warning(this, tr("Practice"), exams.error());
    }
    fillList();
    fillExams();
    fillClass();
    updateSelection();
}

void PracticePage::fillExams()
{
    QStringList lines;
    for (const Exam &exam : m_examList) {
        const ExamResult r = Exams::resultOf(exam, m_book);
        const QString state = r.passed(exam) ? tr("passed with %1 %").arg(r.percent())
                              : r.complete() ? tr("not passed: %1 %").arg(r.percent())
                                             : tr("%1 of %2 scenarios done").arg(r.done).arg(r.scenarios);
        QStringList titles;
        for (const QString &id : exam.scenarios) {
            for (const Scenario &sc : m_scenarios) {
                if (sc.id == id)
                    titles << sc.title;
            }
        }
        lines << tr("Exam \"%1\" (pass mark %2 %; the first attempt counts): %3 — %4")
                     .arg(exam.name)
                     .arg(exam.passPercent)
                     .arg(state, titles.join(QStringLiteral(", ")));
    }
    m_exams->setText(lines.join(QLatin1Char('\n')));
    m_exams->setVisible(!lines.isEmpty());
}

void PracticePage::fillList()
{
    const QString current = selected() ? selected()->id : QString();
    std::map<QString, int> best;
    for (const ScoreAttempt &a : m_book.bestAttempts())
        best[a.scenarioId] = a.percent();
    m_list->clear();
    for (const Scenario &s : m_scenarios) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, s.isBuiltIn() ? s.title : tr("%1 (imported)").arg(s.title));
        item->setText(1, stars(s.difficulty));
        item->setToolTip(1, ScenarioCard::levelName(s.difficulty));
        item->setData(1, Qt::AccessibleTextRole, ScenarioCard::levelName(s.difficulty));
        const auto it = best.find(s.id);
        item->setText(2, it == best.end() ? tr("not done") : tr("%1 %").arg(it->second));
        item->setData(0, Qt::UserRole, s.id);
        item->setSizeHint(0, QSize(0, 44)); // a row a finger can pick
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    int total = 0, maximum = 0;
    const std::vector<ScoreAttempt> done = m_book.bestAttempts();
    for (const ScoreAttempt &a : done) {
        total += a.total;
        maximum += a.maximum;
    }
    m_summary->setText(done.empty() ? tr("No scenario done yet: choose one and press Start.")
                                    : tr("%1 of %2 scenarios done · %3 of %4 points (%5 %) · %6 minutes of practice")
                                          .arg(done.size())
                                          .arg(m_scenarios.size())
                                          .arg(total)
                                          .arg(maximum)
                                          .arg(maximum > 0 ? total * 100 / maximum : 0)
                                          .arg(m_book.totalSeconds() / 60));
    m_pdf->setEnabled(!done.empty());
    m_csv->setEnabled(!done.empty());
    m_export->setEnabled(!m_book.attempts.empty());
}

void PracticePage::fillClass()
{
    const auto profile = m_session.profile();
    const bool trainer = profile && profile->role == Role::Trainer;
    m_classTitle->setVisible(trainer);
    m_class->setVisible(trainer);
    m_import->setVisible(trainer);
    m_newExam->setVisible(trainer);
    m_importScenario->setVisible(trainer);
    if (!trainer || !m_session.workspace())
        return;
    const Words words;
    // Every trainee of this tablet (those who have not started too), then the score files imported.
    const QString root = m_session.workspace()->root();
    std::vector<ScoreBook> books;
    for (const Profile &p : m_session.workspace()->profiles().profiles()) {
        if (p.role == Role::Trainer)
            continue;
        auto read = ScoreBook::read(ScoreBook::pathFor(root, p.id));
        ScoreBook own = read ? read.value() : ScoreBook{};
        own.trainee = p.fullName;
        books.push_back(own);
    }
    const QDir folder(ScoreBook::folderOf(root));
    for (const QString &file : folder.entryList({QStringLiteral("imported-*.json")}, QDir::Files, QDir::Name)) {
        auto read = ScoreBook::read(folder.filePath(file));
        if (read)
            books.push_back(read.value());
        else
            qCWarning(lcTraining) << "Score file left out of the class:" << read.error();
    }
    m_class->setRowCount(0);
    std::map<QString, int> classMisses;
    m_class->setColumnCount(5 + int(m_examList.size()));
    QStringList headers{tr("Trainee"), tr("Scenarios done"), tr("Best scores"), tr("Practice"), tr("Rule most missed")};
    for (const Exam &exam : m_examList)
        headers << tr("Exam: %1").arg(exam.name);
    m_class->setHorizontalHeaderLabels(headers);
    for (const ScoreBook &trainee : books) {
        const ScoreBook *book = &trainee;
        const std::vector<ScoreAttempt> best = book->bestAttempts();
        int total = 0, maximum = 0;
        for (const ScoreAttempt &a : best) {
            total += a.total;
            maximum += a.maximum;
        }
        const std::vector<RuleMisses> misses = book->mistakesByRule();
        for (const RuleMisses &m : misses)
            classMisses[m.rule] += m.count;
        const int row = m_class->rowCount();
        m_class->insertRow(row);
        const QString who = book->device.isEmpty() || book->device == QSysInfo::machineHostName()
                                ? book->trainee
                                : tr("%1 (%2)").arg(book->trainee, book->device);
        m_class->setItem(row, 0, new QTableWidgetItem(who));
        m_class->setItem(row, 1, new QTableWidgetItem(tr("%1 of %2").arg(best.size()).arg(m_scenarios.size())));
        m_class->setItem(
            row, 2,
            new QTableWidgetItem(maximum > 0 ? tr("%1 of %2 (%3 %)").arg(total).arg(maximum).arg(total * 100 / maximum)
                                             : tr("—")));
        m_class->setItem(row, 3, new QTableWidgetItem(tr("%1 min").arg(book->totalSeconds() / 60)));
        auto *missed = new QTableWidgetItem(
            misses.empty()
                ? tr("none")
                : tr("%1 × %2").arg(misses.front().count).arg(ScenarioRules::name(misses.front().rule, words)));
        if (!misses.empty())
            missed->setToolTip(ScenarioRules::explanation(misses.front().rule, words));
        m_class->setItem(row, 4, missed);
        for (std::size_t e = 0; e < m_examList.size(); ++e) {
            const ExamResult r = Exams::resultOf(m_examList[e], *book);
            m_class->setItem(row, 5 + int(e),
                             new QTableWidgetItem(r.passed(m_examList[e]) ? tr("passed, %1 %").arg(r.percent())
                                                  : r.complete()          ? tr("not passed, %1 %").arg(r.percent())
                                                                 : tr("%1 of %2 done").arg(r.done).arg(r.scenarios)));
        }
    }
    // The rules the class misses most, for the next lesson.
    std::vector<std::pair<QString, int>> ranked(classMisses.begin(), classMisses.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList top;
    for (std::size_t i = 0; i < ranked.size() && i < 5; ++i)
        top << tr("%1 × %2").arg(ranked[i].second).arg(ScenarioRules::name(ranked[i].first, words));
    m_classTitle->setText(top.isEmpty() ? tr("The class: the trainees of this tablet and the score files imported")
                                        : tr("The class — most missed: %1").arg(top.join(QStringLiteral(" · "))));
}

const Scenario *PracticePage::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const Scenario &s : m_scenarios) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void PracticePage::updateSelection()
{
    const Scenario *s = selected();
    if (s)
        m_card->setScenario(*s);
    else
        m_card->clear();
    m_start->setEnabled(s && m_session.data() && m_session.isTraining());
    m_demo->setEnabled(s != nullptr);
}

bool PracticePage::start(const QString &id)
{
    const Scenario *scenario = nullptr;
    for (const Scenario &s : m_scenarios) {
        if (s.id == id)
            scenario = &s;
    }
    if (!scenario || !m_session.data() || !m_session.isTraining())
        return false;
    auto draft = Practice::start(*m_session.data(), *scenario, m_session.now());
    if (!draft) {
        MessageBox::warning(this, tr("Practice"), draft.error());
        return false;
    }
    ScoreAttempt attempt;
    attempt.scenarioId = scenario->id;
    attempt.title = scenario->title;
    attempt.recordId = draft.value();
    attempt.startedAt = m_session.now();
    m_book.device = QSysInfo::machineHostName();
    m_book.attempts.push_back(attempt);
    if (Status s = m_book.write(bookPath()); !s) {
        MessageBox::warning(this, tr("Practice"), s.error());
        return false;
    }
    Q_EMIT started(draft.value(), scenario->id);
    return true;
}

const Scenario *PracticePage::scenarioOfDraft(const QString &draftId) const
{
    for (const ScoreAttempt &a : m_book.attempts) {
        if (a.recordId != draftId || a.finished())
            continue;
        for (const Scenario &s : m_scenarios) {
            if (s.id == a.scenarioId)
                return &s;
        }
    }
    return nullptr;
}

bool PracticePage::recordSigned(const QString &recordId)
{
    const Scenario *scenario = scenarioOfDraft(recordId);
    if (!scenario || !m_session.data())
        return false;
    auto inspection = InspectionStore(*m_session.data()).draft(recordId);
    if (!inspection) {
        MessageBox::warning(this, tr("Practice"), inspection.error());
        return true;
    }
    auto sheet = Practice::finish(m_book, *scenario, inspection.value(), m_tariffs, m_session.now());
    if (!sheet) {
        MessageBox::warning(this, tr("Practice"), tr("The record cannot be scored: %1").arg(sheet.error()));
        return true;
    }
    if (Status s = m_book.write(bookPath()); !s)
        MessageBox::warning(this, tr("Practice"), s.error());
    fillList();
    fillClass();
    showScore(*scenario, sheet.value());
    return true;
}

void PracticePage::showScore(const Scenario &scenario, const ScoreSheet &sheet)
{
    const Words words;
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("scoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(MessageBox::decorate(tr("Score: %1").arg(scenario.title)));
    auto *headline = new QLabel(dialog);
    headline->setObjectName(QStringLiteral("scoreHeadline"));
    headline->setWordWrap(true);
    headline->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                          .arg(tr("%1 of %2 points (%3 %)").arg(sheet.total).arg(sheet.maximum).arg(sheet.percent()),
                               tr("What this scenario teaches: %1").arg(scenario.goal.toHtmlEscaped())));
    auto *table = new QTableWidget(int(sheet.lines.size()), 4, dialog);
    table->setObjectName(QStringLiteral("scoreLines"));
    table->setHorizontalHeaderLabels({tr("Item"), tr("Points"), tr("Expected"), tr("Yours")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    QString explanations;
    for (int row = 0; row < int(sheet.lines.size()); ++row) {
        const ScoreLine &line = sheet.lines[std::size_t(row)];
        auto *name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(
            line.right ? QStringLiteral("✓") : QStringLiteral("✗"), Scorer::itemName(line.item, words)));
        name->setForeground(line.right ? QColor(0x2b, 0x8a, 0x3e) : QColor(0xc9, 0x2a, 0x2a));
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(QStringLiteral("%1/%2").arg(line.points).arg(line.maximum)));
        table->setItem(row, 2, new QTableWidgetItem(Scorer::describe(line.item, line.expected, words)));
        table->setItem(row, 3, new QTableWidgetItem(Scorer::describe(line.item, line.given, words)));
        if (!line.right) {
            // The rule in plain words, then its legal basis with the thresholds of the scenario's day.
            const QString basis = line.check.isEmpty() ? QString() : Checks::legalBasis(line.check, sheet.rules, words);
            explanations +=
                QStringLiteral("<li><b>%1:</b> %2%3</li>")
                    .arg(Scorer::itemName(line.item, words).toHtmlEscaped(),
                         ScenarioRules::explanation(line.rule, words).toHtmlEscaped(),
                         basis.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><i>%1</i>").arg(tr("Legal basis: %1").arg(basis).toHtmlEscaped()));
        }
    }
    auto *why = new QLabel(dialog);
    why->setObjectName(QStringLiteral("scoreExplanations"));
    why->setWordWrap(true);
    why->setText(
        explanations.isEmpty()
            ? tr("Every conclusion is right.")
            : QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("The rules behind your mistakes:"), explanations));
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *retry = buttons->addButton(tr("Try again"), QDialogButtonBox::ActionRole);
    retry->setObjectName(QStringLiteral("scoreRetry"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    for (QPushButton *b : {retry, close})
        b->setMinimumHeight(44);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString id = scenario.id;
    connect(retry, &QPushButton::clicked, this, [this, dialog, id] {
        dialog->accept();
        start(id);
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(headline);
    layout->addWidget(table, 1);
    layout->addWidget(why);
    layout->addWidget(buttons);
    dialog->resize(900, 640);
    MessageBox::showDialog(dialog);
}

void PracticePage::exportPdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the score sheet"),
                                                  tr("score-sheet-%1.pdf").arg(m_book.profileId), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = m_book.writePdf(path, Words(QStringLiteral("vi"))); !s)
        MessageBox::warning(this, tr("Save the score sheet"), s.error());
    else
        MessageBox::information(this, tr("Save the score sheet"), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void PracticePage::exportCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the score sheet"),
                                                  tr("score-sheet-%1.csv").arg(m_book.profileId), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = m_book.writeCsv(path, Words()); !s)
        MessageBox::warning(this, tr("Save the score sheet"), s.error());
    else
        MessageBox::information(this, tr("Save the score sheet"), tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void PracticePage::exportBook()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save the score file"),
        tr("scores-%1.json").arg(m_book.trainee.simplified().replace(QLatin1Char(' '), QLatin1Char('-'))),
        tr("Score files (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = m_book.write(path); !s)
        MessageBox::warning(this, tr("Save the score file"), s.error());
    else
        MessageBox::information(
            this, tr("Save the score file"),
            tr("Saved %1. A trainer imports it on the Practice page.").arg(QDir::toNativeSeparators(path)));
}

void PracticePage::importBook()
{
    if (!m_session.workspace())
        return;
    const QString path = FileDialog::openFileName(this, tr("Import a score file"), FileDialog::startFolder(),
                                                  tr("Score files (*.json)"));
    if (path.isEmpty())
        return;
    auto book = ScoreBook::read(path);
    if (!book) {
        MessageBox::warning(this, tr("Import a score file"), book.error());
        return;
    }
    // Kept under the trainee's name and device: importing the same tablet's file again replaces it.
    const QString key = QStringLiteral("%1-%2-%3").arg(book->device, book->trainee).arg(book->profileId);
    const QString target =
        QDir(ScoreBook::folderOf(m_session.workspace()->root()))
            .filePath(QStringLiteral("imported-%1.json")
                          .arg(QString::fromLatin1(
                              QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))));
    if (Status s = book->write(target); !s) {
        MessageBox::warning(this, tr("Import a score file"), s.error());
        return;
    }
    fillClass();
    MessageBox::information(
        this, tr("Import a score file"),
        tr("The scores of %1 are in the class (%n attempt(s)).", nullptr, int(book->attempts.size()))
            .arg(book->trainee));
}

void PracticePage::showDemo()
{
    const Scenario *s = selected();
    if (!s)
        return;
    auto steps = DemoTour::steps(*s, m_tariffs, Words());
    if (!steps) {
        MessageBox::warning(this, tr("Demonstration"), steps.error());
        return;
    }
    MessageBox::showDialog(new DemoDialog(s->title, std::move(steps).value(), window()));
}

void PracticePage::newExam()
{
    if (!m_session.workspace())
        return;
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("examDialog"));
    dialog->setWindowTitle(MessageBox::decorate(tr("New exam")));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("examName"));
    name->setPlaceholderText(tr("For example: Households, class of March"));
    auto *scenarios = new QListWidget(dialog);
    scenarios->setObjectName(QStringLiteral("examScenarios"));
    for (const Scenario &sc : m_scenarios) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(stars(sc.difficulty), sc.title), scenarios);
        item->setData(Qt::UserRole, sc.id);
        item->setCheckState(Qt::Unchecked); // toggled by a tap anywhere on the row (below)
        item->setSizeHint(QSize(0, 40));
    }
    auto *pass = new QSpinBox(dialog);
    pass->setObjectName(QStringLiteral("examPass"));
    pass->setRange(1, 100);
    pass->setValue(80);
    pass->setSuffix(QStringLiteral(" %"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), name);
    form->addRow(tr("Pass mark"), pass);
    // A row is a finger's target: a tap anywhere on it ticks or clears it.
    connect(scenarios, &QListWidget::itemClicked, scenarios, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *save = buttons->addButton(tr("Set the exam"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("examSave"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    for (QPushButton *b : {save, cancel})
        b->setMinimumHeight(44);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Scenarios of the exam (each counts with the trainee's first attempt from now on):"), dialog));
    layout->addWidget(scenarios, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, name, scenarios, pass] {
        Exam exam;
        exam.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        exam.name = name->text().trimmed();
        exam.passPercent = pass->value();
        exam.createdAt = m_session.now();
        for (int i = 0; i < scenarios->count(); ++i) {
            if (scenarios->item(i)->checkState() == Qt::Checked)
                exam.scenarios << scenarios->item(i)->data(Qt::UserRole).toString();
        }
        if (const QString problem = Exams::problem(exam, m_scenarios); !problem.isEmpty()) {
            MessageBox::warning(dialog, tr("New exam"), problem);
            return;
        }
        std::vector<Exam> exams = m_examList;
        exams.push_back(exam);
        if (Status s = Exams::write(Exams::pathFor(m_session.workspace()->root()), exams); !s) {
            MessageBox::warning(dialog, tr("New exam"), s.error());
            return;
        }
        m_examList = exams;
        dialog->accept();
        fillExams();
        fillClass();
    });
    dialog->resize(720, 640);
    MessageBox::showDialog(dialog);
}

void PracticePage::importScenario()
{
    if (!m_session.workspace())
        return;
    const QString path = FileDialog::openFileName(this, tr("Import a scenario"), FileDialog::startFolder(),
                                                  tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    auto imported = Scenario::import(path, m_session.workspace()->root(), m_tariffs);
    if (!imported) {
        // Every problem, each naming its field: the trainer fixes the file and imports it again.
        MessageBox::warning(this, tr("Import a scenario"), imported.error());
        return;
    }
    reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == imported->id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    MessageBox::information(this, tr("Import a scenario"),
                            tr("\"%1\" is in the library of this tablet's training.").arg(imported->title));
}

void PracticePage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void PracticePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PracticePage::retranslateUi()
{
    m_list->setHeaderLabels({tr("Scenario"), tr("Level"), tr("Best score")});
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("A fresh attempt in the real inspection screens, with this card beside them"));
    m_pdf->setText(tr("Score sheet (PDF)"));
    m_csv->setText(tr("Score sheet (CSV)"));
    m_export->setText(tr("Score file for the trainer"));
    m_demo->setText(tr("Demonstration"));
    m_demo->setToolTip(tr("The model answer step by step, in large type for a projector"));
    m_newExam->setText(tr("New exam…"));
    m_importScenario->setText(tr("Import a scenario…"));
    m_importScenario->setToolTip(tr("A scenario file written as docs/scenario-file.md describes"));
    m_import->setText(tr("Import a score file…"));
    if (isVisible())
        reload();
}

} // namespace ta
