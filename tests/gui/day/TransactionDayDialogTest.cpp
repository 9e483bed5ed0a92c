// The commune transaction day on a fresh copy of portfolio-small: the grid shows what CollectionSheetBuilder
// proposes, amounts are typed by keyboard only (Enter down, Tab across, Ctrl+D as proposed) with running
// totals, a save posts them all in one batch and the month's summary changes by exactly what was typed; a
// refused row writes nothing; the collection list prints the members, the group totals and the signatures.
#include "PdfTools.h"
#include "WritePathTestSupport.h"

#include "common/MoneyEdit.h"
#include "common/Translations.h"
#include "day/AmountDelegate.h"
#include "day/TransactionDayDialog.h"
#include "day/TransactionDayModel.h"
#include "day/TransactionDayView.h"
#include "print/CollectionListDocument.h"
#include "print/ReportSettings.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "report/CollectionSheet.h"
#include "report/ReportBuilder.h"
#include "service/PortfolioService.h"

#include <QApplication>
#include <QBrush>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace WritePathTestSupport;

namespace {

const QString kCommune = QStringLiteral("13324"); // Phường Hòa Mạc: one group of some twenty members
const QDate kDay(2024, 6, 28);
const YearMonth kMonth(2024, 6);

DisplayOptions english()
{
    DisplayOptions options;
    options.language = Language::English;
    return options;
}

/// Types @p text key by key into whatever has the focus.
void typeKeys(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, c.toLatin1());
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr);
    QTest::keyClick(target, key, modifiers);
    // The delegate closes its editor on Enter through a queued call.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

Figures summaryOf(Database& database)
{
    auto table = ReportBuilder(database).summary(kMonth, Breakdown::Commune, {kCommune, {}});
    EXPECT_TRUE(table.ok()) << (table ? std::string() : table.error().message.toStdString());
    return table ? table->total.figures : Figures{};
}

class TransactionDayDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Translations::install(Language::English);
        m_temp = importedPortfolio();
    }

    std::unique_ptr<TransactionDayDialog> openDialog(DisplayOptions options = english())
    {
        auto dialog = std::make_unique<TransactionDayDialog>(m_temp->db(), options);
        dialog->show();
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        EXPECT_TRUE(dialog->load(kCommune, kDay));
        return dialog;
    }

    std::unique_ptr<TempDatabase> m_temp;
};

} // namespace

