#pragma once

// A small fault-injecting TCP proxy for the sync tests, between the tablet and the server on 127.0.0.1. Each
// piece of data on its way, either way, may draw a fault while any are left to inject: a delay, a cut after
// some of its bytes (towards the server: a request cut mid-body; towards the tablet: a reply lost after the
// server committed), a reset, a connection swallowed (nothing more comes back), or one flipped byte (TLS
// sees the damage). Runs on a thread of its own with Asio, so the tablet under test may wait on its own
// event loop.

#include <boost/asio.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace ta::test {

class FaultProxy
{
public:
    enum class Fault { Pass, Delay, CutUpstream, CutDownstream, Reset, Blackhole, FlipByte, Count };

    /// Forwards 127.0.0.1:port() to 127.0.0.1:@p target; injects @p faults faults, then passes everything.
    FaultProxy(unsigned short target, int faults, unsigned seed)
        : m_target(target), m_left(faults), m_random(seed), m_acceptor(m_io)
    {
        using boost::asio::ip::tcp;
        const tcp::endpoint endpoint(boost::asio::ip::make_address("127.0.0.1"), 0);
        m_acceptor.open(endpoint.protocol());
        m_acceptor.set_option(tcp::acceptor::reuse_address(true));
        m_acceptor.bind(endpoint);
        m_acceptor.listen();
        accept();
        m_thread = std::thread([this] { m_io.run(); });
    }
    ~FaultProxy()
    {
        boost::asio::post(m_io, [this] {
            boost::system::error_code ignored;
            m_acceptor.close(ignored);
            m_io.stop();
        });
        m_thread.join();
    }

    unsigned short port() const { return m_acceptor.local_endpoint().port(); }
    int faultsLeft() const
    {
        std::lock_guard lock(m_mutex);
        return m_left;
    }
    /// How many connections met each fault so far.
    std::map<Fault, int> injected() const
    {
        std::lock_guard lock(m_mutex);
        return m_injected;
    }
    static const char *name(Fault f)
    {
        static constexpr std::array names{"pass",  "delay",     "cut-upstream", "cut-downstream",
                                          "reset", "blackhole", "flip-byte"};
        return names[std::size_t(f)];
    }

private:
    using tcp = boost::asio::ip::tcp;

    struct Link : std::enable_shared_from_this<Link>
    {
        Link(FaultProxy &owner, tcp::socket accepted)
            : proxy(owner), client(std::move(accepted)), server(owner.m_io), timer(owner.m_io)
        {
        }
        FaultProxy &proxy;
        tcp::socket client;
        tcp::socket server;
        boost::asio::steady_timer timer;
        bool closed = false;

        void close(bool reset = false)
        {
            if (closed)
                return;
            closed = true;
            boost::system::error_code ignored;
            if (reset) {
                client.set_option(boost::asio::socket_base::linger(true, 0), ignored);
                server.set_option(boost::asio::socket_base::linger(true, 0), ignored);
            }
            client.close(ignored);
            server.close(ignored);
            timer.cancel();
        }
        void pump(tcp::socket &from, tcp::socket &to, bool upstream)
        {
            auto buffer = std::make_shared<std::array<char, 16384>>();
            from.async_read_some(boost::asio::buffer(*buffer), [self = shared_from_this(), &from, &to, upstream,
                                                                buffer](boost::system::error_code ec, std::size_t n) {
                if (ec) {
                    self->close();
                    return;
                }
                // Each piece of data on its way may meet a fault, while any are left.
                const Drawn d = self->proxy.draw(n);
                std::size_t keep = n;
                switch (d.fault) {
                case Fault::Reset:
                    self->close(true);
                    return;
                case Fault::Blackhole:
                    // Nothing more goes either way; the connection stays open until the client gives up.
                    self->timer.expires_after(std::chrono::seconds(60));
                    self->timer.async_wait([self](boost::system::error_code) { self->close(); });
                    return;
                case Fault::CutUpstream:
                case Fault::CutDownstream:
                    keep = std::min(n, d.at);
                    break;
                case Fault::FlipByte:
                    (*buffer)[std::min(n - 1, d.at)] ^= 0x20;
                    break;
                case Fault::Pass:
                case Fault::Delay:
                case Fault::Count:
                    break;
                }
                const bool cut = d.fault == Fault::CutUpstream || d.fault == Fault::CutDownstream;
                const auto forward = [self, &from, &to, upstream, buffer, keep, cut] {
                    boost::asio::async_write(
                        to, boost::asio::buffer(buffer->data(), keep),
                        [self, &from, &to, upstream, buffer, cut](boost::system::error_code wec, std::size_t) {
                            if (wec || cut) {
                                self->close();
                                return;
                            }
                            self->pump(from, to, upstream);
                        });
                };
                if (d.fault == Fault::Delay) {
                    auto wait = std::make_shared<boost::asio::steady_timer>(self->proxy.m_io);
                    wait->expires_after(std::chrono::milliseconds(d.delayMs));
                    wait->async_wait([wait, forward](boost::system::error_code) { forward(); });
                } else {
                    forward();
                }
            });
        }
    };

    struct Drawn
    {
        Fault fault = Fault::Pass;
        std::size_t at = 0; ///< where a cut or a flipped byte falls in the piece
        int delayMs = 0;
    };

    Drawn draw(std::size_t n)
    {
        std::lock_guard lock(m_mutex);
        Drawn d;
        if (m_left > 0 && std::uniform_int_distribution<int>(0, 9)(m_random) == 0) {
            d.fault = Fault(std::uniform_int_distribution<int>(1, int(Fault::Count) - 1)(m_random));
            d.at = std::uniform_int_distribution<std::size_t>(0, n == 0 ? 0 : n - 1)(m_random);
            d.delayMs = std::uniform_int_distribution<int>(50, 400)(m_random);
            --m_left;
        }
        ++m_injected[d.fault];
        return d;
    }

    void accept()
    {
        m_acceptor.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
            if (ec)
                return;
            auto link = std::make_shared<Link>(*this, std::move(socket));
            link->server.async_connect(tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), m_target),
                                       [link](boost::system::error_code cec) {
                                           if (cec) {
                                               link->close();
                                               return;
                                           }
                                           link->pump(link->client, link->server, true);
                                           link->pump(link->server, link->client, false);
                                       });
            accept();
        });
    }

    unsigned short m_target;
    int m_left;
    std::mt19937 m_random;
    mutable std::mutex m_mutex;
    std::map<Fault, int> m_injected;
    boost::asio::io_context m_io;
    tcp::acceptor m_acceptor;
    std::thread m_thread;
};

} // namespace ta::test
