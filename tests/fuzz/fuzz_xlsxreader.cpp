// The workbook reader over any bytes taken as an .xlsx file: every row read until the end or a refusal.

#include "fuzzsupport.h"
#include "models/importing/xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    const QString path = ta::fuzz::asFile(data, size, QStringLiteral("book.xlsx"));
    ta::XlsxReader reader(path);
    QStringList fields;
    qint64 line = 0;
    while (reader.next(fields, line)) {
    }
    (void)reader.errorString();
    return 0;
}
