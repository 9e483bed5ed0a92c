#include "BorrowerLedgerView.h"

#include "ui_BorrowerLedgerView.h"

#include "common/BackgroundLoader.h"
#include "common/RatioStyle.h"
#include "entry/LoanDialog.h"
#include "entry/RepaymentDialog.h"
#include "entry/ReverseEntryDialog.h"
#include "entry/SavingsDialog.h"
#include "models/CellTableModel.h"
#include "models/ItemRoles.h"
#include "models/TableFilterProxyModel.h"
#include "repo/ReferenceRepository.h"
#include "report/PortfolioBrowser.h"
#include "service/Authorizer.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

namespace {

const QColor kPaid(0x1b, 0x7a, 0x3d);
const QColor kOverdueText(0xb7, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfd, 0xde, 0xdc);
const QColor kFrozen(0x5b, 0x4a, 0x8f);
/// A reversed entry: struck through in grey.
const QColor kReversedText(0x7a, 0x85, 0x91);
/// A reversal: dark amber on light amber, in italics.
const QColor kReversalText(0x8a, 0x4b, 0x00);
const QColor kReversalBackground(0xff, 0xf4, 0xde);

CellTableModel::Cell text(const QString& value)
{
    CellTableModel::Cell cell;
    cell.text = value;
    return cell;
}

CellTableModel::Cell number(const QString& value, const QVariant& sortValue)
{
    CellTableModel::Cell cell;
    cell.text = value;
    cell.sortValue = sortValue;
    cell.numeric = true;
    return cell;
}

CellTableModel::Cell amount(const DisplayOptions& options, Money value)
{
    return number(options.money(value), value.dong());
}

CellTableModel::Cell date(const DisplayOptions& options, const QDate& value)
{
    return number(options.date(value), value);
}

/// An amount a reversal takes back, with a minus sign (a zero stays a plain zero).
CellTableModel::Cell takenBack(const DisplayOptions& options, Money value)
{
    if (!value.isPositive())
        return amount(options, value);
    return number(options.signedMoney(-value), (-value).dong());
}

/// Marks the cells of an entry's row: a reversal in italics on amber, a reversed entry struck through in grey
/// (its number, date and amounts; the balance after it and the note stay plain).
void markEntry(CellTableModel::Row& row, const BorrowerLedger::EntryMarks& marks, const QString& note,
               int noteColumn, const QList<int>& struck)
{
    for (qsizetype column = 0; column < row.size(); ++column) {
        CellTableModel::Cell& cell = row[column];
        cell.toolTip = note;
        if (marks.isReversal()) {
            cell.italic = true;
            cell.foreground = kReversalText;
            cell.background = kReversalBackground;
        } else if (marks.isReversed()) {
            cell.foreground = kReversedText;
            cell.strikeOut = struck.contains(static_cast<int>(column));
        }
    }
    if (marks.isReversed())
        row[noteColumn].foreground = kOverdueText;
}

void prepareTable(QTableView* view, TableFilterProxyModel* proxy)
{
    view->setModel(proxy);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

BorrowerLedgerView::BorrowerLedgerView(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BorrowerLedgerView>())
    , m_loader(new BackgroundLoader(databasePath, this))
    , m_loans(new CellTableModel(this))
    , m_installments(new CellTableModel(this))
    , m_repayments(new CellTableModel(this))
    , m_savings(new CellTableModel(this))
    , m_memberships(new CellTableModel(this))
{
    m_ui->setupUi(this);
    QFont name = m_ui->nameLabel->font();
    name.setPointSizeF(14);
    name.setBold(true);
    m_ui->nameLabel->setFont(name);
    m_ui->detailsLabel->setStyleSheet(QStringLiteral("color: #4a5765;"));
    const QList<std::pair<QTableView*, CellTableModel*>> tables = {
        {m_ui->ledgerLoansTableView, m_loans},       {m_ui->installmentsTableView, m_installments},
        {m_ui->repaymentsTableView, m_repayments},   {m_ui->savingsTableView, m_savings},
        {m_ui->membershipsTableView, m_memberships},
    };
    for (const auto& [view, model] : tables) {
        auto* proxy = new TableFilterProxyModel(this);
        proxy->setSourceModel(model);
        prepareTable(view, proxy);
        m_proxies.append(proxy);
    }
    m_ui->ledgerSplitter->setStretchFactor(0, 2);
    m_ui->ledgerSplitter->setStretchFactor(1, 3);
    connect(m_ui->ledgerLoansTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex source = m_proxies[0]->mapToSource(current);
                if (source.isValid() && source.row() != m_selectedLoan) {
                    m_selectedLoan = source.row();
                    renderLoan();
                }
            });
    connect(m_loader, &BackgroundLoader::busyChanged, this, &BorrowerLedgerView::busyChanged);
    connect(m_ui->newLoanButton, &QPushButton::clicked, this, &BorrowerLedgerView::newLoan);
    connect(m_ui->editLoanButton, &QPushButton::clicked, this, &BorrowerLedgerView::editLoan);
    connect(m_ui->newRepaymentButton, &QPushButton::clicked, this, &BorrowerLedgerView::newRepayment);
    connect(m_ui->newSavingsButton, &QPushButton::clicked, this, &BorrowerLedgerView::newSavingsEntry);
    connect(m_ui->reverseEntryButton, &QPushButton::clicked, this, &BorrowerLedgerView::reverseSelectedEntry);
    connect(m_ui->ledgerTabWidget, &QTabWidget::currentChanged, this,
            &BorrowerLedgerView::updateEntryActions);
    for (const auto& [view, savings] :
         {std::pair{m_ui->repaymentsTableView, false}, std::pair{m_ui->savingsTableView, true}}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, savings = savings](const QPoint& position) { showEntryMenu(savings, position); });
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &BorrowerLedgerView::updateEntryActions);
    }
    connect(m_ui->borrowerHistoryButton, &QPushButton::clicked, this, [this]() {
        if (!m_borrowerId.isEmpty())
            emit historyRequested(m_borrowerId);
    });
    render();
}

