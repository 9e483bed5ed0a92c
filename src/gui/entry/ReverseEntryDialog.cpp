#include "ReverseEntryDialog.h"

#include "EntryFormSupport.h"
#include "FieldErrors.h"
#include "domain/FieldLimits.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "service/PortfolioService.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

ReverseEntryDialog::ReverseEntryDialog(Database& database, const DisplayOptions& options, Kind kind,
                                       qint64 entryNo, QWidget* parent, Actor actor)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_actor(std::move(actor))
    , m_kind(kind)
    , m_entryNo(entryNo)
{
    setObjectName(QStringLiteral("reverseEntryDialog"));
    setLocale(options.locale());
    build();
    read();
    retranslate();
}

ReverseEntryDialog::~ReverseEntryDialog() = default;

void ReverseEntryDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    m_entryLabel = new QLabel(this);
    m_entryLabel->setObjectName(QStringLiteral("entryLabel"));
    m_entryLabel->setWordWrap(true);
    m_entryLabel->setStyleSheet(QStringLiteral("QLabel { background: #f6f8fb; border: 1px solid #dfe5ec; "
                                               "padding: 6px 8px; }"));
    layout->addWidget(m_entryLabel);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_errors = new FieldErrors(FieldErrors::makeLabel(this, QStringLiteral("generalError")), this);
    EntryFormSupport::FieldGrid fields(this, grid, m_errors, &m_captions);
    m_dateEdit = EntryFormSupport::makeDateEdit(this, QStringLiteral("reversalDateEdit"));
    fields.add(QT_TR_NOOP("Reversal &date:"), m_dateEdit, QStringLiteral("date"),
               QStringLiteral("dateError"));
    m_errors->addAlias(QStringLiteral("paid_on"), QStringLiteral("date"));
    m_errors->addAlias(QStringLiteral("on"), QStringLiteral("date"));
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setMaxLength(FieldLimits::kText);
    fields.add(QT_TR_NOOP("&Reason:"), m_reasonEdit, QStringLiteral("reason"), QStringLiteral("reasonError"));
    m_noteLabel = EntryFormSupport::makeNoteLabel(this, QStringLiteral("noteLabel"));
    layout->addWidget(m_noteLabel);
    layout->addWidget(findChild<QLabel*>(QStringLiteral("generalError")));
    layout->addStretch(1);

    std::tie(m_saveButton, m_cancelButton) = EntryFormSupport::addSaveAndCancel(this, layout);
    connect(m_saveButton, &QPushButton::clicked, this, &ReverseEntryDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(560, 300);
}

void ReverseEntryDialog::read()
{
    QDate original;
    if (m_kind == Kind::Repayment) {
        auto found = RepaymentRepository(m_database).byEntryNo({m_entryNo});
        if (found && found->contains(m_entryNo)) {
            m_repayment = found->value(m_entryNo);
            original = m_repayment->paidOn;
        } else if (!found) {
            m_errors->showGeneral(found.error().message);
        }
    } else {
        auto found = SavingsRepository(m_database).byEntryNo({m_entryNo});
        if (found && found->contains(m_entryNo)) {
            m_savings = found->value(m_entryNo);
            original = m_savings->on;
        } else if (!found) {
            m_errors->showGeneral(found.error().message);
        }
    }
    QDate firstOpen;
    if (auto open = EntryFormSupport::firstOpenDay(m_database))
        firstOpen = *open;
    QDate day = EntryFormSupport::clampToOpen(m_actor.today(), firstOpen);
    if (original.isValid() && day < original)
        day = original;
    m_dateEdit->setDate(day);
}

void ReverseEntryDialog::retranslate()
{
    setWindowTitle(tr("Reverse entry no. %1").arg(m_entryNo));
    for (const auto& [label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    if (m_repayment) {
        m_entryLabel->setText(tr("Repayment no. %1 of loan %2 on %3: principal %4 đồng, interest %5 đồng")
                                  .arg(m_entryNo)
                                  .arg(m_repayment->loanNo, m_options.date(m_repayment->paidOn),
                                       money(m_repayment->principal), money(m_repayment->interest)));
    } else if (m_savings) {
        m_entryLabel->setText(
            (m_savings->amount.isNegative() ? tr("Savings withdrawal no. %1 of %2 on %3: %4 đồng")
                                            : tr("Savings deposit no. %1 of %2 on %3: %4 đồng"))
                .arg(m_entryNo)
                .arg(m_savings->borrowerId, m_options.date(m_savings->on),
                     money(m_savings->amount.isNegative() ? -m_savings->amount : m_savings->amount)));
    } else {
        m_entryLabel->setText(tr("There is no entry no. %1.").arg(m_entryNo));
    }
    m_reasonEdit->setPlaceholderText(tr("Why the entry is wrong, e.g. typed twice, wrong loan"));
    m_noteLabel->setText(
        tr("The entry stays in the ledger, struck through; the reversal takes its amounts back "
           "from its own date. Post the right entry again afterwards if needed."));
    m_saveButton->setText(tr("&Reverse"));
    m_cancelButton->setText(tr("Cancel"));
}

void ReverseEntryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ReverseEntryDialog::money(Money amount) const
{
    return amount.format(m_options.locale());
}

bool ReverseEntryDialog::save()
{
    m_errors->clear();
    const QString reason = m_reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        m_errors->show(QStringLiteral("reason"), tr("Say why the entry is reversed."));
        return false;
    }
    PortfolioService service(m_database, m_actor);
    auto posted = m_kind == Kind::Repayment ? service.reverseRepayment(m_entryNo, m_dateEdit->date(), reason)
                                            : service.reverseSavings(m_entryNo, m_dateEdit->date(), reason);
    if (!posted) {
        m_errors->showRefusal(posted.error(), service.problems());
        return false;
    }
    m_savedEntryNo = *posted;
    accept();
    return true;
}
