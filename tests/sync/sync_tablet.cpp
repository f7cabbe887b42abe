// A tablet in its own process for the kill -9 campaigns: syncs a profile data file with the SyncEngine until
// every record is received (or it is killed), printing one line per run.
//   sync_tablet DATA.sqlite EVIDENCE_DIR KEY_SECRET_FILE

#include "models/inspection/devicekey.h"
#include "models/sync/syncengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: sync_tablet DATA EVIDENCE KEY\n");
        return 2;
    }
    QFile keyFile(args.at(3));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    auto key = ta::DeviceKey::fromSecret(keyFile.readAll());
    if (!key)
        return 2;
    ta::sync::SyncOptions options;
    options.requestTimeoutMs = 3000;
    options.backoffBaseSeconds = 0;
    ta::sync::SyncEngine engine(args.at(1), key.value(), args.at(2), {QStringLiteral("tablet-k"), {}, {}, {}}, options);
    for (int run = 0; run < 1000; ++run) {
        const ta::sync::SyncReport r = engine.syncOnce(true);
        std::printf("run=%d outcome=%s received=%d waiting=%d quarantined=%d\n", run,
                    qPrintable(ta::sync::outcomeCode(r.outcome)), r.counts.received, r.counts.waiting,
                    r.counts.quarantined);
        std::fflush(stdout);
        if (r.outcome == ta::sync::SyncOutcome::Done && r.counts.waiting == 0)
            return 0;
        QThread::msleep(100);
    }
    return 1;
}