BorrowerLedgerView::~BorrowerLedgerView() = default;

bool BorrowerLedgerView::isBusy() const
{
    return m_loader->isBusy();
}

void BorrowerLedgerView::setState(const ViewState& state)
{
    m_state = state;
    for (TableFilterProxyModel* proxy : std::as_const(m_proxies))
        proxy->setCollationLocale(state.options.locale());
    render();
    loadIfNeeded();
}

void BorrowerLedgerView::setBorrower(const QString& borrowerId)
{
    if (borrowerId == m_borrowerId)
        return;
    m_borrowerId = borrowerId;
    m_ledger.reset();
    m_selectedLoan = -1;
    render();
    loadIfNeeded();
}

void BorrowerLedgerView::reload()
{
    m_loaded.reset();
    m_loading.reset();
    loadIfNeeded();
}

void BorrowerLedgerView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void BorrowerLedgerView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

void BorrowerLedgerView::loadIfNeeded()
{
    if (!isVisible() || m_borrowerId.isEmpty() || !m_state.month.isValid())
        return;
    const Request wanted{m_borrowerId, m_state.month.lastDay(), m_state.options.language};
    if ((m_loaded && *m_loaded == wanted) || (m_loading && *m_loading == wanted))
        return;
    m_loading = wanted;
    render();
    m_loader->load<Loaded>(
        [wanted](Database& database) -> Result<Loaded> {
            auto ledger = PortfolioBrowser(database, wanted.language).ledger(wanted.borrowerId, wanted.asOf);
            if (!ledger)
                return ledger.error();
            auto catalogue = ReferenceRepository(database).catalogue();
            if (!catalogue)
                return catalogue.error();
            Loaded loaded{std::move(ledger).value(), {}};
            for (const BorrowerLedger::MembershipLine& line : std::as_const(loaded.ledger.memberships))
                loaded.organizationNames.insert(
                    line.organizationCode,
                    catalogue->organizationName(line.organizationCode, wanted.language));
            return loaded;
        },
        [this, wanted](const Result<Loaded>& result) {
            // The loan selected stays selected when the same borrower's ledger is read again.
            QString keep;
            if (m_ledger && m_ledger->borrower.id == wanted.borrowerId && m_selectedLoan >= 0 &&
                m_selectedLoan < m_ledger->loans.size())
                keep = m_ledger->loans[m_selectedLoan].loan.loanNo;
            m_loading.reset();
            if (!result) {
                m_error = result.error().message;
                m_ledger.reset();
                m_organizationNames.clear();
                m_loaded.reset();
            } else {
                m_error.clear();
                m_ledger = result->ledger;
                m_organizationNames = result->organizationNames;
                m_loaded = wanted;
            }
            m_selectedLoan = -1;
            for (qsizetype i = 0; m_ledger && i < m_ledger->loans.size() && !keep.isEmpty(); ++i) {
                if (m_ledger->loans[i].loan.loanNo == keep)
                    m_selectedLoan = static_cast<int>(i);
            }
            if (m_ledger && m_selectedLoan < 0) {
                // Open on the first loan with overdue debt, else the first one.
                for (qsizetype i = 0; i < m_ledger->loans.size() && m_selectedLoan < 0; ++i) {
                    if (m_ledger->loans[i].position.overdue.isPositive())
                        m_selectedLoan = static_cast<int>(i);
                }
                if (m_selectedLoan < 0 && !m_ledger->loans.isEmpty())
                    m_selectedLoan = 0;
            }
            render();
        });
}

