#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdio>

/// loandesk-cli: the console program of cli.md. run() returns the exit status: 0 success, 1 bad usage, 2 data
/// refused, 3 database unusable.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QStringList arguments, std::FILE* out = stdout, std::FILE* err = stderr);

    int run();

    static QString usage();

private:
    struct Parsed
    {
        QString command;
        QHash<QString, QString> options; ///< without the leading dashes; flags map to "1"
        QStringList positional;
    };

    int fail(int status, const QString& message);
    bool parse(Parsed& parsed, const QStringList& valueOptions, const QStringList& flagOptions,
               int maxPositional);
    void print(const QByteArray& bytes);
    void printLine(const QString& line);
    int writeOutput(const Parsed& parsed, const QByteArray& bytes);

    int init();
    int import();
    int exportData();
    int summary();
    int ageing();
    int check();
    int backup();

    QStringList m_arguments;
    std::FILE* m_out;
    std::FILE* m_err;
    Parsed m_parsed;
};
