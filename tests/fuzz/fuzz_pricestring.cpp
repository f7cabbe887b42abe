// The price string (CHUOI_GIA) parser over any text, against the built-in tariff books.

#include "fuzzsupport.h"
#include "models/tariff/pricestring.h"
#include "models/tariff/tarifflibrary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    static const ta::TariffLibrary library = ta::TariffLibrary::load({});
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ta::PriceString::parse(text, library);
    return 0;
}
