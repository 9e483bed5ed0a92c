// The staff's entry forms, typed into by object name over a fresh copy of portfolio-small: a clean-water loan
// with a quarterly schedule saved and counted in the summary; each refusal (amount above the cap, a schedule
// that does not add up, a repayment above the outstanding balance, a date in a closed month, a withdrawal
// below zero) shown next to its field with nothing written; the repayment proposal; a reversal from the
// ledger that restores the figures and leaves an audit row; the amount field's live thousand separators.
#include "WritePathTestSupport.h"

#include "calc/CollectionProposal.h"
#include "common/MoneyEdit.h"
#include "common/Translations.h"
#include "entry/FieldErrors.h"
#include "entry/LoanDialog.h"
#include "entry/RepaymentDialog.h"
#include "entry/ReverseEntryDialog.h"
#include "entry/SavingsDialog.h"
#include "models/CellTableModel.h"
#include "repo/AuditRepository.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "report/ReportBuilder.h"
#include "service/PortfolioService.h"
#include "validation/Validation.h"
#include "views/BorrowerLedgerView.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace WritePathTestSupport;

namespace {

const YearMonth kJune(2024, 6);

Actor staff()
{
    return actor(QStringLiteral("thu.ha"), QDateTime(QDate(2024, 7, 2), QTime(9, 0)));
}

DisplayOptions vietnamese()
{
    DisplayOptions options;
    options.language = Language::Vietnamese;
    options.unit = MoneyUnit::Dong;
    return options;
}

template <typename T>
T* child(QWidget* form, const char* name)
{
    T* widget = form->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

/// The message shown in the label @p name of @p form; empty while it is hidden.
QString shownError(QWidget* form, const char* name)
{
    auto* label = child<QLabel>(form, name);
    return label && label->isVisibleTo(form) ? label->text() : QString();
}

void click(QWidget* form, const char* button)
{
    auto* widget = child<QPushButton>(form, button);
    ASSERT_TRUE(widget);
    ASSERT_TRUE(widget->isEnabled()) << button;
    QTest::mouseClick(widget, Qt::LeftButton);
}

/// Types @p text into @p widget key by key, Vietnamese letters too.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void type(QWidget* form, const char* field, const QString& text)
{
    auto* widget = child<QWidget>(form, field);
    ASSERT_TRUE(widget);
    widget->setFocus();
    typeText(widget, text);
}

/// The outstanding of program @p code at the end of @p month in the summary by program.
Money programOutstanding(Database& db, const QString& code, YearMonth month = kJune)
{
    auto table = ReportBuilder(db).summary(month, Breakdown::Program);
    EXPECT_TRUE(table.ok()) << (table ? std::string() : table.error().message.toStdString());
    if (!table)
        return {};
    for (const ReportRow& row : table->rows) {
        if (row.key == code)
            return row.figures.outstandingEnd;
    }
    ADD_FAILURE() << "no row " << code.toStdString();
    return {};
}

qsizetype loanCount(Database& db)
{
    auto all = LoanRepository(db).allLoanNos();
    return all ? all->size() : -1;
}

qint64 lastRepayment(Database& db)
{
    auto max = RepaymentRepository(db).maxEntryNo();
    return max ? *max : -1;
}

qint64 lastSavings(Database& db)
{
    auto max = SavingsRepository(db).maxEntryNo();
    return max ? *max : -1;
}

/// Fills the loan form: KH000002 (Đoàn Đức Thảo) found by typing her name without diacritics, an NSVS loan
/// of @p amount disbursed on @p on for 24 months, every 3 months.
void fillCleanWaterLoan(LoanDialog& dialog, const QString& amount, const QDate& on)
{
    type(&dialog, "borrowerEdit", QStringLiteral("doan duc thao"));
    EXPECT_EQ(dialog.borrowerId(), QStringLiteral("KH000002"));
    // The one match listed under the field; the list closes as the staff member goes on.
    auto* search = child<QLineEdit>(&dialog, "borrowerEdit");
    ASSERT_TRUE(search && search->completer());
    EXPECT_EQ(search->completer()->completionModel()->rowCount(), 1);
    search->completer()->popup()->hide();
    auto* program = child<QComboBox>(&dialog, "programCombo");
    program->setCurrentIndex(program->findData(QStringLiteral("NSVS")));
    child<QDateEdit>(&dialog, "disbursedOnEdit")->setDate(on);
    auto* term = child<QSpinBox>(&dialog, "termSpin");
    term->selectAll();
    QTest::keyClicks(term, QStringLiteral("24"));
    type(&dialog, "amountEdit", amount);
    type(&dialog, "purposeEdit", QStringLiteral("Xây bể nước, nhà vệ sinh"));
    auto* frequency = child<QComboBox>(&dialog, "frequencyCombo");
    frequency->setCurrentIndex(frequency->findData(3));
}

} // namespace

TEST(MoneyEdit, GroupsThousandsAsYouType)
{
    MoneyEdit edit;
    edit.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QList<Money> seen;
    QObject::connect(&edit, &MoneyEdit::valueChanged, [&seen](Money value) { seen.append(value); });
    edit.show();
    QTest::keyClicks(&edit, QStringLiteral("85000000"));
    EXPECT_EQ(edit.text(), QStringLiteral("85.000.000"));
    EXPECT_EQ(edit.value(), Money::fromDong(85'000'000));
    EXPECT_EQ(edit.cursorPosition(), edit.text().size());
    EXPECT_FALSE(edit.isEmpty());
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.back(), Money::fromDong(85'000'000));

