#pragma once

// The review queue as a table for the Review page: newest received first, a page at a time from the
// leader's data file, filtered as the page asks (ReviewQueue::items).

#include "models/review/reviewqueue.h"

#include <QAbstractTableModel>

#include <vector>

namespace ta::review {

class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Number, Customer, Substation, Inspector, Findings, Impact, Status, ColumnCount };
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        RevisionRole,
        StatusRole, ///< ReviewStatus as int
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    void setFilter(const ReviewFilter &filter);
    const ReviewFilter &filter() const { return m_filter; }
    /// Reads the rows again (after a sync or a decision).
    void reload();
    const ReviewItem *itemAt(int row) const;
    int rowOf(const QString &recordId, int revision) const;

    /// The findings of @p item in words ("Households; Price ratio").
    static QString findingsText(const ReviewItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int kPage = 200;
    QSqlDatabase m_db;
    ReviewFilter m_filter;
    std::vector<ReviewItem> m_rows;
    bool m_more = false;
};

} // namespace ta::review
