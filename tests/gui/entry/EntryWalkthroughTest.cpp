// A credit officer's first day on a new database, through the main window's menus as a new user finds them:
// the welcome page of an empty database, a commune and a group registered from the Entry menu, a household in
// it, an NSVS loan with a quarterly schedule, its first repayment with the proposed interest, the figures on
// the dashboard, and the repayment reversed from the ledger with a reason — every step saved through the
// write service, shown at once by every page and recorded in the audit trail.
#include "WritePathTestSupport.h"

#include "entry/EntryMenu.h"
#include "entry/LoanDialog.h"
#include "entry/RepaymentDialog.h"
#include "entry/ReverseEntryDialog.h"
#include "file/WelcomePage.h"
#include "models/CellTableModel.h"
#include "registers/BorrowerDialog.h"
#include "registers/CommuneDialog.h"
#include "registers/GroupDialog.h"
#include "registers/GroupRegisterDialog.h"
#include "repo/AuditRepository.h"
#include "repo/LoanRepository.h"
#include "repo/RepaymentRepository.h"
#include "report/ReportBuilder.h"
#include "views/BorrowerLedgerView.h"
#include "views/BorrowersView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace WritePathTestSupport;

namespace {

template <typename T = QWidget>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* widget = child<QWidget>(parent, name);
    if (!widget)
        return;
    widget->setFocus();
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void choose(QWidget* parent, const char* name, const QVariant& data)
{
    auto* combo = child<QComboBox>(parent, name);
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << name;
    combo->setCurrentIndex(index);
}

void clickSaveOf(QWidget* dialog)
{
    if (auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))) {
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        return;
    }
    auto* save = child<QPushButton>(dialog, "saveButton");
    ASSERT_NE(save, nullptr);
    QTest::mouseClick(save, Qt::LeftButton);
}

Money outstandingOf(Database& db, YearMonth month)
{
    auto table = ReportBuilder(db).summary(month, Breakdown::Program);
    EXPECT_TRUE(table.ok());
    return table ? table->total.figures.outstandingEnd : Money();
}

} // namespace

