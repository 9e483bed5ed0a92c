#include "LoanAdvice.h"

#include "calc/LoanCalculator.h"
#include "repo/BorrowerRepository.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "repo/RepaymentRepository.h"

#include <QRegularExpression>

Result<QList<LoanAdvice::Warning>> LoanAdvice::warningsFor(const Loan& loan)
{
    QList<Warning> warnings;
    if (loan.borrowerId.isEmpty() || !loan.disbursedOn.isValid())
        return warnings;
    auto borrowers = BorrowerRepository(m_database).find({loan.borrowerId});
    if (!borrowers)
        return borrowers.error();
    if (!borrowers->contains(loan.borrowerId))
        return warnings;
    const Borrower borrower = borrowers->value(loan.borrowerId);
    LoanRepository loans(m_database);
    auto loanNos = loans.loanNosOfBorrowers({loan.borrowerId});
    if (!loanNos)
        return loanNos.error();
    QStringList others;
    for (const QString& no : std::as_const(*loanNos)) {
        if (no != loan.loanNo)
            others.append(no);
    }
    auto stored = loans.find(others);
    if (!stored)
        return stored.error();
    auto facts = loans.facts(others);
    if (!facts)
        return facts.error();

    Warning sameProgram{Warning::Kind::SameProgramBalance, {}, {}, {}};
    Warning household{Warning::Kind::HouseholdLimit, {}, {}, {}};
    for (const QString& no : std::as_const(others)) {
        if (!facts->contains(no) || !stored->contains(no))
            continue;
        const LoanPosition position = LoanCalculator(facts->value(no)).positionAt(loan.disbursedOn);
        if (!position.exists || !position.outstanding.isPositive())
            continue;
        household.loanNos.append(no);
        household.outstanding += position.outstanding;
        if (stored->value(no).programCode == loan.programCode) {
            sameProgram.loanNos.append(no);
            sameProgram.outstanding += position.outstanding;
        }
    }
    if (!sameProgram.loanNos.isEmpty())
        warnings.append(sameProgram);
    household.total = household.outstanding + (loan.amount.isPositive() ? loan.amount : Money());
    if (borrower.kind == BorrowerKind::Household && household.total > kHouseholdLimit)
        warnings.append(household);
    return warnings;
}

Result<QString> LoanAdvice::nextLoanNo()
{
    auto all = LoanRepository(m_database).allLoanNos();
    if (!all)
        return all.error();
    static const QRegularExpression form(QStringLiteral("^([A-Za-z]*)([0-9]+)$"));
    QString best;
    QString prefix = QStringLiteral("L");
    qint64 highest = 0;
    int width = 7;
    for (const QString& no : std::as_const(*all)) {
        const QRegularExpressionMatch match = form.match(no);
        if (!match.hasMatch())
            continue;
        bool ok = false;
        const qint64 value = match.captured(2).toLongLong(&ok);
        if (ok && value >= highest) {
            highest = value;
            prefix = match.captured(1);
            width = static_cast<int>(match.captured(2).size());
        }
    }
    QString next;
    for (qint64 value = highest + 1;; ++value) {
        next = prefix + QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
        if (!all->contains(next))
            break;
    }
    return next;
}

Result<LoanAdvice::RepaymentProposal> LoanAdvice::repaymentProposal(const QString& loanNo, const QDate& day)
{
    LoanRepository loans(m_database);
    auto found = loans.find({loanNo});
    if (!found)
        return found.error();
    if (!found->contains(loanNo))
        return Error::usage(tr("there is no loan %1").arg(loanNo));
    auto facts = loans.facts({loanNo});
    if (!facts)
        return facts.error();
    auto entries = RepaymentRepository(m_database).of({loanNo});
    if (!entries)
        return entries.error();
    auto catalogue = ReferenceRepository(m_database).catalogue();
    if (!catalogue)
        return catalogue.error();
    RepaymentProposal result;
    result.loan = found->value(loanNo);
    if (result.loan.rate) {
        result.rate = *result.loan.rate;
    } else if (const Program* program = catalogue->program(result.loan.programCode)) {
        if (const ProgramTerms* terms = program->termsOn(result.loan.disbursedOn))
            result.rate = terms->rate;
    }
    result.proposal =
        CollectionProposal::of(LoanCalculator(facts->value(loanNo)), result.rate, *entries, day);
    return result;
}
