#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace ta {

struct Customer;
struct CustomerFlag;

/// One customer: identity, metering point, price application, the warnings with their reasons and money,
/// and the consumption history as a chart (the three registers stacked on a three-rate meter).
class CustomerDetail : public QDialog
{
    Q_OBJECT

public:
    CustomerDetail(const Customer &customer, const std::vector<CustomerFlag> &flags, QWidget *parent = nullptr);
    /// The text shown, for tests.
    QString summaryText() const;
    int chartBars() const { return m_bars; }
    QPushButton *inspectButton() const { return m_inspect; }

Q_SIGNALS:
    /// "Inspect": start (or resume) the inspection of the customer @p code.
    void inspectRequested(const QString &code);

private:
    QPushButton *m_inspect;
    QTextBrowser *m_summary;
    int m_bars = 0;
};

} // namespace ta
