#include "server/httpserver.h"

#include <QCoreApplication>

#include <QDateTime>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ta::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using std::chrono::milliseconds;

struct HttpServer::Impl
{
    Impl(Api &a, int io, int handlerThreads)
        : api(a), limits(a.limits()), ioThreads(io), handlers(std::size_t(handlerThreads))
    {
    }

    // Declared so that they are destroyed in the right order: the handler pool first (joined), then the
    // acceptor and the I/O context (whose pending connections still release their peer counts).
    Api &api;
    Limits limits;
    std::atomic<int> connections{0};
    std::mutex peersMutex;
    std::unordered_map<std::string, int> peers;
    std::atomic<bool> log{true};
    std::mutex dropMutex;
    std::function<bool(const HttpRequest &, int)> drop;
    int ioThreads;
    ssl::context tls{ssl::context::tls_server};
    net::io_context ioc;
    tcp::acceptor acceptor{ioc};
    net::thread_pool handlers;

    void accept();
    bool admit(const std::string &peer)
    {
        std::lock_guard lock(peersMutex);
        if (connections.load() >= limits.maxConnections || peers[peer] >= limits.connectionsPerPeer)
            return false;
        ++connections;
        ++peers[peer];
        return true;
    }
    void release(const std::string &peer)
    {
        std::lock_guard lock(peersMutex);
        --connections;
        if (--peers[peer] <= 0)
            peers.erase(peer);
    }
};

namespace {

using RequestParser = http::request_parser<http::string_body>;

/// Before a request's header is read: the header's limit, and the largest body any route takes.
void prepareParser(RequestParser &parser, const Limits &limits)
{
    parser.header_limit(std::uint32_t(limits.headerBytes));
    // The route's own limit is set once the header is read (admitBody).
    parser.body_limit(std::uint64_t(std::max(limits.jsonBytes, limits.blobBytes)));
}

/// The answer to an error while reading a request: 431 or 413 with its problem document, or none (closed, idle
/// too long, or garbage: the connection ends without one).
std::optional<HttpResponse> refusalFor(const Api &api, beast::error_code ec)
{
    if (ec == http::error::header_limit)
        return api.problem(431, "too-large", QStringLiteral("The request header is too large"));
    if (ec == http::error::body_limit)
        return api.problem(413, "too-large", QStringLiteral("The body is larger than this request accepts"));
    return std::nullopt;
}

/// Once the header is read: the body limit of the request's route, or a 413 when the declared length is above it.
std::optional<HttpResponse> admitBody(RequestParser &parser, const Api &api)
{
    const auto &header = parser.get();
    const qint64 limit = api.bodyLimit(QByteArray::fromStdString(std::string(header.method_string())),
                                       QByteArray::fromStdString(std::string(header.target())));
    if (parser.content_length() && qint64(*parser.content_length()) > limit)
        return refusalFor(api, http::error::body_limit);
    parser.body_limit(std::uint64_t(limit));
    return std::nullopt;
}

/// The request as the handlers see it (header names in lower case).
HttpRequest toRequest(const http::request<http::string_body> &message, const std::string &peer)
{
    HttpRequest request;
    request.method = QByteArray::fromStdString(std::string(message.method_string()));
    request.target = QByteArray::fromStdString(std::string(message.target()));
    for (const auto &field : message)
        request.headers.insert(QByteArray::fromStdString(std::string(field.name_string())).toLower(),
                               QByteArray::fromStdString(std::string(field.value())));
    request.body = QByteArray::fromStdString(message.body());
    request.peer = QString::fromStdString(peer);
    return request;
}

/// One connection: TLS, then requests one after another while the client keeps it open.
class Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(tcp::socket &&socket, HttpServer::Impl &server, std::string peer)
        : m_stream(std::move(socket), server.tls), m_server(server), m_peer(std::move(peer))
    {
    }
    ~Connection() { m_server.release(m_peer); }

    void start()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
            beast::get_lowest_layer(self->m_stream).expires_after(milliseconds(self->m_server.limits.handshakeMs));
            self->m_stream.async_handshake(ssl::stream_base::server, [self](beast::error_code ec) {
                if (!ec)
                    self->readHeader();
            });
        });
    }

