#include "models/inspection/canonicaljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ta::canonicalJson {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

void writeString(const QString &text, QByteArray &out)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

Status write(const QJsonValue &value, QByteArray &out, const QString &path)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return Status::success();
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return Status::success();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > kMaxExactInteger)
            return Status::failure(QCoreApplication::translate("ta::canonicalJson",
                                                               "%1: %2 is not a whole number; write fractions as text.")
                                       .arg(path.isEmpty() ? QStringLiteral("$") : path)
                                       .arg(d));
        out += QByteArray::number(qint64(d) == 0 ? 0 : qint64(d));
        return Status::success();
    }
    case QJsonValue::String:
        writeString(value.toString(), out);
        return Status::success();
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (Status s = write(array.at(i), out, path + QStringLiteral("[%1]").arg(i)); !s)
                return s;
        }
        out += ']';
        return Status::success();
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
        });
        bool first = true;
        for (const QString &key : keys) {
            if (!first)
                out += ',';
            first = false;
            writeString(key, out);
            out += ':';
            if (Status s = write(object.value(key), out, path.isEmpty() ? key : path + QLatin1Char('.') + key); !s)
                return s;
        }
        out += '}';
        return Status::success();
    }
    }
    return Status::success();
}

} // namespace

Result<QByteArray> serialize(const QJsonValue &value)
{
    QByteArray out;
    if (Status s = write(value, out, QString()); !s)
        return s;
    return out;
}

QString decimal(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1StringView("-0"))
        text = QStringLiteral("0");
    return text;
}

} // namespace ta::canonicalJson