    // A digit typed in the middle: the caret stays after it.
    edit.setCursorPosition(2); // 85|.000.000
    QTest::keyClicks(&edit, QStringLiteral("1"));
    EXPECT_EQ(edit.text(), QStringLiteral("851.000.000"));
    EXPECT_EQ(edit.cursorPosition(), 3);
    // Backspace just after a separator takes the digit before it.
    edit.setCursorPosition(4); // 851.|000.000
    QTest::keyClick(&edit, Qt::Key_Backspace);
    EXPECT_EQ(edit.text(), QStringLiteral("85.000.000"));
    EXPECT_EQ(edit.cursorPosition(), 2);

    // Letters and signs are dropped; negative amounts are off.
    edit.clearValue();
    EXPECT_TRUE(edit.isEmpty());
    EXPECT_EQ(edit.value(), Money());
    QTest::keyClicks(&edit, QStringLiteral("-12a34"));
    EXPECT_EQ(edit.text(), QStringLiteral("1.234"));
    EXPECT_EQ(edit.value(), Money::fromDong(1'234));

    edit.setValue(Money::fromDong(20'000'000));
    EXPECT_EQ(edit.text(), QStringLiteral("20.000.000"));

    MoneyEdit english;
    english.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    english.show();
    QTest::keyClicks(&english, QStringLiteral("85000000"));
    EXPECT_EQ(english.text(), QStringLiteral("85,000,000"));
}

TEST(LoanDialog, ACleanWaterLoanWithAQuarterlyScheduleSavesAndCountsInTheSummary)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const Money before = programOutstanding(db, QStringLiteral("NSVS"));
    const qsizetype loans = loanCount(db);

    LoanDialog dialog(db, vietnamese(), nullptr, staff());
    dialog.show();
    EXPECT_EQ(child<QLineEdit>(&dialog, "loanNoEdit")->text(), QStringLiteral("L0000220"));
    fillCleanWaterLoan(dialog, QStringLiteral("18000000"), QDate(2024, 6, 20));
    EXPECT_EQ(child<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("18.000.000"));
    EXPECT_EQ(child<QDateEdit>(&dialog, "maturityOnEdit")->date(), QDate(2026, 6, 20));
    // The terms in force on the disbursement date: 0.75 % a month, at most 20,000,000 đồng and 60 months.
    const QString terms = child<QLabel>(&dialog, "termsLabel")->text();
    EXPECT_TRUE(terms.contains(QStringLiteral("0,75"))) << terms.toStdString();
    EXPECT_TRUE(terms.contains(QStringLiteral("20.000.000"))) << terms.toStdString();
    EXPECT_TRUE(terms.contains(QStringLiteral("60"))) << terms.toStdString();

    // Eight quarterly installments of 2,250,000, the last one on the maturity date.
    const QList<Installment> schedule = dialog.schedule();
    ASSERT_EQ(schedule.size(), 8);
    EXPECT_EQ(schedule.front().dueOn, QDate(2024, 9, 20));
    EXPECT_EQ(schedule.back().dueOn, QDate(2026, 6, 20));
    for (const Installment& installment : schedule)
        EXPECT_EQ(installment.principal, Money::fromDong(2'250'000));
    EXPECT_FALSE(child<QLabel>(&dialog, "saveHintLabel")->isVisibleTo(&dialog));

    // She already owes in NSVS (L0000005): a warning, not an error.
    ASSERT_FALSE(dialog.warnings().isEmpty());
    EXPECT_EQ(dialog.warnings().front().kind, LoanAdvice::Warning::Kind::SameProgramBalance);
    EXPECT_TRUE(child<QLabel>(&dialog, "warningBox")->isVisibleTo(&dialog));
    EXPECT_TRUE(child<QLabel>(&dialog, "warningBox")->text().contains(QStringLiteral("L0000005")));

    click(&dialog, "saveButton");
    EXPECT_EQ(dialog.result(), QDialog::Accepted)
        << dialog.errors()->message(QStringLiteral("amount")).toStdString();
    EXPECT_EQ(dialog.savedLoanNo(), QStringLiteral("L0000220"));
    EXPECT_EQ(loanCount(db), loans + 1);
    auto stored = LoanRepository(db).find({QStringLiteral("L0000220")});
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->contains(QStringLiteral("L0000220")));
    const Loan loan = stored->value(QStringLiteral("L0000220"));
    EXPECT_EQ(loan.borrowerId, QStringLiteral("KH000002"));
    EXPECT_EQ(loan.programCode, QStringLiteral("NSVS"));
    EXPECT_EQ(loan.amount, Money::fromDong(18'000'000));
    EXPECT_EQ(loan.maturityOn, QDate(2026, 6, 20));
    EXPECT_EQ(loan.purpose, QStringLiteral("Xây bể nước, nhà vệ sinh"));
    auto installments = LoanRepository(db).installmentsOf({QStringLiteral("L0000220")});
    ASSERT_TRUE(installments.ok());
    EXPECT_EQ(installments->size(), 8);
    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before + Money::fromDong(18'000'000));
}

