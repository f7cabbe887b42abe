#pragma once

// Value-or-error results returned by the core. The error text is already translated: the ui shows it as
// it is, the CLI prints it. Nothing in models/ shows a message itself.

#include <QString>

#include <optional>
#include <utility>

namespace ta {

/// Outcome of an operation that returns nothing: success, or a translated error message.
class [[nodiscard]] Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Status() = default;
    bool m_failed = false;
    QString m_error;
};

/// A value of type T, or a translated error message. Never both.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failed) : m_error(failed.error()) { Q_ASSERT(!failed.ok()); }

    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace ta
