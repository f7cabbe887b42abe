// An answers file (docs/answers-file.md) over any bytes: read and checked as the CLI's record command does.

#include "fuzzsupport.h"
#include "models/inspection/answersfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ta::fuzz::application();
    const QString path = ta::fuzz::asFile(data, size, QStringLiteral("answers.json"));
    (void)ta::AnswersFile::read(path, QStringLiteral("PB07010000001"));
    return 0;
}
