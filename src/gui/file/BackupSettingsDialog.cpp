#include "BackupSettingsDialog.h"

#include "ui_BackupSettingsDialog.h"

#include <QFileDialog>

BackupSettingsDialog::BackupSettingsDialog(int keep, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupSettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupSettingsDialog"));
    m_ui->keepSpinBox->setValue(keep);
    m_ui->folderLineEdit->setText(folder);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this]() {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of the backups"),
                                                                 m_ui->folderLineEdit->text());
        if (!chosen.isEmpty())
            m_ui->folderLineEdit->setText(chosen);
    });
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

int BackupSettingsDialog::keep() const
{
    return m_ui->keepSpinBox->value();
}

QString BackupSettingsDialog::folder() const
{
    return m_ui->folderLineEdit->text().trimmed();
}
