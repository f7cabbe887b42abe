#pragma once

// A branch leader's campaign and assignment dialogs, opened from the Worklist page.
// - CampaignDialog defines a campaign from the pre-screen: one of the four kinds (a pre-screen rule),
//   narrowed by the worklist's substation, route book and price group; a planned count and a deadline.
// - AssignDialog sends customers to an inspector's tablet through the branch server: the selected rows,
//   every customer of the list as filtered now (a route book, a substation, …), or a campaign's candidates;
//   with the campaign and a due date. Up to 100,000 customers at once.

#include "models/customers/customerlistmodel.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ta {

class Session;

namespace sync {
class SyncService;
struct SyncReport;
} // namespace sync

class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p filter: the worklist's filter now (its rule preselects the kind; its substation, route book and
    /// price group narrow the campaign).
    CampaignDialog(Session &session, const CustomerListModel::Filter &filter, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *plannedBox() const { return m_planned; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    void countCandidates();

    Session &m_session;
    CustomerListModel::Filter m_filter;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_planned;
    QDateEdit *m_deadline;
    QLabel *m_candidates;
    QLabel *m_error;
    QPushButton *m_ok;
};

class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    enum Scope { Selected, Filtered, Campaign };

    /// @p selected: the codes of the rows selected in the worklist; @p filter: the worklist's filter now.
    AssignDialog(Session &session, sync::SyncService &service, const QStringList &selected,
                 const CustomerListModel::Filter &filter, qint64 filteredCount, QWidget *parent = nullptr);

    QComboBox *inspectorBox() const { return m_inspector; }
    QComboBox *campaignBox() const { return m_campaign; }
    QDateEdit *dueEdit() const { return m_due; }
    QRadioButton *scopeButton(Scope scope) const { return m_scopes[scope]; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

    /// Largest assignment the server takes at once.
    static constexpr qint64 MaximumCustomers = 100000;

    void accept() override;

Q_SIGNALS:
    /// The server took the assignment (@p count customers).
    void assigned(int count);

private:
    /// Sends @p codes through the branch server (refused when none or more than the server takes).
    void send(const QStringList &codes);
    void onFinished(const sync::SyncReport &report);

    Session &m_session;
    sync::SyncService &m_service;
    QStringList m_selected;
    CustomerListModel::Filter m_filter;
    QComboBox *m_inspector;
    QComboBox *m_campaign;
    QDateEdit *m_due;
    QLineEdit *m_reason;
    QRadioButton *m_scopes[3] = {};
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    bool m_waiting = false;
};

} // namespace ta
