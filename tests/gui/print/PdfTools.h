#pragma once

// Reading PDF files back with poppler-utils (pdftotext, pdffonts, pdfimages), for the printed-report tests.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PdfTools {

/// Runs @p program; its standard output, or an empty array when it failed.
inline QByteArray run(const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                      int* exitCode = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (exitCode)
        *exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (!finished)
        return {};
    return process.readAllStandardOutput();
}

/// The text of @p page (1-based; 0: every page) in its physical layout.
inline QString text(const QString& pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments));
}

/// @p text with every run of white space made one space.
inline QString simplified(const QString& text)
{
    return text.simplified();
}

/// The text in the order it was drawn (a heading wrapped in its cell comes out in one piece), every run of
/// white space made one space.
inline QString flat(const QString& pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments)).simplified();
}

/// The number of pages, from pdftotext's form feeds.
inline int pageCount(const QString& pdf)
{
    const QString all = text(pdf);
    return static_cast<int>(all.count(u'\f'));
}

/// The line of @p text that contains @p needle (first one), or an empty string.
inline QString lineWith(const QString& text, const QString& needle)
{
    for (const QString& line : text.split(u'\n')) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

} // namespace PdfTools
