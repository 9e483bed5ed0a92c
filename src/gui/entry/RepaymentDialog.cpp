#include "RepaymentDialog.h"

#include "EntryFormSupport.h"
#include "FieldErrors.h"
#include "common/MoneyEdit.h"
#include "repo/BorrowerRepository.h"
#include "repo/LoanRepository.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

RepaymentDialog::RepaymentDialog(Database& database, const DisplayOptions& options, const QString& loanNo,
                                 QWidget* parent, Actor actor)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_actor(std::move(actor))
    , m_loanNo(loanNo)
    , m_fixedLoan(!loanNo.isEmpty())
{
    setObjectName(QStringLiteral("repaymentDialog"));
    setLocale(options.locale());
    build();
    if (auto open = EntryFormSupport::firstOpenDay(m_database))
        m_firstOpenDay = *open;
    {
        const QSignalBlocker blocker(m_paidOnEdit);
        m_paidOnEdit->setDate(EntryFormSupport::clampToOpen(m_actor.today(), m_firstOpenDay));
    }
    if (!m_fixedLoan)
        fillLoans();
    retranslate();
    propose();
}

RepaymentDialog::~RepaymentDialog() = default;

void RepaymentDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_errors = new FieldErrors(FieldErrors::makeLabel(this, QStringLiteral("generalError")), this);
    EntryFormSupport::FieldGrid fields(this, grid, m_errors, &m_captions);

    m_loanCombo = new QComboBox(this);
    m_loanCombo->setObjectName(QStringLiteral("loanCombo"));
    m_loanCombo->setEditable(true);
    m_loanCombo->setInsertPolicy(QComboBox::NoInsert);
    m_loanCombo->completer()->setFilterMode(Qt::MatchContains);
    m_loanCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    QLabel* loanCaption =
        fields.add(QT_TR_NOOP("&Loan:"), m_loanCombo, QStringLiteral("loan_no"), QStringLiteral("loanError"));
    m_loanCombo->setVisible(!m_fixedLoan);
    loanCaption->setVisible(!m_fixedLoan);
    m_loanLabel = EntryFormSupport::makeNoteLabel(this, QStringLiteral("loanLabel"));
    fields.addBelow(m_loanLabel);

    m_paidOnEdit = EntryFormSupport::makeDateEdit(this, QStringLiteral("paidOnEdit"));
    fields.add(QT_TR_NOOP("Paid &on:"), m_paidOnEdit, QStringLiteral("paid_on"),
               QStringLiteral("paidOnError"));
    m_outstandingLabel = EntryFormSupport::makeNoteLabel(this, QStringLiteral("outstandingLabel"));
    fields.addBelow(m_outstandingLabel);
    m_principalEdit = new MoneyEdit(this);
    m_principalEdit->setObjectName(QStringLiteral("principalEdit"));
    fields.add(QT_TR_NOOP("&Principal (đồng):"), m_principalEdit, QStringLiteral("principal"),
               QStringLiteral("principalError"));
    m_interestEdit = new MoneyEdit(this);
    m_interestEdit->setObjectName(QStringLiteral("interestEdit"));
    fields.add(QT_TR_NOOP("&Interest (đồng):"), m_interestEdit, QStringLiteral("interest"),
               QStringLiteral("interestError"));

    m_proposalLabel = EntryFormSupport::makeWarningBox(this, QStringLiteral("proposalLabel"));
    m_proposalLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #eef4fb; color: #23384d; border: 1px solid "
                       "#c5d6ea; border-radius: 3px; padding: 6px 8px; }"));
    layout->addWidget(m_proposalLabel);
    layout->addWidget(findChild<QLabel*>(QStringLiteral("generalError")));
    layout->addStretch(1);

    std::tie(m_saveButton, m_cancelButton) = EntryFormSupport::addSaveAndCancel(this, layout);

    connect(m_loanCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setLoan(m_loanCombo->itemData(index).toString());
    });
    connect(m_paidOnEdit, &QDateEdit::dateChanged, this, &RepaymentDialog::propose);
    // Amounts the staff member typed are what was collected: a later change of date does not replace them.
    for (MoneyEdit* edit : {m_principalEdit, m_interestEdit})
        connect(edit, &QLineEdit::textEdited, this, [this]() { m_amountsTyped = true; });
    connect(m_saveButton, &QPushButton::clicked, this, &RepaymentDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(620, 420);
}

void RepaymentDialog::fillLoans()
{
    LoanRepository loans(m_database);
    QList<Loan> all;
    if (const Status visited = loans.forEachLoan([&all](const Loan& loan) { all.append(loan); }); !visited) {
        m_errors->showGeneral(visited.error().message);
        return;
    }
    QStringList ids;
    for (const Loan& loan : std::as_const(all))
        ids.append(loan.borrowerId);
    ids.removeDuplicates();
    auto borrowers = BorrowerRepository(m_database).find(ids);
    const QSignalBlocker blocker(m_loanCombo);
    m_loanCombo->clear();
    for (const Loan& loan : std::as_const(all)) {
        const QString name = borrowers ? borrowers->value(loan.borrowerId).fullName : QString();
        m_loanCombo->addItem(
            QStringLiteral("%1 · %2 · %3 · %4").arg(loan.loanNo, name, loan.borrowerId, loan.programCode),
            loan.loanNo);
    }
    m_loanCombo->setCurrentIndex(-1);
}