TEST(LoanDialog, AnAmountAboveTheCapIsRefusedNextToTheAmount)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const qsizetype loans = loanCount(db);
    const Money before = programOutstanding(db, QStringLiteral("NSVS"));
    // The window's language is Vietnamese: the refusal writes amounts and dates the Vietnamese way.
    MessageWording::setFormLocale(vietnamese().locale());
    LoanDialog dialog(db, vietnamese(), nullptr, staff());
    dialog.show();
    fillCleanWaterLoan(dialog, QStringLiteral("25000000"), QDate(2024, 6, 20));
    click(&dialog, "saveButton");
    MessageWording::setFormLocale(std::nullopt);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QString message = shownError(&dialog, "amountError");
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(QStringLiteral("25.000.000"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("20.000.000"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("20/06/2024"))) << message.toStdString();
    EXPECT_TRUE(shownError(&dialog, "scheduleError").isEmpty());
    EXPECT_EQ(loanCount(db), loans);
    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before);
}

TEST(LoanDialog, AScheduleThatDoesNotAddUpIsRefusedNextToTheSchedule)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const qsizetype loans = loanCount(db);
    LoanDialog dialog(db, vietnamese(), nullptr, staff());
    dialog.show();
    fillCleanWaterLoan(dialog, QStringLiteral("18000000"), QDate(2024, 6, 20));

    // The first installment typed over: 2,000,000 instead of 2,250,000.
    auto* table = child<QTableWidget>(&dialog, "scheduleTable");
    ASSERT_TRUE(table);
    table->setCurrentCell(0, 1);
    table->editItem(table->item(0, 1));
    auto* editor = table->findChild<MoneyEdit*>(QStringLiteral("principalEditor"));
    ASSERT_TRUE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2000000"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The grid takes what was typed when the editor closes (a queued call).
    ASSERT_TRUE(
        waitFor([table]() { return !table->findChild<MoneyEdit*>(QStringLiteral("principalEditor")); }));
    EXPECT_EQ(dialog.schedule().front().principal, Money::fromDong(2'000'000));

    // The total and the difference are shown at once, and the Save button says why it will refuse.
    const QString total = child<QLabel>(&dialog, "scheduleTotalLabel")->text();
    EXPECT_TRUE(total.contains(QStringLiteral("17.750.000"))) << total.toStdString();
    EXPECT_TRUE(total.contains(QStringLiteral("250.000"))) << total.toStdString();
    EXPECT_FALSE(shownError(&dialog, "saveHintLabel").isEmpty());
    EXPECT_FALSE(child<QPushButton>(&dialog, "saveButton")->toolTip().isEmpty());

    click(&dialog, "saveButton");
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QString message = shownError(&dialog, "scheduleError");
    EXPECT_TRUE(message.contains(QStringLiteral("17.750.000"))) << message.toStdString();
    EXPECT_EQ(loanCount(db), loans);

    // Filled again, it adds up and saves.
    click(&dialog, "generateButton");
    click(&dialog, "saveButton");
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(loanCount(db), loans + 1);
}