QString BorrowerLedgerView::statusText(BorrowerLedger::InstallmentStatus status) const
{
    switch (status) {
    case BorrowerLedger::InstallmentStatus::Paid:
        return tr("Paid", "state of an installment");
    case BorrowerLedger::InstallmentStatus::Overdue:
        return tr("Overdue", "state of an installment");
    case BorrowerLedger::InstallmentStatus::Frozen:
        return tr("Frozen", "state of an installment");
    case BorrowerLedger::InstallmentStatus::Unpaid:
        break;
    }
    return tr("Unpaid", "state of an installment");
}

QString BorrowerLedgerView::entryNote(const BorrowerLedger::EntryMarks& marks) const
{
    const DisplayOptions& options = m_state.options;
    if (marks.isReversal())
        return marks.reason.isEmpty() ? tr("Reversal of no. %1").arg(marks.reverses)
                                      : tr("Reversal of no. %1: %2").arg(marks.reverses).arg(marks.reason);
    if (marks.isReversed())
        return marks.reason.isEmpty()
                   ? tr("Reversed by no. %1 on %2").arg(marks.reversedBy).arg(options.date(marks.reversedOn))
                   : tr("Reversed by no. %1 on %2: %3")
                         .arg(marks.reversedBy)
                         .arg(options.date(marks.reversedOn), marks.reason);
    return {};
}

void BorrowerLedgerView::selectLoan(int row)
{
    if (row < 0 || row >= m_loans->rowCount())
        return;
    const QModelIndex proxyIndex = m_proxies[0]->mapFromSource(m_loans->index(row, 0));
    m_ui->ledgerLoansTableView->setCurrentIndex(proxyIndex);
    m_selectedLoan = row;
    renderLoan();
}

