// A database holding the demonstration portfolio can never pass as real: the window says so over every page
// and in its title; the office's own database shows neither.
#include "WritePathTestSupport.h"

#include "service/PortfolioService.h"

#include <QFileInfo>
#include <QLabel>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

TEST(MainWindowDemonstration, ABarOverEveryPageAndTheTitleSayItIsDemonstrationData)
{
    auto temp = importedPortfolio();
    ASSERT_TRUE(PortfolioService(temp->db()).markDemonstration().ok());
    temp->close();
    auto window = openWindow(temp->path(), Language::Vietnamese);
    ASSERT_TRUE(window);
    auto* bar = window->findChild<QLabel*>(QStringLiteral("demonstrationBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("DỮ LIỆU MẪU — không phải số liệu thật")))
        << bar->text().toStdString();
    EXPECT_TRUE(window->windowTitle().endsWith(QStringLiteral("DỮ LIỆU MẪU")))
        << window->windowTitle().toStdString();
    for (const Location::Page page : {Location::Page::Dashboard, Location::Page::Programs,
                                      Location::Page::Reports, Location::Page::History}) {
        window->navigate({page, {}});
        EXPECT_TRUE(bar->isVisible());
    }
    EXPECT_NE(window->windowTitle(), QStringLiteral("LoanDesk — %1").arg(QFileInfo(temp->path()).fileName()));
    saveScreenshot(window.get(), QStringLiteral("demonstration-bar"));

    // In English too.
    window->setLanguage(Language::English);
    ASSERT_TRUE(waitFor([&] { return !bar->text().startsWith(QStringLiteral("DỮ LIỆU MẪU")); }));
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("DEMONSTRATION DATA"))) << bar->text().toStdString();
    EXPECT_TRUE(window->windowTitle().endsWith(QStringLiteral("DEMONSTRATION DATA")))
        << window->windowTitle().toStdString();
}

TEST(MainWindowDemonstration, TheOfficesOwnDatabaseShowsNoMark)
{
    auto temp = importedPortfolio();
    temp->close();
    auto window = openWindow(temp->path(), Language::English);
    ASSERT_TRUE(window);
    auto* bar = window->findChild<QLabel*>(QStringLiteral("demonstrationBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("LoanDesk — %1").arg(QFileInfo(temp->path()).fileName()));
}
