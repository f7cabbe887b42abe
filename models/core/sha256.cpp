#include "models/core/sha256.h"

#include <QIODevice>

#include <openssl/evp.h>

namespace ta {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    if (m_context->ctx)
        EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (m_context->ctx && m_result.isEmpty())
        EVP_DigestUpdate(m_context->ctx, data.data(), std::size_t(data.size()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::result()
{
    if (m_result.isEmpty() && m_context->ctx) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (EVP_DigestFinal_ex(m_context->ctx, digest, &size) == 1)
            m_result = QByteArray(reinterpret_cast<const char *>(digest), int(size));
    }
    return m_result;
}

} // namespace ta
