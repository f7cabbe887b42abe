#pragma once

// Objects worth keeping between stretches of work on worker threads (a memo of judgements, a read connection
// with its page cache): a thread leases one for a stretch, and it goes back to the pool when the lease ends, for
// the next stretch on whatever thread. Made on demand, so there are as many as threads worked at once.

#include <QMutex>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace ta {

template <typename T> class LeasePool
{
public:
    /// @p make makes one when none is free (default: T's default constructor).
    explicit LeasePool(std::function<std::unique_ptr<T>()> make = [] { return std::make_unique<T>(); })
        : m_make(std::move(make))
    {
    }
    LeasePool(const LeasePool &) = delete;
    LeasePool &operator=(const LeasePool &) = delete;

    class Lease
    {
    public:
        explicit Lease(LeasePool &pool) : m_pool(pool)
        {
            {
                const QMutexLocker lock(&pool.m_lock);
                if (!pool.m_free.empty()) {
                    m_object = std::move(pool.m_free.back());
                    pool.m_free.pop_back();
                }
            }
            if (!m_object)
                m_object = pool.m_make();
        }
        ~Lease()
        {
            const QMutexLocker lock(&m_pool.m_lock);
            m_pool.m_free.push_back(std::move(m_object));
        }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        T *get() const { return m_object.get(); }
        T *operator->() const { return m_object.get(); }
        T &operator*() const { return *m_object; }

    private:
        LeasePool &m_pool;
        std::unique_ptr<T> m_object;
    };

private:
    std::function<std::unique_ptr<T>()> m_make;
    QMutex m_lock;
    std::vector<std::unique_ptr<T>> m_free;
};

} // namespace ta