TEST(RepaymentDialog, ProposesWhatCollectionProposalProposes)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const QString loanNo = QStringLiteral("L0000003"); // KH000001, NSVS 17,000,000 from 24/05/2024
    RepaymentDialog dialog(db, vietnamese(), loanNo, nullptr, staff());
    dialog.show();
    for (const QDate& day : {QDate(2024, 6, 28), QDate(2024, 12, 31), QDate(2025, 11, 24)}) {
        child<QDateEdit>(&dialog, "paidOnEdit")->setDate(day);
        auto facts = LoanRepository(db).facts({loanNo});
        auto entries = RepaymentRepository(db).of({loanNo});
        auto catalogue = ReferenceRepository(db).catalogue();
        ASSERT_TRUE(facts.ok() && entries.ok() && catalogue.ok());
        const MonthlyRate rate =
            catalogue->program(QStringLiteral("NSVS"))->termsOn(QDate(2024, 5, 24))->rate;
        const CollectionProposal expected =
            CollectionProposal::of(LoanCalculator(facts->value(loanNo)), rate, *entries, day);
        ASSERT_TRUE(dialog.proposal().has_value());
        EXPECT_EQ(dialog.proposal()->proposal.principalDue, expected.principalDue);
        EXPECT_EQ(dialog.proposal()->proposal.interest, expected.interest);
        EXPECT_EQ(child<MoneyEdit>(&dialog, "principalEdit")->value(), expected.principalDue);
        EXPECT_EQ(child<MoneyEdit>(&dialog, "interestEdit")->value(), expected.interest);
        EXPECT_TRUE(expected.interest.isPositive());
        const QString line = child<QLabel>(&dialog, "proposalLabel")->text();
        EXPECT_TRUE(line.contains(expected.interest.format(QLocale(QLocale::Vietnamese, QLocale::Vietnam))))
            << line.toStdString();
        EXPECT_TRUE(line.contains(QStringLiteral("proposal"))) << line.toStdString();
        const QString outstanding = child<QLabel>(&dialog, "outstandingLabel")->text();
        EXPECT_TRUE(outstanding.contains(
            expected.outstanding.format(QLocale(QLocale::Vietnamese, QLocale::Vietnam))));
    }

    // Saved as typed: the interest of the proposal, a principal typed over it.
    child<QDateEdit>(&dialog, "paidOnEdit")->setDate(QDate(2024, 6, 28));
    auto* principal = child<MoneyEdit>(&dialog, "principalEdit");
    principal->selectAll();
    QTest::keyClicks(principal, QStringLiteral("1000000"));
    const Money interest = child<MoneyEdit>(&dialog, "interestEdit")->value();
    click(&dialog, "saveButton");
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = RepaymentRepository(db).byEntryNo({dialog.savedEntryNo()});
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->contains(dialog.savedEntryNo()));
    EXPECT_EQ(stored->value(dialog.savedEntryNo()).principal, Money::fromDong(1'000'000));
    EXPECT_EQ(stored->value(dialog.savedEntryNo()).interest, interest);
}

