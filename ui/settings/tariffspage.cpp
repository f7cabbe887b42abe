#include "ui/settings/tariffspage.h"

#include "models/core/language.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/tariff/tarifflibrary.h"
#include "models/workspace/session.h"
#include "ui/common/messagebox.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ta {

namespace {

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

TariffsPage::TariffsPage(TariffLibrary &library, Settings &settings, Session &session, QWidget *parent)
    : QWidget(parent), m_library(library), m_settings(settings), m_session(session)
{
    setObjectName(QStringLiteral("tariffsPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_books = new QListWidget(this);
    m_books->setObjectName(QStringLiteral("tariffBookList"));
    m_books->setProperty("touchList", true);
    m_books->setMaximumWidth(320);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("tariffSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tariffTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("tariffProblems"));
    m_problems->setProperty("error", true);
    m_problems->setWordWrap(true);
    m_vat = new QLabel(this);
    m_vat->setWordWrap(true);
    m_touStartEnabled = new QCheckBox(this);
    m_touStartEnabled->setObjectName(QStringLiteral("touStartEnabled"));
    m_touStart = new QDateEdit(this);
    m_touStart->setObjectName(QStringLiteral("touStart"));
    m_touStart->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_touStart->setCalendarPopup(true);
    m_touStart->setMinimumHeight(44);
    m_touNow = new QLabel(this);
    m_touNow->setWordWrap(true);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptBookButton"));
    m_accept->setMinimumHeight(44);
    connect(m_accept, &QPushButton::clicked, this, &TariffsPage::acceptSelected);
    m_law = new QLabel(this);
    m_law->setObjectName(QStringLiteral("legalThresholds"));
    m_law->setWordWrap(true);
    m_law->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QDate stored = QDate::fromString(m_settings.value(settings::Tou2026BillingStart), Qt::ISODate);
    m_touStartEnabled->setChecked(stored.isValid());
    m_touStart->setDate(stored.isValid() ? stored : QDate(2026, 5, 1));
    m_touStart->setEnabled(stored.isValid());
    connect(m_touStartEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_touStart->setEnabled(on);
        applyTouStart();
    });
    connect(m_touStart, &QDateEdit::dateChanged, this, &TariffsPage::applyTouStart);
    connect(m_books, &QListWidget::currentRowChanged, this, &TariffsPage::showBook);

    auto *detail = new QVBoxLayout;
    detail->addWidget(m_source);
    detail->addWidget(m_accept, 0, Qt::AlignLeft);
    detail->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_books);
    row->addLayout(detail, 1);
    auto *tou = new QHBoxLayout;
    tou->addWidget(m_touStartEnabled);
    tou->addWidget(m_touStart);
    tou->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_intro);
    layout->addWidget(m_problems);
    layout->addLayout(row, 1);
    layout->addWidget(m_vat);
    layout->addLayout(tou);
    layout->addWidget(m_touNow);
    layout->addWidget(m_law);
    connect(&m_session, &Session::signedIn, this, &TariffsPage::retranslateUi);
    connect(&m_session, &Session::signedOut, this, &TariffsPage::retranslateUi);
    connect(&m_session, &Session::workspaceChanged, this, &TariffsPage::retranslateUi);
    retranslateUi();
    if (m_books->count() > 0)
        m_books->setCurrentRow(m_books->count() - 1); // the newest book
}

void TariffsPage::fillBooks()
{
    const int current = m_books->currentRow();
    const QSignalBlocker blocker(m_books);
    m_books->clear();
    const QDate today = QDate::currentDate();
    const TariffBook *inForce = m_library.bookOn(today);
    for (const TariffBook &b : m_library.books()) {
        const auto last = m_library.lastDayOf(b);
        const QString dates =
            last ? tr("%1 – %2").arg(dmy(b.effectiveFrom), dmy(*last)) : tr("from %1").arg(dmy(b.effectiveFrom));
        QString text = b.decision + QLatin1Char('\n') + dates;
        if (&b == inForce)
            text += QStringLiteral(" · ") + tr("in force");
        if (!b.accepted)
            text += QStringLiteral(" · ") + tr("waiting for a leader");
        auto *item = new QListWidgetItem(text, m_books);
        item->setSizeHint(QSize(0, 60));
    }
    m_books->setCurrentRow(current);
}

void TariffsPage::showBook(int index)
{
    m_table->clear();
    m_table->setRowCount(0);
    if (index < 0 || index >= int(m_library.books().size())) {
        m_source->clear();
        m_accept->hide();
        return;
    }
    const TariffBook &book = m_library.books()[std::size_t(index)];
    const QString language = Language::currentCode();
    QString state = book.builtIn    ? tr("Built into the program.")
                    : book.accepted ? tr("File %1, accepted by a branch leader.").arg(book.fileName.toHtmlEscaped())
                                    : tr("File %1: it prices nothing until a branch leader signed in accepts it.")
                                          .arg(book.fileName.toHtmlEscaped());
    m_source->setText(tr("<b>%1</b>, in force from %2.<br>Source: %3<br>%4<br>%5<br><tt>SHA-256 %6</tt>")
                          .arg(book.decision.toHtmlEscaped(), dmy(book.effectiveFrom), book.source.toHtmlEscaped(),
                               book.notes.toHtmlEscaped(), state, book.sha256));
    const auto profile = m_session.profile();
    m_accept->setVisible(!book.accepted);
    m_accept->setEnabled(!book.accepted && profile && profile->role == Role::BranchLeader);
    m_accept->setToolTip(m_accept->isEnabled() ? QString() : tr("A branch leader must be signed in."));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Group"), tr("Tier or voltage"), tr("Normal / price"), tr("Off-peak"), tr("Peak"), tr("Checked")});
    const auto addRow = [this](const QStringList &cells) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    };
    for (const TariffGroup &g : book.groups) {
        const QString checked = g.confidence == QLatin1StringView("firm") ? tr("checked") : tr("to check");
        switch (g.kind) {
        case GroupKind::Ladder: {
            int lower = 0;
            for (std::size_t t = 0; t < g.tiers.size(); ++t) {
                const Tier &tier = g.tiers[t];
                const QString range = tier.upTo
                                          ? tr("Tier %1: %2–%3 kWh").arg(t + 1).arg(lower + (t ? 1 : 0)).arg(*tier.upTo)
                                          : tr("Tier %1: above %2 kWh").arg(t + 1).arg(lower);
                addRow({g.name(language), range, money::formatNumber(tier.price), {}, {}, checked});
                if (tier.upTo)
                    lower = *tier.upTo;
            }
            if (g.prepaid)
                addRow({g.name(language), tr("Prepaid card"), money::formatNumber(*g.prepaid), {}, {}, checked});
            break;
        }
        case GroupKind::TimeOfUse:
            for (const TouPrice &p : g.touPrices)
                addRow({g.name(language), p.voltage, money::formatNumber(p.normal), money::formatNumber(p.offPeak),
                        money::formatNumber(p.peak), checked});
            break;
        case GroupKind::Flat:
            for (const FlatPrice &p : g.flatPrices)
                addRow({g.name(language), p.voltage, money::formatNumber(p.price), {}, {}, checked});
            break;
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void TariffsPage::applyTouStart()
{
    const QString value = m_touStartEnabled->isChecked() ? m_touStart->date().toString(Qt::ISODate) : QString();
    m_settings.setValue(settings::Tou2026BillingStart, value);
    m_library.applySettings(m_settings);
    retranslateUi();
}

void TariffsPage::acceptSelected()
{
    const int index = m_books->currentRow();
    if (index < 0 || index >= int(m_library.books().size()))
        return;
    const TariffBook &book = m_library.books()[std::size_t(index)];
    if (!MessageBox::confirm(this, tr("Accept a tariff book"),
                             tr("Decision %1 from the file %2 (SHA-256 %3) will price bills and records from %4 on "
                                "this device. Accept it?")
                                 .arg(book.decision, book.fileName, book.sha256, dmy(book.effectiveFrom)),
                             tr("Accept")))
        return;
    if (Status s = m_session.acceptTariffBook(book.sha256); !s) {
        MessageBox::warning(this, tr("Accept a tariff book"), s.error());
        return;
    }
    retranslateUi();
}

void TariffsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TariffsPage::retranslateUi()
{
    m_intro->setText(tr("Prices in dong per kWh, VAT excluded. To add a newer decision, place its book file (JSON, "
                        "see docs/tariff-books.md) in %1 and restart; a file with errors is refused and the books "
                        "below stay in use.")
                         .arg(QDir::toNativeSeparators(TariffLibrary::defaultUserFolder())));
    m_problems->setText(m_library.problems().join(QLatin1Char('\n')));
    m_problems->setVisible(!m_library.problems().isEmpty());
    const QDate today = QDate::currentDate();
    m_vat->setText(tr("VAT on electricity today: %1 % (%2).")
                       .arg(m_library.vat().rateOn(today))
                       .arg(m_library.vat().sourceOn(today)));
    m_touStartEnabled->setText(tr("Bill with the time-of-use hours of 04/2026 from"));
    const TouCalendar::Schedule *schedule = m_library.tou().scheduleOn(today);
    const QString language = Language::currentCode();
    m_touNow->setText(
        schedule ? tr("Time-of-use hours in force today: %1 (%2).")
                       .arg(language == QLatin1StringView("en") ? schedule->nameEn : schedule->nameVi, schedule->source)
                 : QString());
    m_accept->setText(tr("Accept this book"));
    // The thresholds of the law the checks apply today, with their source: shown, never edited.
    if (const RuleSet *law = m_library.regulations().on(today)) {
        const auto source = [](const LegalSource &s) {
            return s.confidence == QLatin1StringView("firm") ? s.text : tr("%1 (to check)").arg(s.text);
        };
        m_law->setText(tr("Legal thresholds in force (rule set %1, from %2): three-rate meter from %3 kWh a month "
                          "over %4 consecutive months or a %5 kVA dedicated transformer — %6. Households: %7 renters "
                          "= 1 quota, lease under %8 months — %9. Back-billing over at most %10 months — %11.")
                           .arg(law->id, dmy(law->effectiveFrom), money::formatNumber(law->threeRate.averageKwh))
                           .arg(law->threeRate.consecutiveMonths)
                           .arg(law->threeRate.transformerKva)
                           .arg(source(law->threeRate.source))
                           .arg(law->households.renterPersonsPerQuota)
                           .arg(law->households.minimumLeaseMonths)
                           .arg(source(law->households.source))
                           .arg(law->recovery.maxMonths)
                           .arg(source(law->recovery.source)));
    } else {
        m_law->setText(
            tr("No legal rule set covers today: the checks cannot decide (resources/tariffs/regulations.json)."));
    }
    fillBooks();
    showBook(m_books->currentRow());
}

} // namespace ta