TEST_F(TransactionDayDialogTest, TheGridShowsWhatTheCollectionSheetProposes)
{
    auto dialog = openDialog();
    auto sheet = CollectionSheetBuilder(m_temp->db()).build(kCommune, kDay);
    ASSERT_TRUE(sheet.ok());
    ASSERT_FALSE(sheet->groups.isEmpty());
    EXPECT_GE(sheet->totals.members, 15);
    const TransactionDayModel* model = dialog->model();
    const DisplayOptions options = english();
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };

    int row = 0;
    for (const CollectionSheet::GroupSheet& group : sheet->groups) {
        ASSERT_EQ(model->rowKind(row), TransactionDayModel::RowKind::Group);
        EXPECT_TRUE(text(row, TransactionDayModel::MemberColumn).contains(group.group.name));
        EXPECT_TRUE(text(row, TransactionDayModel::MemberColumn).contains(group.group.leaderName));
        EXPECT_EQ(text(row, TransactionDayModel::OutstandingColumn), options.money(group.totals.outstanding));
        EXPECT_EQ(text(row, TransactionDayModel::PrincipalDueColumn),
                  options.money(group.totals.principalDue));
        EXPECT_EQ(text(row, TransactionDayModel::InterestColumn), options.money(group.totals.interest));
        EXPECT_EQ(text(row, TransactionDayModel::SavingsColumn), options.money(group.totals.savings));
        ++row;
        for (const CollectionSheet::Member& member : group.members) {
            EXPECT_EQ(text(row, TransactionDayModel::MemberColumn), member.fullName);
            EXPECT_EQ(text(row, TransactionDayModel::SavingsColumn), options.money(member.savings));
            EXPECT_TRUE(model->isEditable(row, TransactionDayModel::SavingsDepositColumn));
            if (member.loans.isEmpty()) {
                EXPECT_FALSE(model->isEditable(row, TransactionDayModel::CollectedPrincipalColumn));
                ++row;
                continue;
            }
            for (const CollectionSheet::Loan& loan : member.loans) {
                SCOPED_TRACE(loan.loanNo.toStdString());
                EXPECT_EQ(text(row, TransactionDayModel::LoanColumn), loan.loanNo);
                EXPECT_EQ(text(row, TransactionDayModel::OutstandingColumn),
                          options.money(loan.proposal.outstanding));
                EXPECT_EQ(text(row, TransactionDayModel::PrincipalDueColumn),
                          options.money(loan.proposal.principalDue));
                EXPECT_EQ(text(row, TransactionDayModel::InterestColumn),
                          options.money(loan.proposal.interest));
                EXPECT_TRUE(model->isEditable(row, TransactionDayModel::CollectedPrincipalColumn));
                EXPECT_TRUE(model->isEditable(row, TransactionDayModel::CollectedInterestColumn));
                ++row;
            }
        }
    }
    ASSERT_EQ(model->rowKind(row), TransactionDayModel::RowKind::Total);
    EXPECT_EQ(text(row, TransactionDayModel::OutstandingColumn), options.money(sheet->totals.outstanding));
    EXPECT_EQ(row + 1, model->rowCount());

    // Focus starts in the grid, on the first cell that takes typing.
    EXPECT_EQ(QApplication::focusWidget(), dialog->view());
    EXPECT_EQ(dialog->view()->currentIndex().row(), 1);
    EXPECT_EQ(dialog->view()->currentIndex().column(), TransactionDayModel::CollectedPrincipalColumn);
}