TEST(RepaymentDialog, AmountsTypedStayWhenTheDateChanges)
{
    auto temp = importedPortfolio();
    RepaymentDialog dialog(temp->db(), vietnamese(), QStringLiteral("L0000003"), nullptr, staff());
    dialog.show();
    auto* date = child<QDateEdit>(&dialog, "paidOnEdit");
    auto* interest = child<MoneyEdit>(&dialog, "interestEdit");
    // Untouched, the fields follow the proposal of the date.
    date->setDate(QDate(2024, 6, 28));
    EXPECT_EQ(interest->value(), dialog.proposal()->proposal.interest);
    interest->setFocus();
    interest->selectAll();
    QTest::keyClicks(interest, QStringLiteral("50000"));
    date->setDate(QDate(2024, 6, 29));
    EXPECT_EQ(interest->value(), Money::fromDong(50'000));
}

TEST(RepaymentDialog, ARepaymentAboveTheOutstandingBalanceIsRefusedNextToThePrincipal)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const qint64 last = lastRepayment(db);
    const Money before = programOutstanding(db, QStringLiteral("NSVS"));
    RepaymentDialog dialog(db, vietnamese(), QString(), nullptr, staff());
    dialog.show();
    // Opened without a loan: the picker.
    auto* picker = child<QComboBox>(&dialog, "loanCombo");
    ASSERT_TRUE(picker->isVisibleTo(&dialog));
    picker->setCurrentIndex(picker->findData(QStringLiteral("L0000003")));
    EXPECT_EQ(dialog.loanNo(), QStringLiteral("L0000003"));
    child<QDateEdit>(&dialog, "paidOnEdit")->setDate(QDate(2024, 6, 28));
    auto* principal = child<MoneyEdit>(&dialog, "principalEdit");
    principal->selectAll();
    QTest::keyClicks(principal, QStringLiteral("17000001"));
    click(&dialog, "saveButton");
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QString message = shownError(&dialog, "principalError");
    EXPECT_TRUE(message.contains(QStringLiteral("17.000.001"))) << message.toStdString();
    EXPECT_EQ(lastRepayment(db), last);
    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before);
}

TEST(EntryForms, ADateInAClosedMonthIsRefusedNextToTheDate)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    {
        PortfolioService service(db, staff());
        const Status closed = service.closeMonthsThrough(YearMonth(2024, 5));
        ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    }
    const qint64 repayments = lastRepayment(db);
    const qint64 savings = lastSavings(db);
    const qsizetype loans = loanCount(db);

    RepaymentDialog repayment(db, vietnamese(), QStringLiteral("L0000003"), nullptr, staff());
    repayment.show();
    // Today (02/07/2024) is in an open month: the form starts there.
    EXPECT_EQ(child<QDateEdit>(&repayment, "paidOnEdit")->date(), QDate(2024, 7, 2));
    child<QDateEdit>(&repayment, "paidOnEdit")->setDate(QDate(2024, 5, 28));
    auto* interest = child<MoneyEdit>(&repayment, "interestEdit");
    interest->selectAll();
    QTest::keyClicks(interest, QStringLiteral("50000"));
    click(&repayment, "saveButton");
    EXPECT_NE(repayment.result(), QDialog::Accepted);
    EXPECT_TRUE(shownError(&repayment, "paidOnError").contains(QStringLiteral("05/2024")))
        << shownError(&repayment, "paidOnError").toStdString();
    EXPECT_EQ(lastRepayment(db), repayments);

    LoanDialog loan(db, vietnamese(), nullptr, staff());
    loan.show();
    fillCleanWaterLoan(loan, QStringLiteral("10000000"), QDate(2024, 5, 20));
    click(&loan, "saveButton");
    EXPECT_NE(loan.result(), QDialog::Accepted);
    EXPECT_FALSE(shownError(&loan, "disbursedOnError").isEmpty());
    EXPECT_EQ(loanCount(db), loans);

    SavingsDialog deposit(db, vietnamese(), QStringLiteral("KH000001"), nullptr, staff());
    deposit.show();
    child<QDateEdit>(&deposit, "onEdit")->setDate(QDate(2024, 5, 12));
    type(&deposit, "amountEdit", QStringLiteral("20000"));
    click(&deposit, "saveButton");
    EXPECT_NE(deposit.result(), QDialog::Accepted);
    EXPECT_FALSE(shownError(&deposit, "onError").isEmpty());
    EXPECT_EQ(lastSavings(db), savings);
}

TEST(SavingsDialog, AWithdrawalBelowZeroIsRefusedNextToTheAmount)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const qint64 last = lastSavings(db);
    SavingsDialog dialog(db, vietnamese(), QStringLiteral("KH000001"), nullptr, staff());
    dialog.show();
    child<QDateEdit>(&dialog, "onEdit")->setDate(QDate(2024, 6, 28));
    const Money balance = dialog.balance();
    ASSERT_TRUE(balance.isPositive());
    EXPECT_TRUE(child<QLabel>(&dialog, "balanceLabel")
                    ->text()
                    .contains(balance.format(QLocale(QLocale::Vietnamese, QLocale::Vietnam))));
    QTest::mouseClick(child<QRadioButton>(&dialog, "withdrawalRadio"), Qt::LeftButton);
    type(&dialog, "amountEdit", (balance + Money::fromDong(1)).toPlainString());
    click(&dialog, "saveButton");
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(shownError(&dialog, "amountError").isEmpty());
    EXPECT_EQ(lastSavings(db), last);

    // The whole balance can be taken out; Enter saves.
    auto* amount = child<MoneyEdit>(&dialog, "amountEdit");
    amount->selectAll();
    QTest::keyClicks(amount, balance.toPlainString());
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(lastSavings(db), last + 1);
}

