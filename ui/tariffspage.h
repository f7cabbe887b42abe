#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableWidget;

namespace ta {

class Settings;
class TariffLibrary;

/// The tariff books the product bills with (Settings → Tariffs): each decision with its dates and legal
/// source, its full price table, the VAT rate and time-of-use hours in force, and any book file that was
/// refused with the reason.
class TariffsPage : public QWidget
{
    Q_OBJECT

public:
    TariffsPage(TariffLibrary &library, Settings &settings, QWidget *parent = nullptr);

    QListWidget *bookList() const { return m_books; }
    QTableWidget *priceTable() const { return m_table; }
    void showBook(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillBooks();
    void applyTouStart();

    TariffLibrary &m_library;
    Settings &m_settings;
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
