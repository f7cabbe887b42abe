// The tariff book loader over any bytes, with the other tariff files' loaders (VAT, regulations, time of use)
// on the same bytes.

#include "fuzzsupport.h"
#include "models/tariff/regulations.h"
#include "models/tariff/tariffbook.h"
#include "models/tariff/touschedule.h"
#include "models/tariff/vatschedule.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ta::TariffBook::fromJson(bytes, QStringLiteral("fuzz.json"));
    (void)ta::Regulations::fromJson(bytes, QStringLiteral("fuzz.json"));
    (void)ta::VatSchedule::fromJson(bytes, QStringLiteral("fuzz.json"));
    (void)ta::TouCalendar::fromJson(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