TEST_F(TransactionDayDialogTest, TypedAmountsSaveInOneBatchAndTheSummaryChangesByExactlyThem)
{
    auto dialog = openDialog();
    TransactionDayModel* model = dialog->model();
    TransactionDayView* view = dialog->view();
    const Figures before = summaryOf(m_temp->db());

    // Row 1: the first member's first loan. Principal, Tab, interest, Tab, savings, Tab.
    const int first = view->currentIndex().row();
    typeKeys(QStringLiteral("1500000"));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("1,500,000")); // grouped as it is typed
    press(Qt::Key_Tab);
    EXPECT_EQ(view->currentIndex(), model->index(first, TransactionDayModel::CollectedInterestColumn));
    typeKeys(QStringLiteral("12345"));
    press(Qt::Key_Tab);
    EXPECT_EQ(view->currentIndex(), model->index(first, TransactionDayModel::SavingsDepositColumn));
    typeKeys(QStringLiteral("200000"));
    press(Qt::Key_Tab);
    // On to the next row that takes typing, first editable column.
    const QModelIndex second = view->currentIndex();
    EXPECT_GT(second.row(), first);
    EXPECT_TRUE(model->isEditable(second.row(), second.column()));
    EXPECT_EQ(model->typed(first, TransactionDayModel::CollectedPrincipalColumn), Money::fromDong(1500000));
    EXPECT_EQ(model->typed(first, TransactionDayModel::CollectedInterestColumn), Money::fromDong(12345));
    EXPECT_EQ(model->typed(first, TransactionDayModel::SavingsDepositColumn), Money::fromDong(200000));

    // Enter moves down the column: the interest of the next two loan rows.
    const int loanRow =
        model->isEditable(second.row(), TransactionDayModel::CollectedInterestColumn)
            ? second.row()
            : view->nextDown(model->index(second.row(), TransactionDayModel::CollectedInterestColumn)).row();
    view->setCurrentIndex(model->index(loanRow, TransactionDayModel::CollectedInterestColumn));
    typeKeys(QStringLiteral("30000"));
    press(Qt::Key_Enter);
    const QModelIndex below = view->currentIndex();
    EXPECT_EQ(below.column(), TransactionDayModel::CollectedInterestColumn);
    EXPECT_EQ(below, view->nextDown(model->index(loanRow, TransactionDayModel::CollectedInterestColumn)));
    EXPECT_GT(below.row(), loanRow);
    EXPECT_EQ(model->typed(loanRow, TransactionDayModel::CollectedInterestColumn), Money::fromDong(30000));

    // Ctrl+D fills that row as proposed.
    press(Qt::Key_D, Qt::ControlModifier);
    const Money proposedPrincipal =
        Money::fromDong(model->index(below.row(), TransactionDayModel::PrincipalDueColumn)
                            .data()
                            .toString()
                            .remove(u',')
                            .toLongLong());
    const Money proposedInterest =
        Money::fromDong(model->index(below.row(), TransactionDayModel::InterestColumn)
                            .data()
                            .toString()
                            .remove(u',')
                            .toLongLong());
    EXPECT_EQ(model->typed(below.row(), TransactionDayModel::CollectedPrincipalColumn), proposedPrincipal);
    EXPECT_EQ(model->typed(below.row(), TransactionDayModel::CollectedInterestColumn), proposedInterest);

    // Running totals: the group's row and the commune's.
    const Money principal = Money::fromDong(1500000) + proposedPrincipal;
    const Money interest = Money::fromDong(12345 + 30000) + proposedInterest;
    const Money savings = Money::fromDong(200000);
    EXPECT_EQ(model->collected().principal, principal);
    EXPECT_EQ(model->collected().interest, interest);
    EXPECT_EQ(model->collected().savings, savings);
    const DisplayOptions options = english();
    EXPECT_EQ(model->index(0, TransactionDayModel::CollectedPrincipalColumn).data().toString(),
              options.money(principal));
    EXPECT_EQ(
        model->index(model->rowCount() - 1, TransactionDayModel::CollectedInterestColumn).data().toString(),
        options.money(interest));
    const auto* totals = dialog->findChild<QLabel*>(QStringLiteral("totalsLabel"));
    ASSERT_NE(totals, nullptr);
    EXPECT_TRUE(totals->text().contains(options.money(principal)));
    // A collected amount below what is due is amber.
    const Money firstDue = Money::fromDong(
        model->index(first, TransactionDayModel::InterestColumn).data().toString().remove(u',').toLongLong());
    ASSERT_LT(Money::fromDong(12345), firstDue);
    EXPECT_EQ(model->index(first, TransactionDayModel::CollectedInterestColumn)
                  .data(Qt::BackgroundRole)
                  .value<QBrush>()
                  .color(),
              TransactionDayModel::lessColour());
    const QStringList loans = {model->index(first, TransactionDayModel::LoanColumn).data().toString(),
                               model->index(loanRow, TransactionDayModel::LoanColumn).data().toString(),
                               model->index(below.row(), TransactionDayModel::LoanColumn).data().toString()};
    const QString saver = model->sheet().groups.at(0).members.at(0).borrowerId;

    // Save by keyboard: one batch.
    bool savedSignal = false;
    QObject::connect(dialog.get(), &TransactionDayDialog::saved, [&savedSignal] { savedSignal = true; });
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(savedSignal)
        << dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().toStdString();
    EXPECT_FALSE(dialog->hasUnsavedTyping());

    const Figures after = summaryOf(m_temp->db());
    EXPECT_EQ(after.outstandingEnd, before.outstandingEnd - principal);
    EXPECT_EQ(after.collectedPrincipal, before.collectedPrincipal + principal);
    EXPECT_EQ(after.collectedInterest, before.collectedInterest + interest);
    EXPECT_EQ(after.savings, before.savings + savings);

    auto repayments = RepaymentRepository(m_temp->db()).of(loans);
    ASSERT_TRUE(repayments.ok());
    Money dayPrincipal;
    Money dayInterest;
    int onTheDay = 0;
    for (const Repayment& repayment : *repayments) {
        if (repayment.paidOn == kDay) {
            ++onTheDay;
            dayPrincipal += repayment.principal;
            dayInterest += repayment.interest;
        }
    }
    EXPECT_EQ(onTheDay, 3);
    EXPECT_EQ(dayPrincipal, principal);
    EXPECT_EQ(dayInterest, interest);
    auto entries = SavingsRepository(m_temp->db()).of({saver});
    ASSERT_TRUE(entries.ok());
    EXPECT_TRUE(std::any_of(entries->cbegin(), entries->cend(), [](const SavingsEntry& entry) {
        return entry.on == kDay && entry.amount == Money::fromDong(200000);
    }));

    // The grid is built again: the first loan's outstanding is lower by what was collected.
    auto sheet = CollectionSheetBuilder(m_temp->db()).build(kCommune, kDay);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(model->sheet().totals.outstanding, sheet->totals.outstanding);
    EXPECT_EQ(sheet->groups.at(0).members.at(0).savings, model->sheet().groups.at(0).members.at(0).savings);
}