TEST(EntryWalkthrough, AnEmptyDatabaseToALoanItsRepaymentAndAReversalThroughTheMenus)
{
    TempDatabase temp;
    auto window = openWindow(temp.path());
    ASSERT_TRUE(window->isEmptyPortfolio());
    EXPECT_TRUE(window->welcomePage()->isVisible());
    EntryMenu* entry = window->entryMenu();
    ASSERT_NE(entry, nullptr);

    // Entry → New commune…
    entry->newCommuneAction()->trigger();
    auto* commune = qobject_cast<CommuneDialog*>(entry->openedDialog());
    ASSERT_NE(commune, nullptr);
    typeInto(commune, "codeLineEdit", QStringLiteral("13324"));
    typeInto(commune, "nameLineEdit", QStringLiteral("Phường Hòa Mạc"));
    clickSaveOf(commune);
    ASSERT_TRUE(waitFor([entry]() { return entry->openedDialog() == nullptr; }));

    // The welcome page's link opens the groups register; New group… registers the commune's first group.
    emit window->registerGroupRequested();
    auto* groups = qobject_cast<GroupRegisterDialog*>(entry->openedDialog());
    ASSERT_NE(groups, nullptr);
    QTest::mouseClick(child<QPushButton>(groups, "newGroupButton"), Qt::LeftButton);
    auto* group = groups->findChild<GroupDialog*>();
    ASSERT_NE(group, nullptr);
    typeInto(group, "codeLineEdit", QStringLiteral("T0001"));
    typeInto(group, "nameLineEdit", QStringLiteral("Tổ HPN thôn Quan 1"));
    choose(group, "communeComboBox", QStringLiteral("13324"));
    choose(group, "organizationComboBox", QStringLiteral("HPN"));
    typeInto(group, "villageLineEdit", QStringLiteral("Thôn Quan 1"));
    typeInto(group, "leaderNameLineEdit", QStringLiteral("Võ Thị Tiến"));
    child<QDateEdit>(group, "foundedOnDateEdit")->setDate(QDate(2025, 12, 1));
    clickSaveOf(group);
    ASSERT_TRUE(waitFor([groups]() { return groups->findChild<GroupDialog*>() == nullptr; }));
    groups->close();
    ASSERT_TRUE(waitFor([entry]() { return entry->openedDialog() == nullptr; }));

    // Entry → New borrower… opens the form on the Borrowers page; once saved, the window shows the new
    // household's ledger.
    entry->newBorrowerAction()->trigger();
    auto* borrower = qobject_cast<BorrowerDialog*>(entry->openedDialog());
    ASSERT_NE(borrower, nullptr);
    const QString borrowerId = child<QLineEdit>(borrower, "idLineEdit")->text();
    ASSERT_FALSE(borrowerId.isEmpty());
    typeInto(borrower, "idNumberLineEdit", QStringLiteral("035190001234"));
    typeInto(borrower, "fullNameLineEdit", QStringLiteral("Nguyễn Văn An"));
    choose(borrower, "communeComboBox", QStringLiteral("13324"));
    choose(borrower, "groupComboBox", QStringLiteral("T0001"));
    typeInto(borrower, "villageLineEdit", QStringLiteral("Thôn Quan 1"));
    clickSaveOf(borrower);
    ASSERT_TRUE(waitFor([&window, &borrowerId]() {
        return window->location().page == Location::Page::Ledger &&
               window->ledgerView()->borrowerId() == borrowerId;
    }));

    // Entry → New loan…: the household found without diacritics, NSVS, 20.000.000 đồng over 24 months,
    // repaid every 3 months.
    entry->newLoanAction()->trigger();
    auto* loan = qobject_cast<LoanDialog*>(entry->openedDialog());
    ASSERT_NE(loan, nullptr);
    typeInto(loan, "borrowerEdit", QStringLiteral("nguyen van an"));
    ASSERT_EQ(loan->borrowerId(), borrowerId);
    if (auto* search = child<QLineEdit>(loan, "borrowerEdit"); search && search->completer())
        search->completer()->popup()->hide();
    choose(loan, "programCombo", QStringLiteral("NSVS"));
    child<QDateEdit>(loan, "disbursedOnEdit")->setDate(QDate(2026, 1, 5));
    auto* term = child<QSpinBox>(loan, "termSpin");
    term->selectAll();
    QTest::keyClicks(term, QStringLiteral("24"));
    typeInto(loan, "amountEdit", QStringLiteral("20000000"));
    typeInto(loan, "purposeEdit", QStringLiteral("Xây bể nước"));
    choose(loan, "frequencyCombo", 3);
    loan->generateSchedule();
    const QList<Installment> schedule = loan->schedule();
    ASSERT_EQ(schedule.size(), 8);
    EXPECT_EQ(schedule.first().dueOn, QDate(2026, 4, 5));
    EXPECT_EQ(schedule.first().principal, Money::fromDong(2'500'000));
    clickSaveOf(loan);
    ASSERT_TRUE(waitFor([entry]() { return entry->openedDialog() == nullptr; }));
    auto loans = LoanRepository(window->database()).allLoanNos();
    ASSERT_TRUE(loans.ok());
    ASSERT_EQ(loans->size(), 1);
    // The dashboard now has a month with data and shows the loan.
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_FALSE(window->isEmptyPortfolio());
    EXPECT_EQ(outstandingOf(window->database(), YearMonth(2026, 1)), Money::fromDong(20'000'000));

    // Entry → Repayment…: the first installment and the interest proposed since the disbursement.
    entry->repaymentAction()->trigger();
    auto* repayment = qobject_cast<RepaymentDialog*>(entry->openedDialog());
    ASSERT_NE(repayment, nullptr);
    repayment->setLoan(loans->first());
    child<QDateEdit>(repayment, "paidOnEdit")->setDate(QDate(2026, 4, 5));
    ASSERT_TRUE(repayment->proposal().has_value());
    // 20.000.000 × 0,75 % a month (NSVS) × 90 days ÷ 30 = 450.000 đồng.
    EXPECT_EQ(repayment->proposal()->proposal.interest, Money::fromDong(450'000));
    EXPECT_EQ(repayment->proposal()->proposal.principalDue, Money::fromDong(2'500'000));
    clickSaveOf(repayment);
    ASSERT_TRUE(waitFor([entry]() { return entry->openedDialog() == nullptr; }));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(outstandingOf(window->database(), YearMonth(2026, 4)), Money::fromDong(17'500'000));
    ASSERT_FALSE(window->months().isEmpty());
    EXPECT_EQ(window->months().first(), YearMonth(2026, 4));

    // The ledger of April reverses the repayment with a reason, dated in April: the figures are as before.
    window->setMonth(YearMonth(2026, 4));
    BorrowerLedgerView* ledger = window->ledgerView();
    PortfolioSelection selection;
    selection.borrowerId = borrowerId;
    window->navigate({Location::Page::Ledger, selection});
    ASSERT_TRUE(waitFor([ledger]() { return !ledger->isBusy() && ledger->ledger().has_value(); }));
    ledger->selectLoan(0);
    ASSERT_TRUE(
        waitFor([ledger]() { return !ledger->isBusy() && ledger->repaymentsModel()->rowCount() == 1; }));
    auto posted = RepaymentRepository(window->database()).maxEntryNo();
    ASSERT_TRUE(posted.ok());
    ledger->selectEntry(false, *posted);
    auto* reverse = child<QPushButton>(ledger, "reverseEntryButton");
    ASSERT_TRUE(reverse->isEnabled()) << reverse->toolTip().toStdString();
    QTest::mouseClick(reverse, Qt::LeftButton);
    auto* reversal = ledger->findChild<ReverseEntryDialog*>();
    ASSERT_NE(reversal, nullptr);
    child<QDateEdit>(reversal, "reversalDateEdit")->setDate(QDate(2026, 4, 20));
    typeInto(reversal, "reasonEdit", QStringLiteral("thu nhầm khế ước"));
    clickSaveOf(reversal);
    ASSERT_TRUE(waitFor([ledger]() { return ledger->findChild<ReverseEntryDialog*>() == nullptr; }));
    ASSERT_TRUE(window->waitUntilIdle());
    EXPECT_EQ(outstandingOf(window->database(), YearMonth(2026, 4)), Money::fromDong(20'000'000));

    // Every step is in the audit trail, the reversal with its reason.
    auto audit = AuditRepository(window->database()).find(AuditFilter{});
    ASSERT_TRUE(audit.ok());
    QStringList operations;
    QStringList reasons;
    for (const AuditEntry& row : std::as_const(*audit)) {
        operations.append(row.operation);
        if (row.operation == AuditOperation::kReverseRepayment)
            reasons.append(row.reason);
    }
    std::sort(operations.begin(), operations.end());
    QStringList expected = {AuditOperation::kRegisterCommune,  AuditOperation::kRegisterGroup,
                            AuditOperation::kRegisterBorrower, AuditOperation::kDisburseLoan,
                            AuditOperation::kPostRepayment,    AuditOperation::kReverseRepayment};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(operations, expected);
    EXPECT_EQ(reasons, QStringList{QStringLiteral("thu nhầm khế ước")});
}