void BorrowerLedgerView::render()
{
    const DisplayOptions& options = m_state.options;
    const QString unit = u'\n' + tr("(%1)").arg(options.unitName());
    m_loans->setHeaders({tr("Loan"), tr("Program"), tr("Amount") + unit, tr("Disbursed on"), tr("Matures on"),
                         tr("Outstanding") + unit, tr("Overdue") + unit, tr("Frozen") + unit,
                         tr("Installments\noverdue"), tr("State")},
                        {false, false, true, true, true, true, true, true, true, false});
    m_savings->setHeaders({tr("No.", "entry number"), tr("Date"), tr("Deposit (+) or withdrawal (−)") + unit,
                           tr("Balance after") + unit, tr("Note")},
                          {true, true, true, true, false});
    if (!m_ledger) {
        m_ui->nameLabel->setText(m_borrowerId.isEmpty() ? tr("Borrower ledger") : m_borrowerId);
        m_ui->detailsLabel->setText(
            m_error.isEmpty()
                ? (m_loading ? tr("Loading the ledger…") : tr("Choose a borrower on the Borrowers page."))
                : tr("The ledger could not be read: %1").arg(m_error));
        m_ui->summaryLabel->clear();
        m_loans->setRows({});
        m_savings->setRows({});
        m_ui->borrowerHistoryButton->setEnabled(!m_borrowerId.isEmpty());
        renderLoan();
        renderMemberships();
        updateEntryActions();
        return;
    }
    const BorrowerLedger& ledger = *m_ledger;
    m_ui->borrowerHistoryButton->setEnabled(true);
    m_ui->nameLabel->setText(ledger.borrower.fullName);
    QStringList details;
    details << tr("Customer code %1").arg(ledger.borrower.id);
    details << (ledger.borrower.kind == BorrowerKind::Organization ? tr("Tax code %1") : tr("ID number %1"))
                   .arg(ledger.borrower.idNumber);
    QString place = ledger.communeName;
    if (!ledger.borrower.village.isEmpty())
        place = ledger.borrower.village + QStringLiteral(", ") + place;
    details << place;
    if (ledger.borrower.groupCode.isEmpty())
        details << ledger.organizationName;
    else
        details << tr("Group %1 (%2)").arg(ledger.groupName, ledger.organizationName);
    m_ui->detailsLabel->setText(details.join(QStringLiteral("   ·   ")));
    QString summary =
        tr("At the end of %1: outstanding <b>%2</b>, overdue <b>%3</b>, frozen <b>%4</b>, savings "
           "<b>%5</b> (%6)")
            .arg(options.date(ledger.asOf), options.money(ledger.total.outstanding),
                 options.money(ledger.total.overdue), options.money(ledger.total.frozen),
                 options.money(ledger.savingsBalance), options.unitName());
    if (ledger.total.overdue.isPositive())
        summary = QStringLiteral("<span style=\"color:#b71c1c\">") + summary + QStringLiteral("</span>");
    m_ui->summaryLabel->setText(summary);

    QList<CellTableModel::Row> loans;
    QStringList keys;
    for (const BorrowerLedger::LoanEntry& entry : ledger.loans) {
        int overdueInstallments = 0;
        for (const auto& installment : entry.installments)
            overdueInstallments += installment.status == BorrowerLedger::InstallmentStatus::Overdue ? 1 : 0;
        QString state = tr("Current", "state of a loan");
        QColor colour;
        if (entry.position.frozen.isPositive()) {
            state = tr("Frozen", "state of a loan");
            colour = kFrozen;
        } else if (entry.position.overdue.isPositive()) {
            state = tr("Overdue", "state of a loan");
            colour = kOverdueText;
        } else if (!entry.position.outstanding.isPositive()) {
            state = tr("Repaid", "state of a loan");
            colour = kPaid;
        }
        CellTableModel::Cell overdue = amount(options, entry.position.overdue);
        if (entry.position.overdue.isPositive())
            overdue.foreground = kOverdueText;
        CellTableModel::Cell stateCell = text(state);
        stateCell.foreground = colour;
        loans.append({text(entry.loan.loanNo), text(entry.programName), amount(options, entry.loan.amount),
                      date(options, entry.loan.disbursedOn), date(options, entry.loan.maturityOn),
                      amount(options, entry.position.outstanding), overdue,
                      amount(options, entry.position.frozen),
                      number(options.count(overdueInstallments), overdueInstallments), stateCell});
        keys.append(entry.loan.loanNo);
    }
    m_loans->setRows(loans, keys);
    m_ui->ledgerLoansTableView->resizeColumnsToContents();

    QList<CellTableModel::Row> savings;
    for (const BorrowerLedger::SavingsLine& line : ledger.savings) {
        // A reversal takes its amount back: shown with the opposite sign of the entry it reverses.
        const Money change = line.marks.isReversal() ? -line.amount : line.amount;
        const QString note = entryNote(line.marks);
        CellTableModel::Row row = {number(QString::number(line.marks.entryNo), line.marks.entryNo),
                                   date(options, line.on), number(options.signedMoney(change), change.dong()),
                                   amount(options, line.balanceAfter), text(note)};
        markEntry(row, line.marks, note, SavingsNote, {SavingsNo, SavingsOn, SavingsAmount});
        savings.append(row);
    }
    m_savings->setRows(savings);
    m_ui->savingsTableView->resizeColumnsToContents();
    m_ui->ledgerTabWidget->setTabText(2, tr("Savings (%1)").arg(options.count(ledger.savings.size())));
    renderMemberships();
    if (m_selectedLoan >= 0)
        selectLoan(m_selectedLoan);
    else
        renderLoan();
    updateEntryActions();
}

