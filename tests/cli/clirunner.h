#pragma once

// Runs tariff-audit-cli as a separate process with a scratch configuration and data folder.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct CliRun
{
    int exitCode; ///< -1 when it crashed or timed out
    QString out;
    QString err;
};

/// @p input is written to the program's standard input, which is then closed (a PIN for --pin-fd 0).
inline CliRun runCli(const QStringList &args, const QTemporaryDir &home, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TA_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
