#include "LoanDialog.h"

#include "EntryFormSupport.h"
#include "FieldErrors.h"
#include "ScheduleDelegate.h"
#include "calc/ScheduleGenerator.h"
#include "common/MoneyEdit.h"
#include "domain/FieldLimits.h"
#include "domain/VietnameseText.h"
#include "repo/BorrowerRepository.h"
#include "repo/GroupRepository.h"
#include "repo/LoanRepository.h"
#include "repo/ReferenceRepository.h"
#include "service/PortfolioService.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The most borrowers the search lists at once.
constexpr int kMaxMatches = 50;

enum ScheduleColumn
{
    DueOnColumn,
    PrincipalColumn,
};

} // namespace

LoanDialog::LoanDialog(Database& database, const DisplayOptions& options, QWidget* parent, Actor actor)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("loanDialog"));
    setLocale(options.locale());
    build();
    load();
    retranslate(); // also shows the terms, the warnings and the schedule's total
}

LoanDialog::~LoanDialog() = default;

void LoanDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_errors = new FieldErrors(FieldErrors::makeLabel(this, QStringLiteral("generalError")), this);

    const auto caption = [this, grid](int row, int column, const char* text, QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_captions.append({label, text});
        grid->addWidget(label, row, column, Qt::AlignRight | Qt::AlignTop);
    };
    // A field with its message under it, spanning @p span columns.
    const auto field = [this, grid](int row, int column, QWidget* widget, const QString& name,
                                    const QString& errorName, int span = 1) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(widget);
        QLabel* error = FieldErrors::makeLabel(this, errorName);
        box->addWidget(error);
        grid->addLayout(box, row, column, 1, span);
        m_errors->addField(name, widget, error);
    };

    m_borrowerEdit = new QLineEdit(this);
    m_borrowerEdit->setObjectName(QStringLiteral("borrowerEdit"));
    m_borrowerEdit->setMaxLength(FieldLimits::kName); // a code or a name to search
    m_borrowerEdit->setClearButtonEnabled(true);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_borrowerEdit->setCompleter(m_completer);
    m_borrowerLabel = EntryFormSupport::makeNoteLabel(this, QStringLiteral("borrowerLabel"));
    caption(0, 0, QT_TR_NOOP("&Borrower:"), m_borrowerEdit);
    {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(m_borrowerEdit);
        box->addWidget(m_borrowerLabel);
        QLabel* error = FieldErrors::makeLabel(this, QStringLiteral("borrowerError"));
        box->addWidget(error);
        grid->addLayout(box, 0, 1, 1, 3);
        m_errors->addField(QStringLiteral("borrower_id"), m_borrowerEdit, error);
    }

    m_loanNoEdit = new QLineEdit(this);
    m_loanNoEdit->setObjectName(QStringLiteral("loanNoEdit"));
    m_loanNoEdit->setMaxLength(FieldLimits::kCode);
    caption(1, 0, QT_TR_NOOP("Loan &number:"), m_loanNoEdit);
    field(1, 1, m_loanNoEdit, QStringLiteral("loan_no"), QStringLiteral("loanNoError"));

    m_programCombo = new QComboBox(this);
    m_programCombo->setObjectName(QStringLiteral("programCombo"));
    caption(1, 2, QT_TR_NOOP("&Program:"), m_programCombo);
    field(1, 3, m_programCombo, QStringLiteral("program_code"), QStringLiteral("programError"));

    m_termsLabel = EntryFormSupport::makeNoteLabel(this, QStringLiteral("termsLabel"));
    grid->addWidget(m_termsLabel, 2, 1, 1, 3);

    m_amountEdit = new MoneyEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    caption(3, 0, QT_TR_NOOP("&Amount (đồng):"), m_amountEdit);
    field(3, 1, m_amountEdit, QStringLiteral("amount"), QStringLiteral("amountError"));

    m_disbursedOnEdit = EntryFormSupport::makeDateEdit(this, QStringLiteral("disbursedOnEdit"));
    caption(3, 2, QT_TR_NOOP("&Disbursed on:"), m_disbursedOnEdit);
    field(3, 3, m_disbursedOnEdit, QStringLiteral("disbursed_on"), QStringLiteral("disbursedOnError"));

    m_termSpin = new QSpinBox(this);
    m_termSpin->setObjectName(QStringLiteral("termSpin"));
    m_termSpin->setRange(0, 600);
    m_termSpin->setSpecialValueText(QStringLiteral("—"));
    caption(4, 0, QT_TR_NOOP("&Term (months):"), m_termSpin);
    grid->addWidget(m_termSpin, 4, 1, Qt::AlignTop);

    m_maturityOnEdit = EntryFormSupport::makeDateEdit(this, QStringLiteral("maturityOnEdit"));
    caption(4, 2, QT_TR_NOOP("&Matures on:"), m_maturityOnEdit);
    field(4, 3, m_maturityOnEdit, QStringLiteral("maturity_on"), QStringLiteral("maturityOnError"));

    m_purposeEdit = new QLineEdit(this);
    m_purposeEdit->setObjectName(QStringLiteral("purposeEdit"));
    m_purposeEdit->setMaxLength(FieldLimits::kText);
    caption(5, 0, QT_TR_NOOP("P&urpose:"), m_purposeEdit);
    field(5, 1, m_purposeEdit, QStringLiteral("purpose"), QStringLiteral("purposeError"), 3);

    // The schedule: generator, grid, totals.
    m_frequencyCombo = new QComboBox(this);
    m_frequencyCombo->setObjectName(QStringLiteral("frequencyCombo"));
    for (int months : {1, 3, 6, 12, 0})
        m_frequencyCombo->addItem(QString(), months);
    m_frequencyCombo->setCurrentIndex(1);
    m_generateButton = new QPushButton(this);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setAutoDefault(false);
    m_addRowButton = new QPushButton(this);
    m_addRowButton->setObjectName(QStringLiteral("addInstallmentButton"));
    m_addRowButton->setAutoDefault(false);
    m_removeRowButton = new QPushButton(this);
    m_removeRowButton->setObjectName(QStringLiteral("removeInstallmentButton"));
    m_removeRowButton->setAutoDefault(false);
    auto* generator = new QHBoxLayout;
    auto* scheduleCaption = new QLabel(this);
    scheduleCaption->setBuddy(m_frequencyCombo);
    m_captions.append({scheduleCaption, QT_TR_NOOP("&Schedule:")});
    generator->addWidget(scheduleCaption);
    generator->addWidget(m_frequencyCombo);
    generator->addWidget(m_generateButton);
    generator->addStretch(1);
    generator->addWidget(m_addRowButton);
    generator->addWidget(m_removeRowButton);
    layout->addLayout(generator);

    m_scheduleTable = new QTableWidget(0, 2, this);
    m_scheduleTable->setObjectName(QStringLiteral("scheduleTable"));
    m_scheduleTable->setItemDelegate(new ScheduleDelegate(m_scheduleTable));
    m_scheduleTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_scheduleTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scheduleTable->verticalHeader()->setDefaultSectionSize(24);
    m_scheduleTable->setMinimumHeight(160);
    layout->addWidget(m_scheduleTable, 1);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("scheduleTotalLabel"));
    layout->addWidget(m_totalLabel);
    QLabel* scheduleError = FieldErrors::makeLabel(this, QStringLiteral("scheduleError"));
    layout->addWidget(scheduleError);
    m_errors->addField(QStringLiteral("schedule"), m_scheduleTable, scheduleError);
    m_errors->addAlias(QStringLiteral("principal"), QStringLiteral("schedule"));
    m_errors->addAlias(QStringLiteral("due_on"), QStringLiteral("schedule"));

    m_warningBox = EntryFormSupport::makeWarningBox(this, QStringLiteral("warningBox"));
    layout->addWidget(m_warningBox);
    QLabel* general = findChild<QLabel*>(QStringLiteral("generalError"));
    layout->addWidget(general);

    auto* buttons = new QHBoxLayout;
    m_saveHintLabel = FieldErrors::makeLabel(this, QStringLiteral("saveHintLabel"));
    m_saveHintLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    buttons->addWidget(m_saveHintLabel, 1);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_reloadButton = new QPushButton(this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAutoDefault(false);
    m_reloadButton->hide();
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_borrowerEdit, &QLineEdit::textEdited, this, &LoanDialog::searchBorrowers);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                if (index.row() >= 0 && index.row() < m_matches.size())
                    chooseBorrower(m_borrowers[m_matches[index.row()]].borrower.id);
            });
    connect(m_programCombo, &QComboBox::currentIndexChanged, this, [this]() {
        updateTerms();
        updateWarnings();
    });
    connect(m_amountEdit, &MoneyEdit::valueChanged, this, [this]() {
        scheduleInputsChanged();
        updateWarnings();
    });
    connect(m_disbursedOnEdit, &QDateEdit::dateChanged, this, [this]() {
        updateTerms();
        termChanged();
        updateWarnings();
    });
    connect(m_termSpin, &QSpinBox::valueChanged, this, &LoanDialog::termChanged);
    connect(m_maturityOnEdit, &QDateEdit::dateChanged, this, &LoanDialog::maturityChanged);
    connect(m_frequencyCombo, &QComboBox::currentIndexChanged, this, [this]() {
        m_generateButton->setEnabled(m_frequencyCombo->currentData().toInt() > 0);
        if (m_frequencyCombo->currentData().toInt() > 0)
            generateSchedule();
    });
    connect(m_generateButton, &QPushButton::clicked, this, &LoanDialog::generateSchedule);
    connect(m_addRowButton, &QPushButton::clicked, this, [this]() {
        const int row = m_scheduleTable->rowCount();
        QDate due = m_maturityOnEdit->date();
        if (row > 0)
            due = m_scheduleTable->item(row - 1, DueOnColumn)->data(Qt::EditRole).toDate().addMonths(1);
        m_updating = true;
        m_scheduleTable->insertRow(row);
        m_scheduleTable->setItem(row, DueOnColumn, new QTableWidgetItem);
        m_scheduleTable->item(row, DueOnColumn)->setData(Qt::EditRole, due);
        m_scheduleTable->setItem(row, PrincipalColumn, new QTableWidgetItem);
        m_scheduleTable->item(row, PrincipalColumn)->setData(Qt::EditRole, QVariant::fromValue<qlonglong>(0));
        m_scheduleTable->item(row, PrincipalColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_updating = false;
        m_scheduleEdited = true;
        m_frequencyCombo->setCurrentIndex(m_frequencyCombo->findData(0));
        m_scheduleTable->setCurrentCell(row, PrincipalColumn);
        updateTotals();
    });
    connect(m_removeRowButton, &QPushButton::clicked, this, [this]() {
        const int row = m_scheduleTable->currentRow();
        if (row < 0)
            return;
        m_scheduleTable->removeRow(row);
        m_scheduleEdited = true;
        m_frequencyCombo->setCurrentIndex(m_frequencyCombo->findData(0));
        updateTotals();
    });
    connect(m_scheduleTable, &QTableWidget::itemChanged, this, [this]() {
        if (m_updating)
            return;
        m_scheduleEdited = true;
        updateTotals();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &LoanDialog::save);
    connect(m_reloadButton, &QPushButton::clicked, this, &LoanDialog::reload);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(860, 720);
}

void LoanDialog::retranslate()
{
    setWindowTitle(tr("New loan"));
    for (const auto& [label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    m_borrowerEdit->setPlaceholderText(tr("Type part of a name, customer code or ID number"));
    m_loanNoEdit->setToolTip(tr("The next free number is proposed; you may change it"));
    m_termSpin->setToolTip(tr("The maturity date follows the term; a date typed there sets the term"));
    const QStringList frequencies = {tr("Every month"), tr("Every 3 months"), tr("Every 6 months"),
                                     tr("Every 12 months"), tr("By hand")};
    for (int i = 0; i < frequencies.size(); ++i)
        m_frequencyCombo->setItemText(i, frequencies[i]);
    m_generateButton->setText(tr("&Fill the schedule"));
    m_generateButton->setToolTip(tr("Equal installments rounded to the đồng, the remainder on the last one, "
                                    "the last one due on the maturity date"));
    m_addRowButton->setText(tr("Add installment"));
    m_removeRowButton->setText(tr("Remove installment"));
    m_scheduleTable->setHorizontalHeaderLabels({tr("Due on"), tr("Principal (đồng)")});
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    m_reloadButton->setText(tr("&Reload"));
    m_reloadButton->setToolTip(tr("Reads the loan again as it is stored now; what you typed is dropped."));
    fillPrograms();
    showBorrower();
    updateTerms();
    updateWarnings();
    updateTotals();
}

void LoanDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoanDialog::load()
{
    if (auto catalogue = ReferenceRepository(m_database).catalogue())
        m_catalogue = *catalogue;
    else
        m_errors->showGeneral(catalogue.error().message);
    if (auto borrowers = BorrowerRepository(m_database).all()) {
        auto groups = GroupRepository(m_database).all();
        QHash<QString, QString> groupNames;
        if (groups) {
            for (const Group& group : std::as_const(*groups))
                groupNames.insert(group.code, group.name);
        }
        for (const Borrower& borrower : std::as_const(*borrowers)) {
            BorrowerChoice choice;
            choice.borrower = borrower;
            choice.folded =
                VietnameseText::fold(borrower.id + u' ' + borrower.fullName + u' ' + borrower.idNumber);
            choice.display =
                QStringLiteral("%1 · %2 · %3").arg(borrower.fullName, borrower.id, borrower.idNumber);
            if (!borrower.groupCode.isEmpty())
                choice.display +=
                    QStringLiteral(" · %1").arg(groupNames.value(borrower.groupCode, borrower.groupCode));
            m_borrowers.append(choice);
        }
        std::sort(m_borrowers.begin(), m_borrowers.end(),
                  [](const BorrowerChoice& a, const BorrowerChoice& b) {
                      return VietnameseText::comparePersonNames(a.borrower.fullName, b.borrower.fullName) < 0;
                  });
    } else {
        m_errors->showGeneral(borrowers.error().message);
    }
    if (auto next = LoanAdvice(m_database).nextLoanNo())
        m_loanNoEdit->setText(*next);
    if (auto open = EntryFormSupport::firstOpenDay(m_database))
        m_firstOpenDay = *open;
    m_updating = true;
    const QDate today = EntryFormSupport::clampToOpen(m_actor.today(), m_firstOpenDay);
    m_disbursedOnEdit->setDate(today);
    m_termSpin->setValue(36);
    m_maturityOnEdit->setDate(ScheduleGenerator::maturityFor(today, 36));
    m_updating = false;
}

void LoanDialog::fillPrograms()
{
    const QString current = m_programCombo->currentData().toString();
    QList<const Program*> programs;
    for (const Program& program : m_catalogue.programs())
        programs.append(&program);
    std::stable_sort(programs.begin(), programs.end(), [](const Program* a, const Program* b) {
        return Catalogue::programRank(a->code) < Catalogue::programRank(b->code);
    });
    const QSignalBlocker blocker(m_programCombo);
    m_programCombo->clear();
    for (const Program* program : std::as_const(programs))
        m_programCombo->addItem(
            QStringLiteral("%1 — %2").arg(program->code,
                                          m_catalogue.programName(program->code, m_options.language)),
            program->code);
    const int index = m_programCombo->findData(current);
    m_programCombo->setCurrentIndex(index >= 0 ? index : 0);
}

QString LoanDialog::money(Money amount) const
{
    return amount.format(m_options.locale());
}

void LoanDialog::searchBorrowers(const QString& text)
{
    const QString folded = VietnameseText::fold(text.trimmed());
    m_matches.clear();
    QStringList lines;
    int exact = -1;
    for (int i = 0; i < m_borrowers.size(); ++i) {
        const Borrower& borrower = m_borrowers[i].borrower;
        if (!folded.isEmpty() &&
            (VietnameseText::fold(borrower.id) == folded || borrower.idNumber == text.trimmed()))
            exact = i;
        if (folded.isEmpty() || !m_borrowers[i].folded.contains(folded))
            continue;
        if (m_matches.size() < kMaxMatches) {
            m_matches.append(i);
            lines.append(m_borrowers[i].display);
        }
    }
    m_completions->setStringList(lines);
    if (exact >= 0)
        m_borrowerId = m_borrowers[exact].borrower.id;
    else if (m_matches.size() == 1)
        m_borrowerId = m_borrowers[m_matches.front()].borrower.id;
    else
        m_borrowerId.clear();
    showBorrower();
    updateWarnings();
}

void LoanDialog::setBorrower(const QString& borrowerId)
{
    chooseBorrower(borrowerId);
}

void LoanDialog::chooseBorrower(const QString& id)
{
    m_borrowerId.clear();
    for (const BorrowerChoice& choice : std::as_const(m_borrowers)) {
        if (choice.borrower.id == id) {
            m_borrowerId = id;
            const QSignalBlocker blocker(m_borrowerEdit);
            m_borrowerEdit->setText(choice.display);
        }
    }
    showBorrower();
    updateWarnings();
}

void LoanDialog::showBorrower()
{
    for (const BorrowerChoice& choice : std::as_const(m_borrowers)) {
        if (choice.borrower.id == m_borrowerId) {
            m_borrowerLabel->setText(
                tr("Borrower: %1 (%2, ID number %3)")
                    .arg(choice.borrower.fullName, choice.borrower.id, choice.borrower.idNumber));
            return;
        }
    }
    if (m_borrowerEdit->text().trimmed().isEmpty())
        m_borrowerLabel->setText(tr("No borrower chosen yet."));
    else if (m_matches.isEmpty())
        m_borrowerLabel->setText(tr("No borrower matches what you typed."));
    else
        m_borrowerLabel->setText(tr("%n borrower(s) match: choose one from the list.", nullptr,
                                    static_cast<int>(m_matches.size())));
}

const ProgramTerms* LoanDialog::terms() const
{
    const Program* program = m_catalogue.program(m_programCombo->currentData().toString());
    return program ? program->termsOn(m_disbursedOnEdit->date()) : nullptr;
}

void LoanDialog::updateTerms()
{
    const ProgramTerms* t = terms();
    if (!t) {
        m_termsLabel->setText(tr("This program has no terms in force on %1: no loan can be disbursed then.")
                                  .arg(m_options.date(m_disbursedOnEdit->date())));
        return;
    }
    m_termsLabel->setText(tr("Terms in force on %1 (from %2): rate %3 % a month, at most %4 đồng, at most %5 "
                             "months.")
                              .arg(m_options.date(m_disbursedOnEdit->date()),
                                   m_options.date(t->effectiveFrom), t->rate.format(m_options.locale()),
                                   money(t->maxAmount))
                              .arg(t->maxTermMonths));
}

void LoanDialog::termChanged()
{
    if (m_updating)
        return;
    const int months = m_termSpin->value();
    if (months > 0) {
        m_updating = true;
        m_maturityOnEdit->setDate(ScheduleGenerator::maturityFor(m_disbursedOnEdit->date(), months));
        m_updating = false;
    }
    scheduleInputsChanged();
}

void LoanDialog::maturityChanged()
{
    if (m_updating)
        return;
    m_updating = true;
    m_termSpin->setValue(
        ScheduleGenerator::termMonths(m_disbursedOnEdit->date(), m_maturityOnEdit->date()).value_or(0));
    m_updating = false;
    scheduleInputsChanged();
}

void LoanDialog::scheduleInputsChanged()
{
    // A schedule typed or changed by hand stays as it is; a generated one follows the amount and the dates.
    if (!m_scheduleEdited && m_frequencyCombo->currentData().toInt() > 0)
        generateSchedule();
    else
        updateTotals();
}

void LoanDialog::setFrequency(int everyMonths)
{
    const int index = m_frequencyCombo->findData(everyMonths);
    if (index >= 0)
        m_frequencyCombo->setCurrentIndex(index);
}

void LoanDialog::generateSchedule()
{
    const int every = m_frequencyCombo->currentData().toInt();
    if (every > 0) {
        setScheduleRows(ScheduleGenerator::generate(m_amountEdit->value(), m_disbursedOnEdit->date(),
                                                    m_maturityOnEdit->date(), every));
        m_scheduleEdited = false;
    }
    updateTotals();
}

void LoanDialog::setScheduleRows(const QList<Installment>& installments)
{
    m_updating = true;
    m_scheduleTable->setRowCount(0);
    m_scheduleTable->setRowCount(static_cast<int>(installments.size()));
    for (int row = 0; row < installments.size(); ++row) {
        auto* due = new QTableWidgetItem;
        due->setData(Qt::EditRole, installments[row].dueOn);
        auto* principal = new QTableWidgetItem;
        principal->setData(Qt::EditRole, QVariant::fromValue<qlonglong>(installments[row].principal.dong()));
        principal->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_scheduleTable->setItem(row, DueOnColumn, due);
        m_scheduleTable->setItem(row, PrincipalColumn, principal);
    }
    m_updating = false;
}

QList<Installment> LoanDialog::schedule() const
{
    QList<Installment> installments;
    for (int row = 0; row < m_scheduleTable->rowCount(); ++row) {
        const QTableWidgetItem* due = m_scheduleTable->item(row, DueOnColumn);
        const QTableWidgetItem* principal = m_scheduleTable->item(row, PrincipalColumn);
        if (!due || !principal)
            continue;
        installments.append({m_loanNoEdit->text().trimmed(), due->data(Qt::EditRole).toDate(),
                             Money::fromDong(principal->data(Qt::EditRole).toLongLong())});
    }
    std::stable_sort(installments.begin(), installments.end(),
                     [](const Installment& a, const Installment& b) { return a.dueOn < b.dueOn; });
    return installments;
}

void LoanDialog::updateTotals()
{
    const QList<Installment> rows = schedule();
    Money total;
    for (const Installment& installment : rows)
        total += installment.principal;
    const Money difference = m_amountEdit->value() - total;
    const bool adds = rows.isEmpty() || difference.isZero();
    m_totalLabel->setText(tr("%n installment(s), total %1 đồng; difference from the amount: %2 đồng", nullptr,
                             static_cast<int>(rows.size()))
                              .arg(money(total), money(difference)));
    m_totalLabel->setStyleSheet(adds ? QString()
                                     : QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    if (adds) {
        m_saveHintLabel->clear();
        m_saveHintLabel->hide();
        m_saveButton->setToolTip(rows.isEmpty() ? tr("Without installments the whole amount is due on the "
                                                     "maturity date")
                                                : QString());
    } else {
        const QString why =
            tr("Cannot save yet: the installments add up to %1 đồng, not to the amount %2 đồng.")
                .arg(money(total), money(m_amountEdit->value()));
        m_saveHintLabel->setText(why);
        m_saveHintLabel->show();
        m_saveButton->setToolTip(why);
    }
}

void LoanDialog::updateWarnings()
{
    m_warnings.clear();
    const Loan candidate = loan();
    // The warnings are about a new loan; a correction keeps the household's loans as they are.
    if (!candidate.borrowerId.isEmpty() && !m_existing) {
        if (auto found = LoanAdvice(m_database).warningsFor(candidate))
            m_warnings = *found;
    }
    QStringList lines;
    for (const LoanAdvice::Warning& warning : std::as_const(m_warnings)) {
        switch (warning.kind) {
        case LoanAdvice::Warning::Kind::SameProgramBalance:
            lines.append(tr("This household already owes %1 đồng in this program on %2 (%3).")
                             .arg(money(warning.outstanding), m_options.date(candidate.disbursedOn),
                                  warning.loanNos.join(QStringLiteral(", "))));
            break;
        case LoanAdvice::Warning::Kind::HouseholdLimit:
            lines.append(
                tr("With this loan the household would owe %1 đồng in all, more than %2 đồng (now %3 "
                   "đồng in %4).")
                    .arg(money(warning.total), money(LoanAdvice::kHouseholdLimit), money(warning.outstanding),
                         warning.loanNos.join(QStringLiteral(", "))));
            break;
        }
    }
    if (lines.isEmpty()) {
        m_warningBox->clear();
        m_warningBox->hide();
    } else {
        m_warningBox->setText(tr("Please check before saving:") + u'\n' + QStringLiteral("• ") +
                              lines.join(QStringLiteral("\n• ")));
        m_warningBox->show();
    }
}

bool LoanDialog::editExisting(const QString& loanNo)
{
    LoanRepository loans(m_database);
    auto found = loans.find({loanNo});
    if (!found || !found->contains(loanNo)) {
        m_errors->showGeneral(found ? tr("There is no loan %1.").arg(loanNo) : found.error().message);
        return false;
    }
    auto installments = loans.installmentsOf({loanNo});
    if (!installments) {
        m_errors->showGeneral(installments.error().message);
        return false;
    }
    const Loan stored = found->value(loanNo);
    m_existing = stored;
    setWindowTitle(tr("Correct loan %1").arg(loanNo));
    chooseBorrower(stored.borrowerId);
    m_borrowerEdit->setReadOnly(true);
    m_borrowerEdit->setClearButtonEnabled(false);
    m_loanNoEdit->setText(stored.loanNo);
    m_loanNoEdit->setReadOnly(true);
    m_loanNoEdit->setToolTip(tr("A loan's number never changes."));
    m_updating = true;
    m_programCombo->setCurrentIndex(m_programCombo->findData(stored.programCode));
    m_amountEdit->setValue(stored.amount);
    m_disbursedOnEdit->setDate(stored.disbursedOn);
    m_maturityOnEdit->setDate(stored.maturityOn);
    m_termSpin->setValue(ScheduleGenerator::termMonths(stored.disbursedOn, stored.maturityOn).value_or(0));
    m_purposeEdit->setText(stored.purpose);
    m_frequencyCombo->setCurrentIndex(m_frequencyCombo->findData(0));
    m_updating = false;
    QList<Installment> schedule = *installments;
    std::sort(schedule.begin(), schedule.end(),
              [](const Installment& a, const Installment& b) { return a.dueOn < b.dueOn; });
    setScheduleRows(schedule);
    m_scheduleEdited = true;
    updateTerms();
    updateTotals();
    updateWarnings();
    return true;
}

Loan LoanDialog::loan() const
{
    // A correction keeps what the form does not show (the agreed rate, the freezing date).
    Loan loan = m_existing.value_or(Loan{});
    loan.loanNo = m_loanNoEdit->text().trimmed();
    loan.borrowerId = m_borrowerId;
    loan.programCode = m_programCombo->currentData().toString();
    loan.amount = m_amountEdit->value();
    loan.disbursedOn = m_disbursedOnEdit->date();
    loan.maturityOn = m_maturityOnEdit->date();
    loan.purpose = m_purposeEdit->text().trimmed();
    return loan;
}

bool LoanDialog::save()
{
    m_errors->clear();
    const Loan candidate = loan();
    const QList<Installment> installments = schedule();
    if (candidate.borrowerId.isEmpty())
        m_errors->show(
            QStringLiteral("borrower_id"),
            tr("Choose the borrower: type part of the name, code or ID number and pick one from the "
               "list."));
    if (candidate.loanNo.isEmpty())
        m_errors->show(QStringLiteral("loan_no"), tr("Give the loan a number."));
    if (m_amountEdit->isEmpty())
        m_errors->show(QStringLiteral("amount"), tr("Type the amount disbursed."));
    Money total;
    for (const Installment& installment : installments)
        total += installment.principal;
    if (!installments.isEmpty() && total != candidate.amount)
        m_errors->show(QStringLiteral("schedule"),
                       tr("The installments add up to %1 đồng, not to the amount %2 đồng: change an "
                          "installment by %3 đồng or fill the schedule again.")
                           .arg(money(total), money(candidate.amount), money(candidate.amount - total)));
    if (!m_errors->isEmpty())
        return false;

    PortfolioService service(m_database, m_actor);
    const Status saved = m_existing ? service.editLoan(candidate, installments)
                                    : service.disburseLoan(candidate, installments);
    if (!saved) {
        m_errors->showRefusal(saved.error(), service.problems());
        m_reloadButton->setVisible(saved.error().cause == Error::Cause::Stale);
        return false;
    }
    m_savedLoanNo = candidate.loanNo;
    accept();
    return true;
}

bool LoanDialog::reload()
{
    if (!m_existing)
        return false;
    m_errors->clear();
    m_reloadButton->hide();
    return editExisting(m_existing->loanNo);
}