TEST_F(TransactionDayDialogTest, ARefusedRowIsShownAndNothingIsWritten)
{
    auto dialog = openDialog();
    TransactionDayModel* model = dialog->model();
    TransactionDayView* view = dialog->view();
    const Figures before = summaryOf(m_temp->db());

    // A valid interest on the first row, a repayment above the outstanding balance on the next loan row.
    const int first = view->currentIndex().row();
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("10000"));
    press(Qt::Key_Enter);
    const int next = view->nextDown(model->index(first, TransactionDayModel::CollectedPrincipalColumn)).row();
    ASSERT_GT(next, first);
    view->setCurrentIndex(model->index(next, TransactionDayModel::CollectedPrincipalColumn));
    const qint64 outstanding = model->index(next, TransactionDayModel::OutstandingColumn)
                                   .data()
                                   .toString()
                                   .remove(u',')
                                   .toLongLong();
    typeKeys(QString::number(outstanding + 1000000));
    press(Qt::Key_Enter);
    ASSERT_TRUE(dialog->hasUnsavedTyping());

    EXPECT_FALSE(dialog->save());
    EXPECT_FALSE(model->problemsOf(next).isEmpty());
    EXPECT_TRUE(model->problemsOf(first).isEmpty());
    EXPECT_EQ(model->index(next, TransactionDayModel::MemberColumn)
                  .data(Qt::BackgroundRole)
                  .value<QBrush>()
                  .color(),
              TransactionDayModel::refusedColour());
    EXPECT_FALSE(model->index(next, 0).data(Qt::ToolTipRole).toString().isEmpty());
    const auto* problems = dialog->findChild<QListWidget*>(QStringLiteral("problemsListWidget"));
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->isVisibleTo(dialog.get()));
    ASSERT_GE(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(
        model->index(next, TransactionDayModel::LoanColumn).data().toString()));
    EXPECT_EQ(view->currentIndex().row(), next);

    // Nothing at all was written, the valid row neither.
    const Figures after = summaryOf(m_temp->db());
    EXPECT_EQ(after, before);
    auto repayments = RepaymentRepository(m_temp->db())
                          .of({model->index(first, TransactionDayModel::LoanColumn).data().toString()});
    ASSERT_TRUE(repayments.ok());
    for (const Repayment& repayment : *repayments)
        EXPECT_NE(repayment.paidOn, kDay);
    // The typing stays, to be corrected; closing asks first.
    EXPECT_TRUE(dialog->hasUnsavedTyping());
    TransactionDayDialog::setNextAnswer(QMessageBox::Cancel);
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    TransactionDayDialog::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(TransactionDayDialogTest, ADayInAClosedMonthIsRefusedOnItsRowsAndWritesNothing)
{
    PortfolioService service(m_temp->db(),
                             actor(QStringLiteral("accountant"), QDateTime(QDate(2024, 7, 2), QTime(9, 0))));
    ASSERT_TRUE(service.closeMonthsThrough(kMonth).ok()) << service.problems().size();
    auto dialog = openDialog();
    TransactionDayModel* model = dialog->model();
    const Figures before = summaryOf(m_temp->db());
    const int first = dialog->view()->currentIndex().row();
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("10000"));
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("-5000"));
    press(Qt::Key_Enter);
    EXPECT_EQ(model->typed(first, TransactionDayModel::SavingsDepositColumn), Money::fromDong(-5000));
    EXPECT_FALSE(dialog->save());
    ASSERT_FALSE(model->problemsOf(first).isEmpty());
    EXPECT_TRUE(model->problemsOf(first).join(u' ').contains(QStringLiteral("paid_on")));
    EXPECT_TRUE(model->problemsOf(first).join(u' ').contains(QStringLiteral("on:")));
    EXPECT_EQ(summaryOf(m_temp->db()), before);
    TransactionDayDialog::setNextAnswer(QMessageBox::Discard);
}

