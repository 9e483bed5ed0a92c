// The director's dashboard, headless: tiles follow the month, the models hold the CLI's figures, a click on a
// bar or a row opens what is behind it, back and forward retrace the way, language and unit switch at once.
#include "DashboardTestSupport.h"

#include "charts/AgeingChart.h"
#include "charts/ChartPanel.h"
#include "charts/RankedBarChart.h"
#include "common/AppSettings.h"
#include "models/BorrowerListModel.h"
#include "models/CellTableModel.h"
#include "models/ItemRoles.h"
#include "models/LoanListModel.h"
#include "models/ReportTableModel.h"
#include "models/TableFilterProxyModel.h"
#include "report/ReportBuilder.h"
#include "report/ReportOrder.h"
#include "reports/ReportsView.h"
#include "views/BorrowerLedgerView.h"
#include "views/BorrowersView.h"
#include "views/BreakdownView.h"
#include "views/DashboardView.h"
#include "views/KpiTile.h"
#include "views/LoansView.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace DashboardTestSupport;

namespace {

const QList<YearMonth> kMonths = {{2021, 1}, {2022, 5}, {2023, 2}, {2023, 8}, {2024, 2}, {2024, 6}};

QString path()
{
    return portfolio().path();
}

KpiTile* tile(MainWindow& window, const char* name)
{
    auto* found = window.findChild<KpiTile*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

Money moneyOf(const CsvTable& table, const CsvRecord& record, const QString& column)
{
    return *Money::parse(fieldOf(table, record, column), true);
}

/// Chooses @p month the way the director does: in the month combo box.
void pickMonth(MainWindow& window, YearMonth month)
{
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("monthComboBox"));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(month.key());
    ASSERT_GE(index, 0) << month.toIsoString().toStdString();
    combo->setCurrentIndex(index);
    ASSERT_TRUE(window.waitUntilIdle());
}

/// Lets the window finish its work and the objects it let go be deleted, however busy the machine is.
void settle(MainWindow& window)
{
    for (int round = 0; round < 3; ++round) {
        ASSERT_TRUE(window.waitUntilIdle());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

void doubleClickRow(QTableView* view, int row)
{
    view->scrollTo(view->model()->index(row, 0));
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

/// The proxy row whose key is @p key, or -1.
int rowOfKey(QAbstractItemModel* model, const QString& key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRoles::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

} // namespace

TEST(DashboardWindow, PickingAMonthShowsItsFiguresInTheTiles)
{
    auto window = openWindow(path(), Language::English, MoneyUnit::Dong);
    ASSERT_TRUE(window);
    // The month picker offers every month with data, latest first, and opens on the latest.
    ASSERT_FALSE(window->months().isEmpty());
    EXPECT_EQ(window->month(), window->months().front());
    const DisplayOptions& options = window->state().options;
    for (const YearMonth month : kMonths) {
        SCOPED_TRACE(month.toIsoString().toStdString());
        pickMonth(*window, month);
        const CsvTable summary = cliSummary(path(), month, Breakdown::Commune);
        const CsvRecord* total = recordOf(summary, QStringLiteral("TOTAL"));
        ASSERT_NE(total, nullptr);
        EXPECT_EQ(tile(*window, "outstandingKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("outstanding_end"))));
        EXPECT_EQ(tile(*window, "disbursedKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("disbursed"))));
        EXPECT_EQ(tile(*window, "collectedPrincipalKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("collected_principal"))));
        EXPECT_EQ(tile(*window, "collectedInterestKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("collected_interest"))));
        EXPECT_EQ(tile(*window, "overdueKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("overdue"))));
        EXPECT_EQ(tile(*window, "frozenKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("frozen"))));
        EXPECT_EQ(tile(*window, "overdueAndFrozenKpiTile")->value(),
                  options.money(moneyOf(summary, *total, QStringLiteral("overdue")) +
                                moneyOf(summary, *total, QStringLiteral("frozen"))));
        EXPECT_EQ(tile(*window, "borrowersKpiTile")->value(),
                  options.count(fieldOf(summary, *total, QStringLiteral("borrowers")).toLongLong()));
        EXPECT_TRUE(
            tile(*window, "overdueKpiTile")
                ->detail()
                .contains(options.percentWithSign(Percent::fromHundredths(qRound64(
                    fieldOf(summary, *total, QStringLiteral("overdue_ratio_pct")).toDouble() * 100)))));
        // The change against the previous month is this month's outstanding less last month's, which is
        // this month's outstanding at the start (the month before the first with data is refused).
        const Money change = moneyOf(summary, *total, QStringLiteral("outstanding_end")) -
                             moneyOf(summary, *total, QStringLiteral("outstanding_start"));
        EXPECT_TRUE(tile(*window, "outstandingKpiTile")->detail().contains(options.signedMoney(change)))
            << tile(*window, "outstandingKpiTile")->detail().toStdString();
        int communes = 0;
        for (const CsvRecord& record : summary.records) {
            if (record.fields.value(0) != QStringLiteral("TOTAL") &&
                moneyOf(summary, record, QStringLiteral("overdue")).isPositive())
                ++communes;
        }
        const qsizetype allCommunes = summary.records.size() - 1; // every commune has a row; less the TOTAL
        EXPECT_EQ(tile(*window, "communesKpiTile")->value(),
                  QStringLiteral("%1 of %2").arg(options.count(communes), options.count(allCommunes)));
    }
}

TEST(DashboardWindow, ModelsHoldExactlyTheCliSummaryForSeveralMonths)
{
    // One source of figures: what every breakdown page's model holds is what `loandesk-cli summary` prints.
    auto window = openWindow(path(), Language::Vietnamese, MoneyUnit::Dong);
    ASSERT_TRUE(window);
    using Field = ReportTableModel::Field;
    const QList<std::pair<Field, QString>> columns = {
        {Field::Borrowers, QStringLiteral("borrowers")},
        {Field::Loans, QStringLiteral("loans")},
        {Field::OutstandingStart, QStringLiteral("outstanding_start")},
        {Field::Disbursed, QStringLiteral("disbursed")},
        {Field::CollectedPrincipal, QStringLiteral("collected_principal")},
        {Field::CollectedInterest, QStringLiteral("collected_interest")},
        {Field::OutstandingEnd, QStringLiteral("outstanding_end")},
        {Field::Overdue, QStringLiteral("overdue")},
        {Field::Frozen, QStringLiteral("frozen")},
        {Field::Savings, QStringLiteral("savings")},
    };
    for (const YearMonth month : kMonths) {
        pickMonth(*window, month);
        for (const Breakdown by :
             {Breakdown::Program, Breakdown::Commune, Breakdown::Organization, Breakdown::Group}) {
            SCOPED_TRACE(QString(month.toIsoString() + u' ' + breakdownCode(by)).toStdString());
            const CsvTable summary = cliSummary(path(), month, by);
            ReportTableModel* model = window->breakdownView(by)->model();
            ASSERT_EQ(model->rowCount(), summary.records.size());
            for (int row = 0; row < model->rowCount(); ++row) {
                const bool total = model->index(row, 0).data(ItemRoles::TotalRowRole).toBool();
                const QString key = total ? QStringLiteral("TOTAL")
                                          : model->index(row, 0).data(ItemRoles::KeyRole).toString();
                const CsvRecord* record = recordOf(summary, key);
                ASSERT_NE(record, nullptr) << key.toStdString();
                // The summary's rows, in the bank's order (ReportOrder) rather than the CSV's, TOTAL last.
                if (total) {
                    EXPECT_EQ(row, model->rowCount() - 1);
                } else if (row > 0) {
                    const QString previous = model->index(row - 1, 0).data(ItemRoles::KeyRole).toString();
                    EXPECT_TRUE(ReportOrder::before(by, previous, key))
                        << previous.toStdString() << " before " << key.toStdString();
                }
                const int name = model->columnOf(Field::Name);
                if (!total && name >= 0) {
                    EXPECT_EQ(model->index(row, name).data().toString(),
                              fieldOf(summary, *record, QStringLiteral("name")));
                }
                for (const auto& [field, column] : columns) {
                    const int section = model->columnOf(field);
                    if (section < 0 || (column == QStringLiteral("savings") && by == Breakdown::Program))
                        continue;
                    EXPECT_EQ(model->index(row, section).data(ItemRoles::SortRole).toLongLong(),
                              fieldOf(summary, *record, column).toLongLong())
                        << key.toStdString() << ' ' << column.toStdString();
                }
                const int ratio = model->columnOf(Field::OverdueRatio);
                if (ratio >= 0) {
                    EXPECT_EQ(
                        model->index(row, ratio).data(ItemRoles::SortRole).toLongLong(),
                        qRound64(fieldOf(summary, *record, QStringLiteral("overdue_ratio_pct")).toDouble() *
                                 100));
                }
                // The fields a page does not show are in its model's table all the same.
                const Figures& f = total ? model->table().total.figures : model->table().rows[row].figures;
                EXPECT_EQ(f.outstandingEnd, moneyOf(summary, *record, QStringLiteral("outstanding_end")));
                EXPECT_EQ(f.collectedInterest,
                          moneyOf(summary, *record, QStringLiteral("collected_interest")));
                EXPECT_EQ(f.borrowers, fieldOf(summary, *record, QStringLiteral("borrowers")).toLongLong());
            }
        }
    }
}

TEST(DashboardWindow, ClickingAProgramBarOpensTheLoansBehindIt)
{
    auto window = openWindow(path());
    ASSERT_TRUE(window);
    pickMonth(*window, YearMonth(2023, 8));
    auto* chart = window->findChild<RankedBarChart*>(QStringLiteral("outstandingByProgramChart"));
    ASSERT_NE(chart, nullptr);
    ASSERT_FALSE(chart->bars().isEmpty());
    const QString program = chart->bars().front().key;
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barCenter(0));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->location().page, Location::Page::Loans);
    EXPECT_EQ(window->location().selection.programCode, program);
    const QList<LoanLine>& loans = window->loansView()->model()->lines();
    ASSERT_FALSE(loans.isEmpty());
    const ReportRow* row = nullptr;
    for (const ReportRow& r : window->dashboardData()->byProgram.rows) {
        if (r.key == program)
            row = &r;
    }
    ASSERT_NE(row, nullptr);
    Money outstanding;
    qint64 withBalance = 0;
    for (const LoanLine& loan : loans) {
        EXPECT_EQ(loan.programCode, program);
        outstanding += loan.figures.outstandingEnd;
        withBalance += loan.figures.outstandingEnd.isPositive() ? 1 : 0;
    }
    EXPECT_EQ(outstanding, row->figures.outstandingEnd);
    EXPECT_EQ(withBalance, row->figures.loans);
}

TEST(DashboardWindow, ClickingACommuneBarOpensItsGroupsThenAGroupItsMembersThenALedger)
{
    auto window = openWindow(path());
    ASSERT_TRUE(window);
    pickMonth(*window, YearMonth(2023, 8));
    auto* chart = window->findChild<RankedBarChart*>(QStringLiteral("overdueByCommuneChart"));
    ASSERT_NE(chart, nullptr);
    ASSERT_FALSE(chart->bars().isEmpty()) << "the fixture has overdue debt in August 2023";
    const QString commune = chart->bars().front().key;
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barCenter(0));
    ASSERT_TRUE(window->waitUntilIdle());
    ASSERT_EQ(window->location().page, Location::Page::Groups);
    EXPECT_EQ(window->location().selection.communeCode, commune);

    // The groups page lists that commune's groups only, and its TOTAL is the commune's row.
    BreakdownView* groups = window->breakdownView(Breakdown::Group);
    const ReportTable& table = groups->model()->table();
    QSet<QString> ofCommune;
    for (const Group& group : window->dashboardData()->groups) {
        if (group.communeCode == commune)
            ofCommune.insert(group.code);
    }
    ASSERT_FALSE(table.rows.isEmpty());
    for (const ReportRow& row : table.rows) {
        if (row.key != kDirectKey) {
            EXPECT_TRUE(ofCommune.contains(row.key)) << row.key.toStdString();
        }
    }
    for (const ReportRow& row : window->dashboardData()->byCommune.rows) {
        if (row.key == commune) {
            EXPECT_EQ(table.total.figures.overdue, row.figures.overdue);
        }
    }

    // The group with the most overdue debt: double-click opens its members.
    QString worst;
    Money most;
    for (const ReportRow& row : table.rows) {
        if (row.key != kDirectKey && row.figures.overdue > most) {
            most = row.figures.overdue;
            worst = row.key;
        }
    }
    ASSERT_FALSE(worst.isEmpty());
    QTableView* groupTable = groups->tableView();
    const int groupRow = rowOfKey(groupTable->model(), worst);
    ASSERT_GE(groupRow, 0);
    doubleClickRow(groupTable, groupRow);
    ASSERT_TRUE(window->waitUntilIdle());
    ASSERT_EQ(window->location().page, Location::Page::Borrowers);
    EXPECT_EQ(window->location().selection.groupCode, worst);
    BorrowersView* members = window->borrowersView();
    Money overdue;
    QString behind;
    for (const BorrowerLine& line : members->model()->lines()) {
        EXPECT_EQ(line.borrower.groupCode, worst);
        overdue += line.overdue;
        if (line.overdue.isPositive() && behind.isEmpty())
            behind = line.borrower.id;
    }
    EXPECT_EQ(overdue, most);
    ASSERT_FALSE(behind.isEmpty());

    // A member behind with payments: the ledger shows the overdue installments with their days past due.
    QTableView* memberTable = members->tableView();
    ASSERT_NE(memberTable, nullptr);
    const int memberRow = rowOfKey(memberTable->model(), behind);
    ASSERT_GE(memberRow, 0);
    doubleClickRow(memberTable, memberRow);
    ASSERT_TRUE(window->waitUntilIdle());
    ASSERT_EQ(window->location().page, Location::Page::Ledger);
    BorrowerLedgerView* ledger = window->ledgerView();
    ASSERT_TRUE(ledger->ledger().has_value());
    EXPECT_EQ(ledger->ledger()->borrower.id, behind);
    EXPECT_TRUE(ledger->ledger()->total.overdue.isPositive());
    bool overdueInstallment = false;
    for (const CellTableModel::Row& row : ledger->installmentsModel()->rows())
        overdueInstallment =
            overdueInstallment || (!row.value(5).text.isEmpty() && row.value(5).sortValue.toLongLong() > 0);
    EXPECT_TRUE(overdueInstallment) << "the loan opened first is the one with overdue debt";

    // Back and forward, like a browser.
    window->goBack();
    EXPECT_EQ(window->location().page, Location::Page::Borrowers);
    window->goBack();
    EXPECT_EQ(window->location().page, Location::Page::Groups);
    EXPECT_EQ(window->location().selection.communeCode, commune);
    window->goBack();
    EXPECT_EQ(window->location().page, Location::Page::Dashboard);
    window->goForward();
    EXPECT_EQ(window->location().page, Location::Page::Groups);
    ASSERT_TRUE(window->waitUntilIdle());
    window->goForward();
    EXPECT_EQ(window->location().page, Location::Page::Borrowers);
    EXPECT_EQ(window->location().selection.groupCode, worst);
}

TEST(DashboardWindow, DoubleClickingAProgramRowOpensItsLoans)
{
    auto window = openWindow(path());
    ASSERT_TRUE(window);
    window->navigate({Location::Page::Programs, {}});
    auto* list = window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->currentRow(), 1);
    QTableView* table = window->breakdownView(Breakdown::Program)->tableView();
    ASSERT_GT(table->model()->rowCount(), 1);
    const QString program = table->model()->index(0, 0).data(ItemRoles::KeyRole).toString();
    doubleClickRow(table, 0);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->location().page, Location::Page::Loans);
    EXPECT_EQ(window->location().selection.programCode, program);
    ASSERT_FALSE(window->loansView()->model()->lines().isEmpty());
    for (const LoanLine& loan : window->loansView()->model()->lines())
        EXPECT_EQ(loan.programCode, program);
}

TEST(DashboardWindow, SwitchingLanguageTranslatesLabelsAndFormatsNumbers)
{
    auto window = openWindow(path(), Language::English, MoneyUnit::Dong);
    ASSERT_TRUE(window);
    auto* list = window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Dashboard"));
    const Money outstanding = window->dashboardData()->total.outstandingEnd;
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->value(),
              QLocale(QLocale::English).toString(outstanding.dong()));

    auto* french = window->findChild<QAction*>(QStringLiteral("frenchAction"));
    ASSERT_NE(french, nullptr);
    french->trigger();
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Tableau de bord"));
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->title(), QStringLiteral("Encours"));
    // French groups digits with a narrow no-break space.
    EXPECT_TRUE(tile(*window, "outstandingKpiTile")->value().contains(QChar(0x202F)));
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->value(),
              outstanding.format(QLocale(QLocale::French, QLocale::France)));
    auto* monthLabel = window->findChild<QLabel*>(QStringLiteral("monthLabel"));
    EXPECT_EQ(monthLabel->text(), QStringLiteral("&Mois :"));

    auto* vietnamese = window->findChild<QAction*>(QStringLiteral("vietnameseAction"));
    vietnamese->trigger();
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Tổng quan"));
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->title(), QStringLiteral("Dư nợ"));
    EXPECT_EQ(tile(*window, "overdueKpiTile")->title(), QStringLiteral("Nợ quá hạn"));
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->value(),
              QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(outstanding.dong()));
    EXPECT_TRUE(tile(*window, "outstandingKpiTile")->value().contains(u'.'));
    // Names of programs come in the chosen language from the catalogue, with full diacritics.
    ReportTableModel* programs = window->breakdownView(Breakdown::Program)->model();
    QStringList names;
    for (int row = 0; row < programs->rowCount(); ++row)
        names << programs->index(row, programs->columnOf(ReportTableModel::Field::Name)).data().toString();
    EXPECT_TRUE(names.contains(QStringLiteral("Cho vay hộ mới thoát nghèo")))
        << names.join(u'|').toStdString();
    // The status line names the database and the day of the figures.
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("số liệu đến ngày")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(
        window->month().lastDay().toString(QStringLiteral("dd/MM/yyyy"))));
}

TEST(DashboardWindow, UnitAndFilterApplyToTilesTablesAndCharts)
{
    auto window = openWindow(path(), Language::Vietnamese, MoneyUnit::Dong);
    ASSERT_TRUE(window);
    pickMonth(*window, YearMonth(2023, 8));
    auto* unit = window->findChild<QComboBox*>(QStringLiteral("unitComboBox"));
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->count(), 4);
    EXPECT_EQ(unit->itemText(2), QStringLiteral("triệu đồng"));
    unit->setCurrentIndex(unit->findData(static_cast<int>(MoneyUnit::MillionDong)));
    ASSERT_TRUE(window->waitUntilIdle());
    const Money outstanding = window->dashboardData()->total.outstandingEnd;
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->value(),
              outstanding.format(vi, MoneyUnit::MillionDong, 2));
    auto* chart = window->findChild<RankedBarChart*>(QStringLiteral("outstandingByProgramChart"));
    EXPECT_EQ(chart->bars().front().label, chart->bars().front().value.format(vi, MoneyUnit::MillionDong, 2));

    // A commune filter: every figure is the report core's summary narrowed to that commune.
    auto* commune = window->findChild<QComboBox*>(QStringLiteral("communeComboBox"));
    ASSERT_NE(commune, nullptr);
    const int index = commune->findData(QStringLiteral("13324"));
    ASSERT_GE(index, 0);
    commune->setCurrentIndex(index);
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->filter().communeCode, QStringLiteral("13324"));
    auto expected =
        ReportBuilder(portfolio().db())
            .summary(YearMonth(2023, 8), Breakdown::Program, {QStringLiteral("13324"), QString()});
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(window->dashboardData()->total.outstandingEnd, expected->total.figures.outstandingEnd);
    EXPECT_EQ(tile(*window, "outstandingKpiTile")->value(),
              expected->total.figures.outstandingEnd.format(vi, MoneyUnit::MillionDong, 2));
    EXPECT_EQ(window->breakdownView(Breakdown::Commune)->model()->table().rows.size(), 1);
    window->navigate({Location::Page::Loans, {}});
    ASSERT_TRUE(window->waitUntilIdle());
    ASSERT_FALSE(window->loansView()->model()->lines().isEmpty());
    for (const LoanLine& loan : window->loansView()->model()->lines())
        EXPECT_EQ(loan.communeCode, QStringLiteral("13324"));
}

TEST(DashboardWindow, LoadingRunsOffTheUiThreadWithABusyIndicator)
{
    auto window = openWindow(path());
    ASSERT_TRUE(window);
    auto* busy = window->findChild<QProgressBar*>(QStringLiteral("busyProgressBar"));
    ASSERT_NE(busy, nullptr);
    EXPECT_FALSE(busy->isVisible());
    window->setMonth(YearMonth(2022, 5));
    // The call returns at once; the figures arrive later.
    EXPECT_TRUE(window->isBusy());
    EXPECT_TRUE(busy->isVisible());
    EXPECT_NE(window->dashboardData()->month, YearMonth(2022, 5));
    // A second change before the first finished: only the last one's figures are shown.
    window->setMonth(YearMonth(2023, 2));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_FALSE(busy->isVisible());
    EXPECT_EQ(window->dashboardData()->month, YearMonth(2023, 2));
}

TEST(DashboardWindow, RemembersLanguageUnitAndMonth)
{
    portfolio(); // also gives this program settings of its own
    QSettings().clear();
    {
        auto window = openWindow(path(), Language::English, MoneyUnit::Dong);
        ASSERT_TRUE(window);
        window->setRememberSettings(true);
        window->setLanguage(Language::French);
        window->setUnit(MoneyUnit::BillionDong);
        window->setMonth(YearMonth(2023, 2));
        window->resize(1300, 820);
        ASSERT_TRUE(window->waitUntilIdle());
        window->close();
    }
    EXPECT_EQ(AppSettings::language(), Language::French);
    EXPECT_EQ(AppSettings::unit(), MoneyUnit::BillionDong);
    EXPECT_FALSE(AppSettings::windowGeometry().isEmpty());
    auto database = Database::open(path());
    ASSERT_TRUE(database.ok());
    MainWindow reopened(std::move(database).value());
    reopened.setRememberSettings(false);
    EXPECT_EQ(reopened.state().options.language, Language::French);
    EXPECT_EQ(reopened.state().options.unit, MoneyUnit::BillionDong);
    EXPECT_EQ(reopened.month(), YearMonth(2023, 2));
    EXPECT_EQ(reopened.size(), QSize(1300, 820));
    EXPECT_TRUE(reopened.waitUntilIdle());
    QSettings().clear();
    reopened.setLanguage(Language::English);
}

TEST(DashboardWindow, VietnameseTextHasGlyphsInTheFont)
{
    // Without a font that covers Vietnamese Qt draws empty boxes and says nothing: check the coverage.
    const QString text =
        QStringLiteral("Dư nợ quá hạn Tổ TK&VV Phường Hòa Mạc Xã Mộc Bắc Hội Liên hiệp Phụ nữ ₫");
    const QFontMetrics metrics{QFont()};
    for (const char32_t c : text.toUcs4())
        EXPECT_TRUE(metrics.inFontUcs4(c)) << "U+" << std::hex << static_cast<unsigned>(c);
}

namespace {

/// The texts drawn in every chart of the window (axis labels, titles, bar names and values), by chart.
QMap<QString, QStringList> chartTexts(MainWindow& window)
{
    QMap<QString, QStringList> texts;
    for (ChartPanel* panel : window.findChildren<ChartPanel*>()) {
        if (!panel->isVisible())
            continue;
        QStringList shown;
        for (QGraphicsItem* item : panel->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                shown.append(simple->text());
            else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
                shown.append(rich->toPlainText());
        }
        shown.sort();
        texts.insert(panel->objectName(), shown);
    }
    return texts;
}

} // namespace

TEST(DashboardWindow, ChartsDrawOnlyTheirCurrentAxesAfterChanges)
{
    auto window = openWindow(path(), Language::Vietnamese, MoneyUnit::MillionDong);
    ASSERT_TRUE(window);
    pickMonth(*window, YearMonth(2023, 8));
    // Qt Charts deletes a removed axis's items when control returns to the event loop, as in the program.
    settle(*window);
    const QMap<QString, QStringList> first = chartTexts(*window);
    ASSERT_EQ(first.size(), 6);
    // Another month, unit, language and filter, then back: every chart shows the same texts as at first,
    // nothing left over from the charts drawn in between.
    pickMonth(*window, YearMonth(2023, 2));
    window->setUnit(MoneyUnit::ThousandDong);
    window->setLanguage(Language::French);
    window->setFilter({QStringLiteral("13324"), QString()});
    ASSERT_TRUE(window->waitUntilIdle());
    window->setFilter({});
    window->setLanguage(Language::Vietnamese);
    window->setUnit(MoneyUnit::MillionDong);
    pickMonth(*window, YearMonth(2023, 8));
    settle(*window);
    const QMap<QString, QStringList> again = chartTexts(*window);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        EXPECT_EQ(again.value(it.key()), it.value()) << it.key().toStdString();
}

TEST(DashboardWindow, AMonthChosenOnTheReportsPageIsTheWindowsMonth)
{
    auto window = openWindow(path(), Language::Vietnamese, MoneyUnit::MillionDong);
    ASSERT_TRUE(window);
    window->navigate({Location::Page::Reports, {}});
    ASSERT_TRUE(window->waitUntilIdle());
    auto* edit = window->findChild<QDateEdit*>(QStringLiteral("monthEdit"));
    ASSERT_NE(edit, nullptr);
    // The page offers the months with data, as the window's month box does.
    EXPECT_EQ(YearMonth::fromDate(edit->maximumDate()), window->months().front());
    EXPECT_EQ(YearMonth::fromDate(edit->minimumDate()), window->months().back());
    edit->setDate(QDate(2023, 2, 1));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(window->month(), YearMonth(2023, 2));
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("monthComboBox"));
    EXPECT_EQ(combo->currentData().toInt(), YearMonth(2023, 2).key());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("28/02/2023")))
        << window->statusBar()->currentMessage().toStdString();
    auto* reports = window->findChild<ReportsView*>(QStringLiteral("reportsView"));
    ASSERT_NE(reports, nullptr);
    EXPECT_EQ(reports->request().month, YearMonth(2023, 2));
}

TEST(DashboardWindow, AChartsMessageStaysInsideANarrowChart)
{
    AgeingChart chart;
    chart.resize(170, 240);
    chart.show();
    ReportTable nothing;
    nothing.asOf = QDate(2023, 8, 31);
    DisplayOptions options;
    options.language = Language::Vietnamese;
    chart.setAgeing(nothing, options);
    QTest::qWait(20);
    const QRectF inside = chart.chart()->rect();
    bool found = false;
    for (QGraphicsItem* item : chart.scene()->items()) {
        auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
        if (!text || !text->isVisible() || !text->text().contains(QStringLiteral("31")))
            continue;
        found = true;
        const QRectF box = text->sceneBoundingRect();
        EXPECT_TRUE(inside.contains(box)) << text->text().toStdString();
        EXPECT_TRUE(text->text().contains(u'\n')) << text->text().toStdString();
    }
    EXPECT_TRUE(found);
}
