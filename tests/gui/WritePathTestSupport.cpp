#include "WritePathTestSupport.h"

#include "TestData.h"

#include "io/Importer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace WritePathTestSupport {

namespace {

void isolateSettings()
{
    // Settings of this test program only: never the user's, and not shared with tests running beside it.
    static QTemporaryDir settings;
    static const bool done = [] {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        QSettings().clear();
        return true;
    }();
    (void)done;
}

} // namespace

Actor actor(const QString& user, const QDateTime& at)
{
    Actor result;
    result.user = user;
    result.clock = [at]() { return at; };
    return result;
}

std::unique_ptr<TempDatabase> importedPortfolio()
{
    isolateSettings();
    auto temp = std::make_unique<TempDatabase>();
    Importer importer(temp->db(),
                      actor(QStringLiteral("importer"), QDateTime(QDate(2024, 7, 1), QTime(8, 0))));
    auto imported = importer.importFolder(TestData::fixture(QStringLiteral("portfolio-small/data")));
    EXPECT_TRUE(imported.ok()) << (imported ? std::string() : imported.error().message.toStdString());
    return temp;
}

std::unique_ptr<MainWindow> openWindow(const QString& path, Language language, Database::Access access)
{
    isolateSettings();
    auto database = Database::open(path, access);
    if (!database) {
        ADD_FAILURE() << database.error().message.toStdString();
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(database).value());
    window->setRememberSettings(false);
    window->setLanguage(language);
    window->setUnit(MoneyUnit::Dong);
    window->resize(1440, 900);
    window->show();
    EXPECT_TRUE(window->waitUntilIdle());
    return window;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(5);
    }
    return done();
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("LOANDESK_TEST_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace WritePathTestSupport