TEST_F(TransactionDayDialogTest, AWithdrawalBeyondTheSavingsIsRefused)
{
    auto dialog = openDialog();
    TransactionDayModel* model = dialog->model();
    const int first = dialog->view()->currentIndex().row();
    const Money balance = model->sheet().groups.at(0).members.at(0).savings;
    const Figures before = summaryOf(m_temp->db());
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    ASSERT_EQ(dialog->view()->currentIndex().column(), TransactionDayModel::SavingsDepositColumn);
    typeKeys(QStringLiteral("-") + (balance + Money::fromDong(1000)).toPlainString());
    press(Qt::Key_Enter);
    EXPECT_EQ(model->typed(first, TransactionDayModel::SavingsDepositColumn),
              -(balance + Money::fromDong(1000)));
    EXPECT_FALSE(dialog->save());
    EXPECT_FALSE(model->problemsOf(first).isEmpty());
    EXPECT_EQ(summaryOf(m_temp->db()), before);
    TransactionDayDialog::setNextAnswer(QMessageBox::Discard);
}

TEST_F(TransactionDayDialogTest, EverythingIsInDongWhateverTheWindowsUnit)
{
    DisplayOptions millions = english();
    millions.unit = MoneyUnit::MillionDong;
    auto dialog = openDialog(millions);
    auto sheet = CollectionSheetBuilder(m_temp->db()).build(kCommune, kDay);
    ASSERT_TRUE(sheet.ok());
    const DisplayOptions dong = english();
    const auto* totals = dialog->findChild<QLabel*>(QStringLiteral("totalsLabel"));
    ASSERT_NE(totals, nullptr);
    // The commune's interest proposed, to the đồng, in the line under the grid and in the commune's row.
    EXPECT_TRUE(totals->text().contains(dong.money(sheet->totals.interest))) << totals->text().toStdString();
    const TransactionDayModel* model = dialog->model();
    EXPECT_EQ(model->index(model->rowCount() - 1, TransactionDayModel::InterestColumn).data().toString(),
              dong.money(sheet->totals.interest));
}

TEST(AmountDelegate, GroupsDigitsInTheLocale)
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const auto typed = [&vi](const QString& keys, bool allowNegative) {
        MoneyEdit edit;
        edit.setLocale(vi);
        edit.setAllowNegative(allowNegative);
        QTest::keyClicks(&edit, keys);
        return edit.text();
    };
    EXPECT_EQ(typed(QStringLiteral("1500000"), false), QStringLiteral("1.500.000"));
    EXPECT_EQ(typed(QStringLiteral("-20000"), true), QStringLiteral("-20.000"));
    EXPECT_EQ(typed(QStringLiteral("-20000"), false), QStringLiteral("20.000"));
    EXPECT_EQ(typed(QStringLiteral("1.5a00"), false), QStringLiteral("1.500"));
}