TEST(LedgerCorrections, AReversalFromTheLedgerRestoresTheFiguresAndLeavesAnAuditRow)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const Money before = programOutstanding(db, QStringLiteral("NSVS"));
    qint64 entry = 0;
    {
        PortfolioService service(db, staff());
        auto posted = service.postRepayment(Repayment(QStringLiteral("L0000003"), QDate(2024, 6, 10),
                                                      Money::fromDong(2'000'000), Money::fromDong(0)));
        ASSERT_TRUE(posted.ok()) << posted.error().message.toStdString();
        entry = *posted;
    }
    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before - Money::fromDong(2'000'000));

    BorrowerLedgerView view(temp->path());
    ViewState state;
    state.month = kJune;
    state.options = vietnamese();
    view.setState(state);
    view.setBorrower(QStringLiteral("KH000001"));
    view.resize(1200, 780);
    view.show();
    ASSERT_TRUE(waitFor([&view]() { return !view.isBusy() && view.ledger().has_value(); }));
    auto* reverse = child<QPushButton>(&view, "reverseEntryButton");
    // Without a database the forms cannot be opened.
    EXPECT_FALSE(reverse->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&view, "newLoanButton")->isEnabled());
    view.setDatabase(&db);
    view.setActor(staff());
    EXPECT_TRUE(child<QPushButton>(&view, "newLoanButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(&view, "newSavingsButton")->isEnabled());
    int changes = 0;
    QObject::connect(&view, &BorrowerLedgerView::changed, [&changes]() { ++changes; });

    for (int row = 0; row < view.loansModel()->rowCount(); ++row) {
        if (view.loansModel()->index(row, 0).data().toString() == QStringLiteral("L0000003"))
            view.selectLoan(row);
    }
    view.selectEntry(false, entry);
    ASSERT_EQ(view.selectedEntry(false), entry);
    ASSERT_TRUE(reverse->isEnabled()) << reverse->toolTip().toStdString();
    saveScreenshot(&view, QStringLiteral("ledger-corrections"));
    QTest::mouseClick(reverse, Qt::LeftButton);
    auto* dialog = view.findChild<ReverseEntryDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->entryNo(), entry);
    // Today is 02/07/2024, an open month.
    EXPECT_EQ(child<QDateEdit>(dialog, "reversalDateEdit")->date(), QDate(2024, 7, 2));
    child<QDateEdit>(dialog, "reversalDateEdit")->setDate(QDate(2024, 6, 25));
    // The reason is required.
    click(dialog, "saveButton");
    EXPECT_FALSE(shownError(dialog, "reasonError").isEmpty());
    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before - Money::fromDong(2'000'000));
    type(dialog, "reasonEdit", QStringLiteral("nhập nhầm khế ước"));
    click(dialog, "saveButton");
    ASSERT_TRUE(waitFor([&view, &changes]() { return changes == 1 && !view.isBusy(); }));

    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before);
    AuditFilter filter;
    filter.record = QStringLiteral("repayment");
    auto audit = AuditRepository(db).find(filter);
    ASSERT_TRUE(audit.ok());
    bool found = false;
    for (const AuditEntry& row : std::as_const(*audit)) {
        if (row.operation == AuditOperation::kReverseRepayment &&
            row.reason == QStringLiteral("nhập nhầm khế ước")) {
            found = true;
            EXPECT_EQ(row.user, QStringLiteral("thu.ha"));
            EXPECT_EQ(row.borrowerId, QStringLiteral("KH000001"));
        }
    }
    EXPECT_TRUE(found);

    // Neither the reversed entry nor its reversal can be reversed again.
    // The ledger read again keeps L0000003 selected.
    view.selectEntry(false, entry);
    ASSERT_EQ(view.selectedEntry(false), entry);
    EXPECT_FALSE(reverse->isEnabled());
    EXPECT_FALSE(reverse->toolTip().isEmpty());
    auto reversal = RepaymentRepository(db).maxEntryNo();
    ASSERT_TRUE(reversal.ok());
    view.selectEntry(false, *reversal);
    EXPECT_EQ(view.selectedEntry(false), *reversal);
    EXPECT_FALSE(reverse->isEnabled());
    EXPECT_TRUE(reverse->toolTip().contains(QStringLiteral("reversal"))) << reverse->toolTip().toStdString();

    // New repayment… opens the form on the loan selected, New loan… on this borrower, New savings entry… on
    // this member; each one is window-modal over the ledger and goes away when cancelled.
    click(&view, "newRepaymentButton");
    auto* repayment = view.findChild<RepaymentDialog*>();
    ASSERT_TRUE(repayment);
    EXPECT_EQ(repayment->loanNo(), QStringLiteral("L0000003"));
    click(repayment, "cancelButton");
    click(&view, "newLoanButton");
    auto* loan = view.findChild<LoanDialog*>();
    ASSERT_TRUE(loan);
    EXPECT_EQ(loan->borrowerId(), QStringLiteral("KH000001"));
    click(loan, "cancelButton");
    click(&view, "newSavingsButton");
    auto* savings = view.findChild<SavingsDialog*>();
    ASSERT_TRUE(savings);
    click(savings, "cancelButton");
    EXPECT_EQ(changes, 1);
}

