#pragma once

// What the sync suites share besides the server and the tablets (synckit.h): enrolling a tablet and
// approving it as the server's operator does, and raw HTTPS requests for what no tablet sends.

#include "synckit.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

namespace ta::test {

/// Enrolls @p tablet with @p server and approves it as a leader would after comparing the codes.
inline void enrollApproved(TestTablet &tablet, TestServer &server, const QString &role = {})
{
    auto engine = tablet.engine();
    const sync::SyncReport enrolled = engine->enroll(server.link());
    QVERIFY2(enrolled.outcome == sync::SyncOutcome::Done, qPrintable(enrolled.message));
    const auto e = engine->enrollment();
    QVERIFY(e.has_value());
    const auto device = server.store().device(e->enrollmentId);
    QVERIFY(device.has_value());
    QCOMPARE(device->comparison, e->comparison);
    QVERIFY(server.store().setDeviceStatus(e->enrollmentId, QStringLiteral("approved"), QStringLiteral("leader:test"),
                                           role));
}

/// A raw HTTPS request to @p server trusting its CA (the tests that speak to the server without a tablet).
struct RawReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

inline RawReply raw(TestServer &server, const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.url().toString() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile ca(server.identity().caPath());
    if (!ca.open(QIODevice::ReadOnly))
        qFatal("ca");
    tls.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0)
        qInfo("%s %s: %s", method.constData(), qPrintable(path), qPrintable(reply->errorString()));
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    delete reply;
    return r;
}

/// A session token for @p key's device, through the challenge.
inline QByteArray tokenFor(TestServer &server, const QString &device, const DeviceKey &key)
{
    const RawReply c = raw(server, "POST", QStringLiteral("/v1/session/challenge"),
                           QJsonDocument(QJsonObject{{QStringLiteral("device"), device}}).toJson());
    const QString nonce = c.json.value(QStringLiteral("nonce")).toString();
    const RawReply s =
        raw(server, "POST", QStringLiteral("/v1/session"),
            QJsonDocument(QJsonObject{{QStringLiteral("device"), device},
                                      {QStringLiteral("nonce"), nonce},
                                      {QStringLiteral("signature"),
                                       QString::fromLatin1(key.sign(sync::sessionProof(nonce)).toBase64())}})
                .toJson());
    return "Bearer " + s.json.value(QStringLiteral("token")).toString().toLatin1();
}

} // namespace ta::test