void BorrowerLedgerView::renderMemberships()
{
    const DisplayOptions& options = m_state.options;
    m_memberships->setHeaders({tr("From"), tr("Commune"), tr("Group"), tr("Organisation")},
                              {true, false, false, false});
    if (!m_ledger) {
        m_memberships->setRows({});
        m_ui->ledgerTabWidget->setTabText(3, tr("Memberships"));
        return;
    }
    QList<CellTableModel::Row> rows;
    const QList<BorrowerLedger::MembershipLine>& lines = m_ledger->memberships;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const BorrowerLedger::MembershipLine& line = lines[i];
        // The first membership has no date: it is the one the borrower was registered with.
        CellTableModel::Cell from =
            line.from.isValid() ? date(options, line.from) : number(tr("at registration"), QDate(1, 1, 1));
        CellTableModel::Cell group =
            text(line.groupCode.isEmpty() ? tr("in no group")
                                          : QStringLiteral("%1 · %2").arg(line.groupCode, line.groupName));
        CellTableModel::Row row = {
            from, text(line.communeName), group,
            text(m_organizationNames.value(line.organizationCode, line.organizationCode))};
        if (i == lines.size() - 1 && lines.size() > 1) {
            for (CellTableModel::Cell& cell : row)
                cell.bold = true;
        }
        if (line.from.isValid()) {
            for (CellTableModel::Cell& cell : row)
                cell.toolTip = tr("Moved on %1").arg(options.date(line.from));
        }
        rows.append(row);
    }
    m_memberships->setRows(rows);
    m_ui->membershipsTableView->resizeColumnsToContents();
    m_ui->ledgerTabWidget->setTabText(3, tr("Memberships (%1)").arg(options.count(lines.size())));
}

