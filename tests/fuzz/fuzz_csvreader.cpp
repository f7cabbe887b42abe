// The CSV reader over any bytes: every record read until the end or a refusal.

#include "fuzzsupport.h"
#include "models/importing/csvreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ta::CsvReader reader(buffer);
    QStringList fields;
    qint64 line = 0;
    while (reader.next(fields, line)) {
    }
    (void)reader.errorString();
    return 0;
}
