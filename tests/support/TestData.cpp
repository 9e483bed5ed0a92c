#include "TestData.h"

#include "io/Exporter.h"
#include "io/Importer.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace TestData {

QString fixturesDir()
{
    return QStringLiteral(LOANDESK_FIXTURES_DIR);
}

::testing::AssertionResult importFixture(Database& database, const QString& dataSet)
{
    auto imported = Importer(database).importFolder(fixture(dataSet + QStringLiteral("/data")));
    if (!imported)
        return ::testing::AssertionFailure() << imported.error().message.toStdString();
    return ::testing::AssertionSuccess();
}

QByteArray exportOf(Database& database)
{
    QTemporaryDir dir;
    const Status status = Exporter(database).exportTo(dir.path());
    if (!status)
        return "export failed: " + status.error().message.toUtf8();
    QByteArray all;
    for (const QString& name : Importer::fileNames())
        all += name.toUtf8() + '\n' + readFile(QDir(dir.path()).filePath(name));
    return all;
}

QString fixture(const QString& relative)
{
    return QDir(fixturesDir()).filePath(relative);
}

QStringList expectedFiles(const QString& dataSet)
{
    QDir dir(fixture(dataSet + QStringLiteral("/expected")));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QStringList invalidSets()
{
    QDir dir(fixture(QStringLiteral("invalid")));
    QStringList sets;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        sets.append(dir.filePath(name));
    return sets;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray normalizeLineEnds(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

QString cliPath()
{
    return QStringLiteral(LOANDESK_CLI_PATH);
}

int runCli(const QStringList& arguments, QByteArray* out, QByteArray* err, int timeoutMs)
{
    QProcess process;
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QString newCliDatabase(const QString& path, const QString& folder)
{
    EXPECT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), path}), 0);
    if (!folder.isEmpty()) {
        EXPECT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--db"), path, fixture(folder)}), 0);
    }
    return path;
}

} // namespace TestData

void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