void BorrowerLedgerView::renderLoan()
{
    const DisplayOptions& options = m_state.options;
    const QString unit = u'\n' + tr("(%1)").arg(options.unitName());
    m_installments->setHeaders({tr("Due on"), tr("Principal due") + unit, tr("Paid") + unit,
                                tr("Unpaid") + unit, tr("State"), tr("Days past due")},
                               {true, true, true, true, false, true});
    m_repayments->setHeaders({tr("No.", "entry number"), tr("Paid on"), tr("Principal") + unit,
                              tr("Interest") + unit, tr("Outstanding after") + unit, tr("Note")},
                             {true, true, true, true, true, false});
    if (!m_ledger || m_selectedLoan < 0 || m_selectedLoan >= m_ledger->loans.size()) {
        m_installments->setRows({});
        m_repayments->setRows({});
        m_ui->ledgerTabWidget->setTabText(0, tr("Installments"));
        m_ui->ledgerTabWidget->setTabText(1, tr("Repayments"));
        updateEntryActions();
        return;
    }
    const BorrowerLedger::LoanEntry& entry = m_ledger->loans[m_selectedLoan];
    QList<CellTableModel::Row> installments;
    for (const BorrowerLedger::InstallmentLine& line : entry.installments) {
        CellTableModel::Cell state = text(statusText(line.status));
        CellTableModel::Cell days =
            number(line.daysPastDue > 0 ? options.count(line.daysPastDue) : QString(), line.daysPastDue);
        CellTableModel::Cell unpaid = amount(options, line.unpaid);
        switch (line.status) {
        case BorrowerLedger::InstallmentStatus::Paid:
            state.foreground = kPaid;
            break;
        case BorrowerLedger::InstallmentStatus::Overdue:
            for (CellTableModel::Cell* cell : {&state, &days, &unpaid}) {
                cell->foreground = kOverdueText;
                cell->background = kOverdueBackground;
            }
            state.bold = true;
            break;
        case BorrowerLedger::InstallmentStatus::Frozen:
            state.foreground = kFrozen;
            break;
        case BorrowerLedger::InstallmentStatus::Unpaid:
            break;
        }
        installments.append({date(options, line.dueOn), amount(options, line.principal),
                             amount(options, line.paid), unpaid, state, days});
    }
    m_installments->setRows(installments);
    m_ui->installmentsTableView->resizeColumnsToContents();
    QList<CellTableModel::Row> repayments;
    for (const BorrowerLedger::RepaymentLine& line : entry.repayments) {
        const QString note = entryNote(line.marks);
        CellTableModel::Row row = {number(QString::number(line.marks.entryNo), line.marks.entryNo),
                                   date(options, line.paidOn)};
        if (line.marks.isReversal()) {
            // A reversal takes the amounts it carries back: shown with a minus sign.
            row.append(takenBack(options, line.principal));
            row.append(takenBack(options, line.interest));
        } else {
            row.append(amount(options, line.principal));
            row.append(amount(options, line.interest));
        }
        row.append(amount(options, line.outstandingAfter));
        row.append(text(note));
        markEntry(row, line.marks, note, RepaymentNote,
                  {RepaymentNo, RepaymentPaidOn, RepaymentPrincipal, RepaymentInterest});
        repayments.append(row);
    }
    m_repayments->setRows(repayments);
    m_ui->repaymentsTableView->resizeColumnsToContents();
    m_ui->ledgerTabWidget->setTabText(
        0, tr("Installments of %1 (%2)").arg(entry.loan.loanNo, options.count(entry.installments.size())));
    m_ui->ledgerTabWidget->setTabText(
        1, tr("Repayments of %1 (%2)").arg(entry.loan.loanNo, options.count(entry.repayments.size())));
    updateEntryActions();
}

void BorrowerLedgerView::setDatabase(Database* database)
{
    m_database = database;
    updateEntryActions();
}

void BorrowerLedgerView::setActor(const Actor& actor)
{
    m_actor = actor;
    updateEntryActions();
}

const BorrowerLedger::EntryMarks* BorrowerLedgerView::marksOf(bool savings, qint64 entryNo) const
{
    if (!m_ledger || entryNo <= 0)
        return nullptr;
    if (savings) {
        for (const BorrowerLedger::SavingsLine& line : m_ledger->savings) {
            if (line.marks.entryNo == entryNo)
                return &line.marks;
        }
        return nullptr;
    }
    for (const BorrowerLedger::LoanEntry& loan : m_ledger->loans) {
        for (const BorrowerLedger::RepaymentLine& line : loan.repayments) {
            if (line.marks.entryNo == entryNo)
                return &line.marks;
        }
    }
    return nullptr;
}

