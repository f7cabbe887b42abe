// A training scenario file (docs/scenario-file.md) over any bytes: checked as `tariff-audit-cli scenario check`
// and a trainer's import do, and when it reads, its model answer scored as `tariff-audit-cli score` does.

#include "fuzzsupport.h"
#include "models/inspection/answersfile.h"
#include "models/tariff/tarifflibrary.h"
#include "models/training/scenario.h"
#include "models/training/scorer.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    static const ta::TariffLibrary library = ta::TariffLibrary::load();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto scenario = ta::Scenario::parse(bytes, QStringLiteral("scenario.json"), library);
    if (!scenario)
        return 0;
    auto answers = ta::AnswersFile::fromJson(scenario->answer, QStringLiteral("answer"), QDir::tempPath(),
                                             scenario->customer.code);
    if (answers)
        (void)ta::Scorer::score(scenario.value(), ta::TraineeWork::of(answers.value()), library);
    return 0;
}
