#include "CloseMonthDialog.h"

#include "ui_CloseMonthDialog.h"

#include "charts/ChartStyle.h"

#include <QEvent>
#include <QPushButton>

CloseMonthDialog::CloseMonthDialog(YearMonth month, const ReportTable& summary, const DisplayOptions& options,
                                   QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CloseMonthDialog>())
    , m_month(month)
    , m_summary(summary)
    , m_options(options)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("closeMonthDialog"));
    m_closeButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(QStringLiteral("confirmCloseButton"));
    m_closeButton->setAutoDefault(false);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(12.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    QFont bold = m_ui->outstandingEndValueLabel->font();
    bold.setBold(true);
    m_ui->outstandingEndValueLabel->setFont(bold);
    m_ui->outstandingEndLabel->setFont(bold);
    m_ui->totalsFrame->setStyleSheet(
        QStringLiteral("QFrame#totalsFrame { background: #f6f8fb; border: 1px solid #dfe5ec; }"));
    m_ui->unitLabel->setStyleSheet(QStringLiteral("color: #6b7785;"));
    m_ui->warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #6b4500; "
                                                     "border: 1px solid #f0c36d; border-radius: 3px; "
                                                     "padding: 6px 8px; }"));
    render();
}

CloseMonthDialog::~CloseMonthDialog() = default;

void CloseMonthDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QDialog::changeEvent(event);
}

void CloseMonthDialog::render()
{
    const DisplayOptions& o = m_options;
    const QString month = o.month(m_month);
    const QString lastDay = o.date(m_month.lastDay());
    const Figures& f = m_summary.total.figures;
    setWindowTitle(tr("Close %1").arg(month));
    m_closeButton->setText(tr("&Close %1").arg(month));
    m_ui->headingLabel->setText(tr("Close the month %1?").arg(month));
    m_ui->introLabel->setText(tr("The month's totals for the whole office:"));
    m_ui->outstandingStartLabel->setText(tr("Outstanding at %1").arg(o.date(m_month.previous().lastDay())));
    m_ui->outstandingEndLabel->setText(tr("Outstanding at %1").arg(lastDay));
    m_ui->overdueLabel->setText(tr("Overdue at %1").arg(lastDay));
    m_ui->frozenLabel->setText(tr("Frozen at %1").arg(lastDay));
    m_ui->outstandingStartValueLabel->setText(o.money(f.outstandingStart));
    m_ui->disbursedValueLabel->setText(o.money(f.disbursed));
    m_ui->collectedPrincipalValueLabel->setText(o.money(f.collectedPrincipal));
    m_ui->collectedInterestValueLabel->setText(o.money(f.collectedInterest));
    m_ui->outstandingEndValueLabel->setText(o.money(f.outstandingEnd));
    m_ui->overdueValueLabel->setText(o.money(f.overdue));
    m_ui->frozenValueLabel->setText(o.money(f.frozen));
    m_ui->borrowersValueLabel->setText(o.count(f.borrowers));
    m_ui->loansValueLabel->setText(o.count(f.loans));
    m_ui->unitLabel->setText(ChartStyle::unitCaption(o));
    m_ui->warningLabel->setText(
        tr("<b>Once %1 is closed, nothing dated on or before %2 can be posted, reversed or changed</b>: no "
           "repayment, savings entry, reversal, move, new loan or change to a loan. A mistake found later is "
           "corrected by a reversal dated in an open month. The portfolio is checked first, which can take "
           "a moment.")
            .arg(month, lastDay));
}