TEST(LoanDialog, ALoanIsCorrectedOnlyWhereNoClosedMonthIsTouched)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    // L0000003 (KH000001, NSVS, 17.000.000 disbursed on 24/05/2024) while every month is open: its purpose
    // and amount can be corrected, with its schedule.
    {
        LoanDialog dialog(db, vietnamese(), nullptr, staff());
        ASSERT_TRUE(dialog.editExisting(QStringLiteral("L0000003")));
        dialog.show();
        EXPECT_TRUE(dialog.isEdit());
        EXPECT_EQ(dialog.borrowerId(), QStringLiteral("KH000001"));
        EXPECT_TRUE(child<QLineEdit>(&dialog, "loanNoEdit")->isReadOnly());
        EXPECT_EQ(child<MoneyEdit>(&dialog, "amountEdit")->value(), Money::fromDong(17'000'000));
        // Its stored schedule (none: all due at maturity) is what the grid holds.
        auto stored = LoanRepository(db).installmentsOf({QStringLiteral("L0000003")});
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(dialog.schedule().size(), stored->size());
        auto* purpose = child<QLineEdit>(&dialog, "purposeEdit");
        purpose->selectAll();
        type(&dialog, "purposeEdit", QStringLiteral("Xây bể lọc nước"));
        click(&dialog, "saveButton");
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << shownError(&dialog, "generalError").toStdString();
    }
    auto loans = LoanRepository(db).find({QStringLiteral("L0000003")});
    ASSERT_TRUE(loans.ok());
    EXPECT_EQ(loans->value(QStringLiteral("L0000003")).purpose, QStringLiteral("Xây bể lọc nước"));
    AuditFilter filter;
    filter.record = QStringLiteral("L0000003");
    auto audit = AuditRepository(db).find(filter);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(std::any_of(audit->cbegin(), audit->cend(), [](const AuditEntry& row) {
        return row.operation == AuditOperation::kEditLoan && row.user == QStringLiteral("thu.ha");
    }));

    // Once May 2024 is closed, its amount cannot change: refused next to the amount, nothing written.
    {
        PortfolioService service(db, staff());
        const Status closed = service.closeMonthsThrough(YearMonth(2024, 5));
        ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    }
    const Money before = programOutstanding(db, QStringLiteral("NSVS"));
    LoanDialog dialog(db, vietnamese(), nullptr, staff());
    ASSERT_TRUE(dialog.editExisting(QStringLiteral("L0000003")));
    dialog.show();
    auto* amount = child<MoneyEdit>(&dialog, "amountEdit");
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("16000000"));
    click(&dialog, "saveButton");
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(shownError(&dialog, "amountError").isEmpty());
    EXPECT_EQ(programOutstanding(db, QStringLiteral("NSVS")), before);
    EXPECT_EQ(LoanRepository(db).find({QStringLiteral("L0000003")})->value(QStringLiteral("L0000003")).amount,
              Money::fromDong(17'000'000));
}

