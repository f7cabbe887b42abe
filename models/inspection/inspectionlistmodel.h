#pragma once

// The inspections of a data file, newest change first, as the Inspections page lists them: drafts and
// signed records with their number, customer, status in words, revision and the time of the last change
// in the device's time zone. A QSqlQueryModel: rows are fetched as the view scrolls.

#include <QSqlQueryModel>

namespace ta {

class InspectionListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    /// Review: where the record stands with the branch (the outbox's state, a leader's decision and comment).
    enum Column { Id, Number, Customer, Name, Status, Revision, Updated, Review, Comment, ColumnCount };
    enum Role {
        StatusCodeRole = Qt::UserRole + 1, ///< "draft" or "final"
        ReviewCodeRole,                    ///< the outbox state: "waiting", "received", "approved", "returned", …
    };

    explicit InspectionListModel(QObject *parent = nullptr);

    /// Lists the inspections of @p db; an invalid database empties the model.
    void setDatabase(const QSqlDatabase &db);
    bool isBound() const { return m_bound; }

    /// Where a signed record stands with the branch, in words ("Returned: <the leader's comment>").
    static QString reviewName(const QString &state, const QString &comment);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The id and stored status of @p row.
    QString idAt(int row) const;
    QString statusAt(int row) const;
    QString numberAt(int row) const;

    static QString statusName(const QString &status);

private:
    bool m_bound = false;
};

} // namespace ta
