#pragma once

// SHA-256 of data given in parts, through OpenSSL's implementation (the processor's SHA instructions where it has
// them): a list of hundreds of megabytes is checksummed as it is read, on the thread that reads it, about four
// times faster than QCryptographicHash.

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QIODevice;

namespace ta {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// Reads @p device to its end into the hash; false when it could not be read.
    bool addData(QIODevice *device);
    /// The digest (32 bytes) of everything added; the hash takes no more data after this.
    QByteArray result();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    QByteArray m_result;
};

} // namespace ta
