// loandesk --screenshot: a non-blank PNG of 1440×900 for a usable database and month, a clear refusal
// otherwise.
#include "DashboardTestSupport.h"
#include "TestData.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

int runApp(const QStringList& arguments, QByteArray* err = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // --screenshot must choose offscreen by itself
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOANDESK_APP_PATH), arguments);
    if (!process.waitForFinished(180000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST(Screenshot, WritesANonBlankPngOfTheRightSize)
{
    const QString db = DashboardTestSupport::portfolio().path();
    QTemporaryDir dir;
    for (const QString& view :
         {QStringLiteral("dashboard"), QStringLiteral("programs"), QStringLiteral("communes"),
          QStringLiteral("groups"), QStringLiteral("loans")}) {
        SCOPED_TRACE(view.toStdString());
        const QString png = dir.filePath(view + QStringLiteral(".png"));
        QByteArray err;
        ASSERT_EQ(runApp({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2023-08"),
                          QStringLiteral("--view"), view, QStringLiteral("--lang"), QStringLiteral("vi"),
                          QStringLiteral("--screenshot"), png},
                         &err),
                  0)
            << err.toStdString();
        QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(1440, 900));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 40) << "a blank or nearly blank picture";
    }
}

TEST(Screenshot, RefusesAnUnusableDatabaseOrMonth)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    QByteArray err;
    EXPECT_EQ(runApp({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.loandesk")),
                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--month"),
                      QStringLiteral("2023-08"), QStringLiteral("--screenshot"), png},
                     &err),
              3);
    EXPECT_TRUE(err.contains("no database")) << err.toStdString();
    // The message is in the language asked for.
    EXPECT_EQ(runApp({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.loandesk")),
                      QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--screenshot"), png},
                     &err),
              3);
    EXPECT_TRUE(QString::fromUtf8(err).contains(QStringLiteral("không có cơ sở dữ liệu")))
        << err.toStdString();
    const QString db = DashboardTestSupport::portfolio().path();
    EXPECT_EQ(runApp({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2031-01"),
                      QStringLiteral("--screenshot"), png},
                     &err),
              1);
    EXPECT_TRUE(err.contains("no figures for 2031-01")) << err.toStdString();
    EXPECT_EQ(runApp({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("August"),
                      QStringLiteral("--screenshot"), png},
                     &err),
              1);
    EXPECT_EQ(runApp({QStringLiteral("--db"), db, QStringLiteral("--view"), QStringLiteral("nowhere"),
                      QStringLiteral("--screenshot"), png},
                     &err),
              1);
    EXPECT_FALSE(QFile::exists(png));
}