qint64 BorrowerLedgerView::selectedEntry(bool savings) const
{
    const QTableView* view = savings ? m_ui->savingsTableView : m_ui->repaymentsTableView;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return 0;
    return current.sibling(current.row(), 0).data(ItemRoles::SortRole).toLongLong();
}

void BorrowerLedgerView::selectEntry(bool savings, qint64 entryNo)
{
    QTableView* view = savings ? m_ui->savingsTableView : m_ui->repaymentsTableView;
    m_ui->ledgerTabWidget->setCurrentIndex(savings ? 2 : 1);
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRoles::SortRole).toLongLong() == entryNo) {
            view->setCurrentIndex(model->index(row, 0));
            break;
        }
    }
    updateEntryActions();
}

QString BorrowerLedgerView::whyNotReversible(bool savings, qint64 entryNo) const
{
    const BorrowerLedger::EntryMarks* marks = marksOf(savings, entryNo);
    if (!marks)
        return savings ? tr("Select a savings entry first.") : tr("Select a repayment first.");
    if (marks->isReversal())
        return tr("No. %1 is itself a reversal: it cannot be reversed. Post the right entry again instead.")
            .arg(entryNo);
    if (marks->isReversed())
        return tr("No. %1 is reversed already (by no. %2).").arg(entryNo).arg(marks->reversedBy);
    return {};
}

void BorrowerLedgerView::updateEntryActions()
{
    const bool ready = m_database && m_ledger.has_value();
    const QString noDatabase = tr("This window cannot change the portfolio.");
    m_ui->newLoanButton->setEnabled(ready);
    m_ui->newRepaymentButton->setEnabled(ready && !m_ledger->loans.isEmpty());
    m_ui->editLoanButton->setEnabled(ready && m_selectedLoan >= 0 && m_selectedLoan < m_ledger->loans.size());
    const bool grouped = ready && m_ledger->borrower.kind == BorrowerKind::Household &&
                         m_ledger->organizationCode != kDirectKey;
    m_ui->newSavingsButton->setEnabled(grouped);
    m_ui->newSavingsButton->setToolTip(
        !m_database ? noDatabase
                    : (ready && !grouped ? tr("Savings belong to households in a savings-and-loan group.")
                                         : tr("Post a savings deposit or withdrawal of this borrower")));
    const int tab = m_ui->ledgerTabWidget->currentIndex();
    QString why;
    if (!m_database)
        why = noDatabase;
    else if (tab != 1 && tab != 2)
        why = tr("Select a repayment or a savings entry on their tab first.");
    else
        why = whyNotReversible(tab == 2, selectedEntry(tab == 2));
    m_ui->reverseEntryButton->setEnabled(ready && why.isEmpty());
    m_ui->reverseEntryButton->setToolTip(
        why.isEmpty() ? tr("Reverse the repayment or savings entry selected, giving a reason") : why);

    // A role that may not write these is told who may (the write service refuses it anyway).
    const struct
    {
        QPushButton* button;
        Operation operation;
        QString usual;
    } gated[] = {
        {m_ui->newLoanButton, Operation::DisburseLoan, tr("Disburse a new loan to this borrower")},
        {m_ui->editLoanButton, Operation::EditLoan,
         tr("Correct the selected loan where it touches no closed month")},
        {m_ui->newRepaymentButton, Operation::PostRepayment, tr("Post a repayment of the selected loan")},
        {m_ui->newSavingsButton, Operation::PostSavings, m_ui->newSavingsButton->toolTip()},
        {m_ui->reverseEntryButton, tab == 2 ? Operation::ReverseSavings : Operation::ReverseRepayment,
         m_ui->reverseEntryButton->toolTip()},
    };
    for (const auto& entry : gated) {
        if (Authorizer::allowsActor(m_actor, entry.operation)) {
            entry.button->setToolTip(entry.usual);
            continue;
        }
        entry.button->setEnabled(false);
        entry.button->setToolTip(Authorizer::whyNot(*m_actor.role, entry.operation));
    }
}

