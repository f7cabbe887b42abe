// Runs a fuzz target's LLVMFuzzerTestOneInput over files and folders of inputs, as libFuzzer would run one
// input: a crash, a sanitizer report or an exception fails the run. Prints how many inputs were run.
// TA_REPLAY_ROUNDS=N runs them all N times and prints the peak resident memory after the first round and at the
// end: memory a target keeps from one input to the next shows as growth (the fuzzers' own memory is not there).

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

long peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList found;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
        } else if (QFileInfo::exists(path)) {
            found << path;
        }
        found.sort();
        files << found;
    }
    const char *roundsText = std::getenv("TA_REPLAY_ROUNDS");
    const int rounds = roundsText ? std::max(1, std::atoi(roundsText)) : 1;
    long inputs = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++inputs;
        }
        if (rounds > 1 && round == 0)
            std::printf("after one round: %lld inputs run, peak resident %ld KiB\n", static_cast<long long>(inputs),
                        peakResidentKiB());
    }
    if (rounds > 1)
        std::printf("after %d rounds: %lld inputs run, peak resident %ld KiB\n", rounds, static_cast<long long>(inputs),
                    peakResidentKiB());
    else
        std::printf("%lld inputs run\n", static_cast<long long>(inputs));
    return inputs > 0 ? 0 : 1;
}