private:
    void readHeader()
    {
        m_parser.emplace();
        prepareParser(*m_parser, m_server.limits);
        beast::get_lowest_layer(m_stream).expires_after(milliseconds(m_server.limits.idleMs));
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        if (ec) {
            if (auto refusal = refusalFor(m_server.api, ec))
                refuse(*refusal);
            return; // otherwise closed, idle too long, or garbage: the connection ends
        }
        m_started = std::chrono::steady_clock::now();
        if (auto refusal = admitBody(*m_parser, m_server.api)) {
            refuse(*refusal);
            return;
        }
        // The whole request must arrive within its deadline, however slowly it trickles in.
        beast::get_lowest_layer(m_stream).expires_after(milliseconds(m_server.limits.requestMs));
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = shared_from_this()](beast::error_code e, std::size_t) { self->onRead(e); });
    }

    void onRead(beast::error_code ec)
    {
        if (ec) {
            if (auto refusal = refusalFor(m_server.api, ec))
                refuse(*refusal);
            return;
        }
        auto message = m_parser->release();
        HttpRequest request = toRequest(message, m_peer);
        m_keepAlive = message.keep_alive();
        beast::get_lowest_layer(m_stream).expires_never();
        // The handler may wait for a durable commit: it runs on the handler pool, the answer comes back here.
        net::post(m_server.handlers, [self = shared_from_this(), request = std::move(request)] {
            HttpResponse response = self->m_server.api.handle(request);
            net::post(self->m_stream.get_executor(), [self, request, response = std::move(response)] {
                self->logLine(request, response.status);
                if (self->dropped(request, response.status)) {
                    beast::error_code ignored;
                    beast::get_lowest_layer(self->m_stream).socket().close(ignored);
                    return;
                }
                self->write(response, !self->m_keepAlive);
            });
        });
    }

    bool dropped(const HttpRequest &request, int status)
    {
        std::lock_guard lock(m_server.dropMutex);
        return m_server.drop && m_server.drop(request, status);
    }

    void refuse(const HttpResponse &refusal)
    {
        // The client may still be sending the body it was refused: what arrives is read and dropped for a
        // while after the answer, so the connection does not end with a reset that hides the answer.
        m_drainAfterWrite = true;
        write(refusal, true);
    }

    void drain()
    {
        m_stream.async_read_some(net::buffer(m_drainBuffer),
                                 [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                     self->m_drained += n;
                                     if (ec || self->m_drained > kDrainBytes) {
                                         beast::error_code ignored;
                                         beast::get_lowest_layer(self->m_stream).socket().close(ignored);
                                         return;
                                     }
                                     self->drain();
                                 });
    }

    void write(const HttpResponse &r, bool close)
    {
        m_response = {};
        m_response.version(11);
        m_response.result(unsigned(r.status));
        m_response.set(http::field::content_type, r.contentType.toStdString());
        for (const auto &[name, value] : r.headers)
            m_response.set(name.toStdString(), value.toStdString());
        m_response.body() = r.body.toStdString();
        m_response.keep_alive(!close);
        m_response.prepare_payload();
        beast::get_lowest_layer(m_stream).expires_after(milliseconds(m_server.limits.idleMs));
        http::async_write(m_stream, m_response, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            // A response that closes the connection completes with end_of_stream: it was written whole.
            if (ec && ec != http::error::end_of_stream)
                return;
            if (self->m_drainAfterWrite) {
                beast::get_lowest_layer(self->m_stream).expires_after(std::chrono::seconds(10));
                self->drain();
                return;
            }
            if (!self->m_response.keep_alive()) {
                beast::get_lowest_layer(self->m_stream).expires_after(std::chrono::seconds(5));
                self->m_stream.async_shutdown([self](beast::error_code) {});
                return;
            }
            self->readHeader();
        });
    }

    void logLine(const HttpRequest &request, int status) const
    {
        if (!m_server.log.load())
            return;
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started).count();
        const QByteArray path =
            request.target.left(request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
        std::fprintf(stderr, "time=%s peer=%s method=%s path=%s status=%d ms=%.1f bytes=%lld\n",
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1().constData(), m_peer.c_str(),
                     request.method.constData(), path.constData(), status, ms,
                     static_cast<long long>(request.body.size()));
    }

    beast::ssl_stream<beast::tcp_stream> m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    HttpServer::Impl &m_server;
    std::string m_peer;
    bool m_keepAlive = true;
    bool m_drainAfterWrite = false;
    static constexpr std::size_t kDrainBytes = 64 * 1024 * 1024;
    std::array<char, 16384> m_drainBuffer;
    std::size_t m_drained = 0;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace

void HttpServer::Impl::accept()
{
    acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted)
            return;
        if (!ec) {
            beast::error_code ignored;
            const std::string peer = socket.remote_endpoint(ignored).address().to_string();
            if (admit(peer))
                std::make_shared<Connection>(std::move(socket), *this, peer)->start();
            else
                socket.close(ignored); // over the limits: the client sees the connection end
        }
        accept();
    });
}

RequestRead readRequest(const Api &api, std::string_view bytes, const QString &peer)
{
    RequestParser parser;
    prepareParser(parser, api.limits());
    bool admitted = false;
    while (!parser.is_done()) {
        beast::error_code ec;
        const std::size_t used = parser.put(net::buffer(bytes.data(), bytes.size()), ec);
        bytes.remove_prefix(used);
        if (ec && ec != http::error::need_more)
            return {std::nullopt, refusalFor(api, ec)};
        if (parser.is_header_done() && !admitted) {
            admitted = true;
            if (auto refusal = admitBody(parser, api))
                return {std::nullopt, refusal};
            continue;
        }
        if (used == 0)
            return {}; // a connection would wait for more
    }
    return {toRequest(parser.get(), peer.toStdString()), std::nullopt};
}

HttpServer::HttpServer(Api &api, const ServerIdentity &identity, int ioThreads, int handlerThreads)
    : d(std::make_unique<Impl>(api, std::max(1, ioThreads), std::max(2, handlerThreads)))
{
    d->tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                       ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    d->tls.use_certificate_chain_file(identity.certificateChainPath().toStdString());
    d->tls.use_private_key_file(identity.privateKeyPath().toStdString(), ssl::context::pem);
}

HttpServer::~HttpServer()
{
    stop();
    d->handlers.join();
}

Status HttpServer::listen(const QString &address, quint16 port)
{
    beast::error_code ec;
    const auto ip = net::ip::make_address(address.toStdString(), ec);
    if (ec)
        return Status::failure(
            QCoreApplication::translate("ta::server::HttpServer", "%1 is not an IP address.").arg(address));
    const tcp::endpoint endpoint(ip, port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return Status::failure(QCoreApplication::translate("ta::server::HttpServer", "Cannot listen on %1:%2: %3")
                                   .arg(address)
                                   .arg(port)
                                   .arg(QString::fromStdString(ec.message())));
    return Status::success();
}

quint16 HttpServer::port() const
{
    beast::error_code ec;
    return d->acceptor.local_endpoint(ec).port();
}

void HttpServer::run()
{
    net::signal_set signals(d->ioc, SIGINT, SIGTERM);
    signals.async_wait([this](beast::error_code, int) { stop(); });
    d->accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < d->ioThreads; ++i)
        threads.emplace_back([this] { d->ioc.run(); });
    d->ioc.run();
    for (std::thread &t : threads)
        t.join();
}

void HttpServer::stop()
{
    net::post(d->ioc, [this] {
        beast::error_code ignored;
        d->acceptor.close(ignored);
        d->ioc.stop();
    });
}

void HttpServer::setLogRequests(bool on)
{
    d->log = on;
}

void HttpServer::setDropResponse(std::function<bool(const HttpRequest &, int status)> drop)
{
    std::lock_guard lock(d->dropMutex);
    d->drop = std::move(drop);
}

} // namespace ta::server