void BorrowerLedgerView::showEntryMenu(bool savings, const QPoint& position)
{
    QTableView* view = savings ? m_ui->savingsTableView : m_ui->repaymentsTableView;
    const QModelIndex index = view->indexAt(position);
    if (index.isValid())
        view->setCurrentIndex(index);
    const qint64 entryNo = selectedEntry(savings);
    QMenu menu(this);
    QAction* reverse = menu.addAction(tr("Re&verse entry…"));
    const Operation reversal = savings ? Operation::ReverseSavings : Operation::ReverseRepayment;
    const QString why = !m_database ? tr("This window cannot change the portfolio.")
                        : !Authorizer::allowsActor(m_actor, reversal)
                            ? Authorizer::whyNot(*m_actor.role, reversal)
                            : whyNotReversible(savings, entryNo);
    reverse->setEnabled(why.isEmpty());
    reverse->setToolTip(why);
    menu.setToolTipsVisible(true);
    QAction* add = menu.addAction(savings ? tr("New &savings entry…") : tr("New &repayment…"));
    add->setEnabled(savings ? m_ui->newSavingsButton->isEnabled() : m_ui->newRepaymentButton->isEnabled());
    QAction* chosen = menu.exec(view->viewport()->mapToGlobal(position));
    if (chosen == reverse)
        reverseEntry(savings, entryNo);
    else if (chosen == add)
        savings ? newSavingsEntry() : newRepayment();
}

void BorrowerLedgerView::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        reload();
        emit changed();
    });
    dialog->open();
}

void BorrowerLedgerView::newLoan()
{
    if (!m_database || m_borrowerId.isEmpty())
        return;
    auto* dialog = new LoanDialog(*m_database, m_state.options, this, m_actor);
    dialog->setBorrower(m_borrowerId);
    openDialog(dialog);
}

void BorrowerLedgerView::editLoan()
{
    if (!m_database || !m_ledger || m_selectedLoan < 0 || m_selectedLoan >= m_ledger->loans.size())
        return;
    auto* dialog = new LoanDialog(*m_database, m_state.options, this, m_actor);
    dialog->editExisting(m_ledger->loans[m_selectedLoan].loan.loanNo);
    openDialog(dialog);
}

void BorrowerLedgerView::newRepayment()
{
    if (!m_database)
        return;
    QString loanNo;
    if (m_ledger && m_selectedLoan >= 0 && m_selectedLoan < m_ledger->loans.size())
        loanNo = m_ledger->loans[m_selectedLoan].loan.loanNo;
    openDialog(new RepaymentDialog(*m_database, m_state.options, loanNo, this, m_actor));
}

void BorrowerLedgerView::newSavingsEntry()
{
    if (!m_database || m_borrowerId.isEmpty())
        return;
    openDialog(new SavingsDialog(*m_database, m_state.options, m_borrowerId, this, m_actor));
}

void BorrowerLedgerView::reverseSelectedEntry()
{
    const int tab = m_ui->ledgerTabWidget->currentIndex();
    if (tab == 1 || tab == 2)
        reverseEntry(tab == 2, selectedEntry(tab == 2));
}

void BorrowerLedgerView::reverseEntry(bool savings, qint64 entryNo)
{
    if (!m_database || !whyNotReversible(savings, entryNo).isEmpty())
        return;
    openDialog(new ReverseEntryDialog(*m_database, m_state.options,
                                      savings ? ReverseEntryDialog::Kind::Savings
                                              : ReverseEntryDialog::Kind::Repayment,
                                      entryNo, this, m_actor));
}