// Pictures for docs/entry.md, in Vietnamese (the strings of these forms not yet translated show in English).
TEST(EntryForms, Screenshots)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    Translations::install(Language::Vietnamese);
    {
        LoanDialog dialog(db, vietnamese(), nullptr, staff());
        dialog.resize(900, 680);
        dialog.show();
        fillCleanWaterLoan(dialog, QStringLiteral("18000000"), QDate(2024, 6, 20));
        QTest::qWait(50);
        const QPixmap picture = dialog.grab();
        EXPECT_FALSE(picture.isNull());
        saveScreenshot(&dialog, QStringLiteral("entry-loan"));
    }
    {
        RepaymentDialog dialog(db, vietnamese(), QStringLiteral("L0000003"), nullptr, staff());
        dialog.resize(680, 440);
        dialog.show();
        child<QDateEdit>(&dialog, "paidOnEdit")->setDate(QDate(2024, 12, 20));
        QTest::qWait(50);
        EXPECT_FALSE(dialog.grab().isNull());
        saveScreenshot(&dialog, QStringLiteral("entry-repayment"));
    }
    {
        auto posted = PortfolioService(db, staff())
                          .postRepayment(Repayment(QStringLiteral("L0000003"), QDate(2024, 6, 10),
                                                   Money::fromDong(2'000'000), Money::fromDong(0)));
        ASSERT_TRUE(posted.ok());
        ReverseEntryDialog dialog(db, vietnamese(), ReverseEntryDialog::Kind::Repayment, *posted, nullptr,
                                  staff());
        dialog.resize(600, 300);
        dialog.show();
        type(&dialog, "reasonEdit", QStringLiteral("Nhập nhầm khế ước"));
        QTest::qWait(50);
        EXPECT_FALSE(dialog.grab().isNull());
        saveScreenshot(&dialog, QStringLiteral("entry-reverse"));
    }
    Translations::install(Language::English);
}

// Two windows correct the same loan: the form whose loan was saved by someone else after it read it is
// refused with who and when, writes nothing, and offers Reload, which shows the stored loan; saved again, it
// goes through.
TEST(LoanDialog, ASaveBasedOnAStaleVersionIsRefusedAndOffersReload)
{
    auto temp = importedPortfolio();
    Database& db = temp->db();
    const QString loanNo = QStringLiteral("L0000001");
    LoanDialog dialog(db, vietnamese(), nullptr, staff());
    ASSERT_TRUE(dialog.editExisting(loanNo));
    dialog.show();
    auto* reload = child<QPushButton>(&dialog, "reloadButton");
    ASSERT_TRUE(reload);
    EXPECT_FALSE(reload->isVisibleTo(&dialog));

    // Meanwhile, in another window, lan corrects the loan's purpose.
    Loan theirs = LoanRepository(db).find({loanNo})->value(loanNo);
    theirs.purpose = QStringLiteral("Học phí năm hai");
    const QDateTime lanSaved(QDate(2024, 7, 2), QTime(8, 45));
    ASSERT_TRUE(PortfolioService(db, actor(QStringLiteral("lan"), lanSaved)).editLoan(theirs).ok());

    auto* purpose = child<QLineEdit>(&dialog, "purposeEdit");
    ASSERT_TRUE(purpose);
    purpose->setText(QStringLiteral("Mua sách"));
    click(&dialog, "saveButton");
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QString message = shownError(&dialog, "generalError");
    EXPECT_TRUE(message.contains(QStringLiteral("Loan %1 was changed by lan at 08:45 — reload").arg(loanNo)))
        << message.toStdString();
    EXPECT_TRUE(reload->isVisibleTo(&dialog));
    EXPECT_EQ(LoanRepository(db).find({loanNo})->value(loanNo).purpose, QStringLiteral("Học phí năm hai"));

    click(&dialog, "reloadButton");
    EXPECT_EQ(purpose->text(), QStringLiteral("Học phí năm hai"));
    EXPECT_FALSE(reload->isVisibleTo(&dialog));
    EXPECT_TRUE(shownError(&dialog, "generalError").isEmpty());
    purpose->setText(QStringLiteral("Mua sách"));
    click(&dialog, "saveButton");
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Loan saved = LoanRepository(db).find({loanNo})->value(loanNo);
    EXPECT_EQ(saved.purpose, QStringLiteral("Mua sách"));
    EXPECT_EQ(saved.version, 3);
}
