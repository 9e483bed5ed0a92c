#include "SavingsDialog.h"

#include "EntryFormSupport.h"
#include "FieldErrors.h"
#include "calc/SavingsCalculator.h"
#include "common/MoneyEdit.h"
#include "repo/BorrowerRepository.h"
#include "repo/SavingsRepository.h"
#include "service/PortfolioService.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <tuple>

SavingsDialog::SavingsDialog(Database& database, const DisplayOptions& options, const QString& borrowerId,
                             QWidget* parent, Actor actor)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_actor(std::move(actor))
    , m_borrowerId(borrowerId)
{
    setObjectName(QStringLiteral("savingsDialog"));
    setLocale(options.locale());
    build();
    QDate firstOpen;
    if (auto open = EntryFormSupport::firstOpenDay(m_database))
        firstOpen = *open;
    {
        const QSignalBlocker blocker(m_onEdit);
        m_onEdit->setDate(EntryFormSupport::clampToOpen(m_actor.today(), firstOpen));
    }
    if (auto found = BorrowerRepository(m_database).find({borrowerId}))
        m_borrowerName = found->value(borrowerId).fullName;
    readBalance();
    retranslate();
}

SavingsDialog::~SavingsDialog() = default;

void SavingsDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    m_borrowerLabel = new QLabel(this);
    m_borrowerLabel->setObjectName(QStringLiteral("borrowerLabel"));
    QFont bold = m_borrowerLabel->font();
    bold.setBold(true);
    m_borrowerLabel->setFont(bold);
    layout->addWidget(m_borrowerLabel);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_errors = new FieldErrors(FieldErrors::makeLabel(this, QStringLiteral("generalError")), this);
    EntryFormSupport::FieldGrid fields(this, grid, m_errors, &m_captions);
    auto* kind = new QWidget(this);
    auto* kindLayout = new QHBoxLayout(kind);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_depositRadio = new QRadioButton(kind);
    m_depositRadio->setObjectName(QStringLiteral("depositRadio"));
    m_depositRadio->setChecked(true);
    m_withdrawalRadio = new QRadioButton(kind);
    m_withdrawalRadio->setObjectName(QStringLiteral("withdrawalRadio"));
    kindLayout->addWidget(m_depositRadio);
    kindLayout->addWidget(m_withdrawalRadio);
    kindLayout->addStretch(1);
    fields.add(QT_TR_NOOP("Kind:"), kind, QStringLiteral("kind"), QStringLiteral("kindError"),
               m_depositRadio);
    m_onEdit = EntryFormSupport::makeDateEdit(this, QStringLiteral("onEdit"));
    fields.add(QT_TR_NOOP("&Date:"), m_onEdit, QStringLiteral("on"), QStringLiteral("onError"));
    m_amountEdit = new MoneyEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    fields.add(QT_TR_NOOP("&Amount (đồng):"), m_amountEdit, QStringLiteral("amount"),
               QStringLiteral("amountError"));
    m_balanceLabel = EntryFormSupport::makeNoteLabel(this, QStringLiteral("balanceLabel"));
    layout->addWidget(m_balanceLabel);
    layout->addWidget(findChild<QLabel*>(QStringLiteral("generalError")));
    layout->addStretch(1);

    std::tie(m_saveButton, m_cancelButton) = EntryFormSupport::addSaveAndCancel(this, layout);

    connect(m_onEdit, &QDateEdit::dateChanged, this, &SavingsDialog::showBalance);
    connect(m_amountEdit, &MoneyEdit::valueChanged, this, &SavingsDialog::showBalance);
    connect(m_depositRadio, &QRadioButton::toggled, this, &SavingsDialog::showBalance);
    connect(m_saveButton, &QPushButton::clicked, this, &SavingsDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(520, 300);
}

void SavingsDialog::retranslate()
{
    setWindowTitle(tr("New savings entry"));
    for (const auto& [label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    m_borrowerLabel->setText(tr("Savings of %1 (%2)").arg(m_borrowerName, m_borrowerId));
    m_depositRadio->setText(tr("De&posit"));
    m_withdrawalRadio->setText(tr("&Withdrawal"));
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    showBalance();
}

void SavingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString SavingsDialog::money(Money amount) const
{
    return amount.format(m_options.locale());
}

void SavingsDialog::readBalance()
{
    auto entries = SavingsRepository(m_database).of({m_borrowerId});
    if (entries)
        m_entries = *entries;
    else
        m_errors->showGeneral(entries.error().message);
}

Money SavingsDialog::signedAmount() const
{
    return m_withdrawalRadio->isChecked() ? -m_amountEdit->value() : m_amountEdit->value();
}

void SavingsDialog::showBalance()
{
    const QDate day = m_onEdit->date();
    m_balance = SavingsLedger(m_entries).balanceAt(day);
    QString text = tr("Balance at the end of %1: %2 đồng").arg(m_options.date(day), money(m_balance));
    if (!m_amountEdit->isEmpty())
        text += u'\n' + tr("After this entry: %1 đồng").arg(money(m_balance + signedAmount()));
    m_balanceLabel->setText(text);
}

bool SavingsDialog::save()
{
    m_errors->clear();
    if (m_amountEdit->value().isZero()) {
        m_errors->show(QStringLiteral("amount"), tr("Type the amount deposited or withdrawn."));
        return false;
    }
    const SavingsEntry entry(m_borrowerId, m_onEdit->date(), signedAmount());
    PortfolioService service(m_database, m_actor);
    auto posted = service.postSavings(entry);
    if (!posted) {
        m_errors->showRefusal(posted.error(), service.problems());
        return false;
    }
    m_savedEntryNo = *posted;
    accept();
    return true;
}
