#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

#include <gtest/gtest.h>

class Database;

class QString;

/// Paths of the reference data sets and helpers shared by the tests.
namespace TestData {

/// The folder of the shared fixtures (worked-example, portfolio-small, invalid).
QString fixturesDir();
QString fixture(const QString& relative);
/// Imports the fixture's data folder @p dataSet ("portfolio-small", "worked-example") into @p database; fails
/// with the importer's message.
::testing::AssertionResult importFixture(Database& database, const QString& dataSet);
/// Every expected output file of a data set (`expected/*.csv`), sorted.
QStringList expectedFiles(const QString& dataSet);
/// The invalid data sets, sorted.
QStringList invalidSets();

QByteArray readFile(const QString& path);
/// The whole content of a database as its export (every data file, concatenated with its name).
QByteArray exportOf(Database& database);
/// Bytes with CR LF turned into LF.
QByteArray normalizeLineEnds(QByteArray bytes);

/// Runs loandesk-cli with @p arguments; returns the exit status and fills stdout/stderr.
int runCli(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr,
           int timeoutMs = 120000);
QString cliPath();
/// A new database at @p path made by `loandesk-cli init`, with the fixture folder @p folder imported when
/// given; a failure of either is a test failure. Returns @p path.
QString newCliDatabase(const QString& path, const QString& folder = QString());

} // namespace TestData

// Readable QString in GoogleTest messages.
void PrintTo(const QString& text, std::ostream* os);
