#include "ReopenMonthDialog.h"

#include "domain/FieldLimits.h"
#include "ui_ReopenMonthDialog.h"

#include <QEvent>
#include <QPushButton>

ReopenMonthDialog::ReopenMonthDialog(YearMonth month, const DisplayOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReopenMonthDialog>())
    , m_month(month)
    , m_options(options)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reopenMonthDialog"));
    m_reopenButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reopenButton->setObjectName(QStringLiteral("confirmReopenButton"));
    m_reopenButton->setEnabled(false);
    // Enter reopens once a reason is typed; without one it does nothing (a disabled default button).
    m_reopenButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this]() {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonLineEdit, &QLineEdit::textChanged, this,
            [this]() { m_reopenButton->setEnabled(!reason().isEmpty()); });
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(12.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->reasonLineEdit->setFocus();
    m_ui->reasonLineEdit->setMaxLength(FieldLimits::kText);
    render();
}

ReopenMonthDialog::~ReopenMonthDialog() = default;

QString ReopenMonthDialog::reason() const
{
    return m_ui->reasonLineEdit->text().trimmed();
}

void ReopenMonthDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QDialog::changeEvent(event);
}

void ReopenMonthDialog::render()
{
    const QString month = m_options.month(m_month);
    setWindowTitle(tr("Reopen %1").arg(month));
    m_reopenButton->setText(tr("&Reopen %1").arg(month));
    m_ui->headingLabel->setText(tr("Reopen the month %1?").arg(month));
    m_ui->explanationLabel->setText(
        tr("Once reopened, entries dated from %1 to %2 can again be posted, reversed or changed, and the "
           "figures of %3 are provisional until it is closed again: a report already printed for %3 may no "
           "longer match. The reopening and its reason are recorded in the history.")
            .arg(m_options.date(m_month.firstDay()), m_options.date(m_month.lastDay()), month));
}
