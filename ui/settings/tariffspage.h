#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ta {

class Session;
class Settings;
class TariffLibrary;

/// The tariff books the product bills with (Settings → Tariffs): each decision with its dates, legal source
/// and SHA-256, its full price table, the VAT rate, time-of-use hours and legal thresholds in force, any
/// book file that was refused with the reason, and the user books waiting for a branch leader to accept
/// them (a leader signed in accepts one here; until then it prices nothing).
class TariffsPage : public QWidget
{
    Q_OBJECT

public:
    TariffsPage(TariffLibrary &library, Settings &settings, Session &session, QWidget *parent = nullptr);

    QListWidget *bookList() const { return m_books; }
    QTableWidget *priceTable() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    void showBook(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillBooks();
    void applyTouStart();
    void acceptSelected();

    TariffLibrary &m_library;
    Settings &m_settings;
    Session &m_session;
    QPushButton *m_accept;
    QLabel *m_law;
    QLabel *m_intro;
    QListWidget *m_books;
    QLabel *m_source;
    QTableWidget *m_table;
    QLabel *m_problems;
    QLabel *m_vat;
    QCheckBox *m_touStartEnabled;
    QDateEdit *m_touStart;
    QLabel *m_touNow;
};

} // namespace ta
