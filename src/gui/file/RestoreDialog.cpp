#include "RestoreDialog.h"

#include "ui_RestoreDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

RestoreDialog::RestoreDialog(BackupContents contents, QString keptIn, const DisplayOptions& options,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
    , m_contents(std::move(contents))
    , m_keptIn(std::move(keptIn))
    , m_options(options)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreDialog"));
    m_restoreButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("confirmRestoreButton"));
    m_restoreButton->setEnabled(m_contents.passesCheck());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this]() {
        if (m_contents.passesCheck())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(12.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    render();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QDialog::changeEvent(event);
}

void RestoreDialog::render()
{
    const QString name = QFileInfo(m_contents.path).fileName();
    setWindowTitle(tr("Restore from %1").arg(name));
    m_restoreButton->setText(tr("&Restore"));
    m_ui->headingLabel->setText(tr("Replace this database by the backup %1?").arg(name));
    const QLocale locale = m_options.locale();
    m_ui->writtenLabel->setText(
        tr("%1 at %2")
            .arg(m_options.date(m_contents.writtenAt.date()),
                 locale.toString(m_contents.writtenAt.time(), QStringLiteral("HH:mm"))));
    m_ui->monthsListWidget->clear();
    if (m_contents.months.isEmpty()) {
        m_ui->monthsLabel->setText(tr("none: the backup holds no loan"));
        m_ui->outstandingLabel->setText(tr("none"));
    } else {
        const QString closed = m_contents.latestClosed.isValid()
                                   ? tr("closed through %1").arg(m_options.month(m_contents.latestClosed))
                                   : tr("none closed");
        m_ui->monthsLabel->setText(
            tr("%1 to %2 (%n month(s)), %3", nullptr, static_cast<int>(m_contents.months.size()))
                .arg(m_options.month(m_contents.months.front()), m_options.month(m_contents.months.back()),
                     closed));
        for (auto it = m_contents.months.crbegin(); it != m_contents.months.crend(); ++it)
            m_ui->monthsListWidget->addItem(m_contents.isClosed(*it)
                                                ? tr("%1 — closed").arg(m_options.month(*it))
                                                : tr("%1 — open").arg(m_options.month(*it)));
        m_ui->outstandingLabel->setText(tr("%1 at the end of %2")
                                            .arg(m_options.money(m_contents.lastMonthOutstanding),
                                                 m_options.month(m_contents.months.back())));
    }
    if (m_contents.passesCheck()) {
        m_ui->checkLabel->setText(
            tr("passed (%n check(s), no violation)", nullptr, static_cast<int>(m_contents.checked.size())));
        m_ui->explanationLabel->setText(
            tr("Everything this database holds now is replaced by the backup. The database as it is now is "
               "kept first as a backup in %1.")
                .arg(QDir::toNativeSeparators(m_keptIn)));
    } else {
        m_ui->checkLabel->setText(
            tr("%n violation(s): %1", nullptr, static_cast<int>(m_contents.violations.size()))
                .arg(m_contents.violations.mid(0, 3).join(QStringLiteral("; "))));
        m_ui->explanationLabel->setText(
            tr("This backup does not pass the check and cannot be restored. Nothing was changed."));
    }
}
