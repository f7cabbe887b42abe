#pragma once

// The outbox as a table for the Outbox page: one row per queued record, newest first, read a page at a time
// from the profile's data file on the screen's own connection. The row of the record being sent carries its
// progress.

#include "models/sync/outbox.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QtSql/QSqlDatabase>

#include <vector>

namespace ta::sync {

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Customer, State, Queued, ColumnCount };
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        StateRole,    ///< OutboxState as int
        ProgressRole, ///< 0..100 while the record is being sent, else -1
    };

    explicit OutboxModel(QObject *parent = nullptr);

    /// The data file to read (an invalid database empties the model).
    void setDatabase(QSqlDatabase db);
    /// Reads the rows again (after a sync, a retry, a discard).
    void reload();
    /// Reads one record's row again if it is loaded.
    void refreshRecord(const QString &recordId);
    void setProgress(const QString &recordId, qint64 sent, qint64 total);

    const OutboxEntry *entryAt(int row) const;
    int rowOf(const QString &recordId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int kPage = 200;
    QSqlDatabase m_db;
    std::vector<OutboxEntry> m_rows;
    bool m_more = false;
    QHash<QString, int> m_progress; ///< record id -> percent
};

} // namespace ta::sync