void RepaymentDialog::retranslate()
{
    setWindowTitle(m_loanNo.isEmpty() ? tr("New repayment") : tr("New repayment of %1").arg(m_loanNo));
    for (const auto& [label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    if (m_loanCombo->lineEdit())
        m_loanCombo->lineEdit()->setPlaceholderText(
            tr("Type part of the loan number or the borrower's name"));
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    showProposal();
}

void RepaymentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString RepaymentDialog::money(Money amount) const
{
    return amount.format(m_options.locale());
}

void RepaymentDialog::setLoan(const QString& loanNo)
{
    m_loanNo = loanNo;
    const int index = m_loanCombo->findData(loanNo);
    if (index >= 0 && index != m_loanCombo->currentIndex()) {
        const QSignalBlocker blocker(m_loanCombo);
        m_loanCombo->setCurrentIndex(index);
    }
    setWindowTitle(tr("New repayment of %1").arg(m_loanNo));
    m_amountsTyped = false;
    propose();
}

void RepaymentDialog::propose()
{
    m_proposal.reset();
    m_readError.clear();
    if (!m_loanNo.isEmpty()) {
        auto found = LoanAdvice(m_database).repaymentProposal(m_loanNo, m_paidOnEdit->date());
        if (found) {
            m_proposal = *found;
            if (auto borrowers = BorrowerRepository(m_database).find({found->loan.borrowerId}))
                m_borrowerName = borrowers->value(found->loan.borrowerId).fullName;
        } else {
            m_readError = found.error().message;
        }
    }
    if (m_amountsTyped) {
        // What was typed stays; the note under the fields shows the proposal for the new date.
    } else if (m_proposal) {
        // The fields take the proposal for the date; the staff member types over it what was collected.
        m_principalEdit->setValue(m_proposal->proposal.principalDue);
        m_interestEdit->setValue(m_proposal->proposal.interest);
    } else {
        m_principalEdit->clearValue();
        m_interestEdit->clearValue();
    }
    showProposal();
}

void RepaymentDialog::showProposal()
{
    const QDate day = m_paidOnEdit->date();
    if (!m_proposal) {
        m_loanLabel->setText(m_readError.isEmpty() ? tr("Choose the loan.") : m_readError);
        m_outstandingLabel->clear();
        m_proposalLabel->hide();
        return;
    }
    const Loan& loan = m_proposal->loan;
    const CollectionProposal& p = m_proposal->proposal;
    m_loanLabel->setText(
        tr("Loan %1 of %2 (%3), program %4, %5 đồng disbursed on %6, matures on %7, rate %8 % a month")
            .arg(loan.loanNo, m_borrowerName, loan.borrowerId, loan.programCode, money(loan.amount),
                 m_options.date(loan.disbursedOn), m_options.date(loan.maturityOn),
                 m_proposal->rate.format(m_options.locale())));
    m_outstandingLabel->setText(tr("Outstanding at the end of %1: %2 đồng (overdue: %3 đồng)")
                                    .arg(m_options.date(day), money(p.outstanding), money(p.overdue)));
    QString text = tr("A proposal, not a figure: type what was actually collected.") + u'\n';
    text += tr("Principal: %1 đồng due by %2 under the schedule and not yet repaid.")
                .arg(money(p.principalDue), m_options.date(day)) +
            u'\n';
    if (p.interestDays > 0)
        text +=
            tr("Interest: %1 đồng outstanding × %2 % a month × %3 days (since %4) ÷ 30 = %5 đồng, rounded to "
               "the đồng.")
                .arg(money(p.outstanding), m_proposal->rate.format(m_options.locale()))
                .arg(p.interestDays)
                .arg(m_options.date(p.interestFrom), money(p.interest));
    else
        text += tr("Interest: nothing is due on %1.").arg(m_options.date(day));
    m_proposalLabel->setText(text);
    m_proposalLabel->show();
}

bool RepaymentDialog::save()
{
    m_errors->clear();
    if (m_loanNo.isEmpty()) {
        m_errors->show(QStringLiteral("loan_no"), tr("Choose the loan."));
        return false;
    }
    const Repayment repayment(m_loanNo, m_paidOnEdit->date(), m_principalEdit->value(),
                              m_interestEdit->value());
    if (m_proposal && repayment.principal > m_proposal->proposal.outstanding) {
        m_errors->show(QStringLiteral("principal"),
                       tr("The principal %1 đồng is more than the outstanding balance of %2 đồng on %3.")
                           .arg(money(repayment.principal), money(m_proposal->proposal.outstanding),
                                m_options.date(repayment.paidOn)));
        return false;
    }
    PortfolioService service(m_database, m_actor);
    auto posted = service.postRepayment(repayment);
    if (!posted) {
        m_errors->showRefusal(posted.error(), service.problems());
        return false;
    }
    m_savedEntryNo = *posted;
    accept();
    return true;
}
