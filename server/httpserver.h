#pragma once

// HTTP/1.1 over TLS for the sync protocol, on Boost.Beast and Asio (a library made for exposed services).
// Each connection reads a request's header first (8 KiB at most), then its body up to the limit of its
// route (413 above it), each step under a deadline (handshake, idle between requests, a whole request), so
// a slow or silent client loses its connection; connections are counted in all and per peer. The
// handlers run on a pool of their own (they may wait for a durable commit) and never on the I/O threads,
// which are as many as the cores. Beast stays in httpserver.cpp alone.

#include "models/core/result.h"
#include "server/api.h"

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace ta::server {

/// What a connection makes of the bytes of one request: the request as the handlers see it, or the answer
/// refusing it (431 a header over its limit, 413 a body over its route's), or neither (more bytes are needed, or
/// they are not HTTP: a connection waits, or ends). The connections read their sockets by the same steps; the
/// request parser's fuzz target reads its inputs with this.
struct RequestRead
{
    std::optional<HttpRequest> request;
    std::optional<HttpResponse> refusal;
};
RequestRead readRequest(const Api &api, std::string_view bytes, const QString &peer);

class HttpServer
{
public:
    HttpServer(Api &api, const ServerIdentity &identity, int ioThreads, int handlerThreads);
    ~HttpServer();

    /// Binds @p address:@p port (port 0: any free port, see port()).
    Status listen(const QString &address, quint16 port);
    quint16 port() const;
    /// Serves until stop() or SIGINT/SIGTERM.
    void run();
    void stop();
    /// One line on standard error per request (on by default).
    void setLogRequests(bool on);
    /// Fault injection for the resilience tests: when @p drop returns true for a handled request, its
    /// answer is not written and the connection is closed, as when a network loses a reply after the
    /// server committed.
    void setDropResponse(std::function<bool(const HttpRequest &, int status)> drop);

    struct Impl; ///< the Beast side, defined in httpserver.cpp

private:
    std::unique_ptr<Impl> d;
};

} // namespace ta::server