TEST_F(TransactionDayDialogTest, TheCollectionListPrintsMembersGroupTotalsAndSignatures)
{
    auto sheet = CollectionSheetBuilder(m_temp->db()).build(QStringLiteral("13321"), kDay);
    ASSERT_TRUE(sheet.ok());
    ASSERT_EQ(sheet->groups.size(), 2);
    CollectionListDocument document(*sheet, english(), ReportSettings::load(m_temp->db()));
    const QString pdf = m_temp->filePath(QStringLiteral("list.pdf"));
    ASSERT_TRUE(document.writePdf(pdf).ok());
    EXPECT_EQ(PdfTools::pageCount(pdf), document.pageCount());
    EXPECT_GE(document.pageCount(), 2); // each group on its own page
    const QString text = PdfTools::flat(pdf);
    const DisplayOptions options = english();
    for (const CollectionSheet::GroupSheet& group : sheet->groups) {
        SCOPED_TRACE(group.group.code.toStdString());
        EXPECT_TRUE(text.contains(group.group.leaderName));
        EXPECT_TRUE(text.contains(options.money(group.totals.outstanding)));
        EXPECT_TRUE(text.contains(options.money(group.totals.interest)));
        EXPECT_TRUE(text.contains(options.money(group.totals.savings)));
        for (const CollectionSheet::Member& member : group.members)
            EXPECT_TRUE(text.contains(member.fullName)) << member.fullName.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("GROUP LEADER")));
    EXPECT_TRUE(text.contains(QStringLiteral("CREDIT OFFICER")));
    EXPECT_TRUE(text.contains(sheet->communeName));
    EXPECT_TRUE(text.contains(QStringLiteral("28/06/2024")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1/%1").arg(document.pageCount())));

    // Each group starts on a page of its own.
    const QString firstPage = PdfTools::flat(pdf, 1);
    EXPECT_TRUE(firstPage.contains(sheet->groups.at(0).group.name));
    EXPECT_FALSE(firstPage.contains(sheet->groups.at(1).group.name));

    // In Vietnamese, from the dialog.
    DisplayOptions vi;
    vi.language = Language::Vietnamese;
    auto dialog = openDialog(vi);
    const QString viPdf = m_temp->filePath(QStringLiteral("danh-sach.pdf"));
    ASSERT_TRUE(dialog->saveCollectionListPdf(viPdf));
    const QString viText = PdfTools::flat(viPdf);
    EXPECT_TRUE(viText.contains(QStringLiteral("TỔ TRƯỞNG")));
    EXPECT_TRUE(viText.contains(QStringLiteral("CÁN BỘ TÍN DỤNG")));
    EXPECT_TRUE(viText.contains(QStringLiteral("DANH SÁCH THU NỢ, THU LÃI, TIỀN GỬI TIẾT KIỆM")));
    EXPECT_TRUE(viText.contains(vi.money(dialog->model()->sheet().totals.outstanding)));
}

TEST_F(TransactionDayDialogTest, Screenshots)
{
    const QString folder = qEnvironmentVariable("LOANDESK_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        GTEST_SKIP() << "set LOANDESK_TEST_SCREENSHOTS to a folder to write the pictures";
    Translations::install(Language::Vietnamese);
    DisplayOptions vi;
    vi.language = Language::Vietnamese;
    auto dialog = openDialog(vi);
    dialog->resize(1360, 820);
    typeKeys(QStringLiteral("2000000"));
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("85000"));
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("100000"));
    press(Qt::Key_Tab);
    press(Qt::Key_D, Qt::ControlModifier);
    press(Qt::Key_Tab);
    typeKeys(QStringLiteral("50000"));
    press(Qt::Key_Enter);
    QCoreApplication::processEvents();
    saveScreenshot(dialog.get(), QStringLiteral("entry-transaction-day"));

    const QString pdf = m_temp->filePath(QStringLiteral("collection-list.pdf"));
    ASSERT_TRUE(dialog->saveCollectionListPdf(pdf));
    const QString prefix = QDir(folder).filePath(QStringLiteral("collection-list"));
    PdfTools::run(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                   QStringLiteral("-singlefile"), pdf, prefix});
    EXPECT_TRUE(QFile::exists(prefix + QStringLiteral(".png")));
    dialog->setNextAnswer(QMessageBox::Discard);
    Translations::install(Language::English);
}
