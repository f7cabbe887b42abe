#pragma once

#include <QDialog>

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

private:
    QTextBrowser *m_summary;
    int m_bars = 0;
};

} // namespace ta
