#pragma once

#include "models/core/result.h"
#include "models/customers/customer.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace ta {

/// Writes and counts customers in a profile's data file. Writes run inside the caller's transaction,
/// so a whole list lands at once or not at all.
class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase db);

    /// Inserts a new customer with its consumption history.
    Status insert(const Customer &customer);
    /// Removes every customer (and, by cascade, their consumption).
    Status removeAll();
    qint64 count() const;

private:
    QSqlDatabase m_db;
    QSqlQuery m_insertCustomer;
    QSqlQuery m_insertConsumption;
    bool m_prepared = false;
};

} // namespace ta
