#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BackupSettingsDialog;
}

/// File → Backup settings…: how many automatic backups are kept and in which folder (empty: beside the
/// database, in `<database>.backups`).
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(int keep, const QString& folder, QWidget* parent = nullptr);
    ~BackupSettingsDialog() override;

    [[nodiscard]] int keep() const;
    /// The folder chosen, or empty for the default beside the database.
    [[nodiscard]] QString folder() const;

private:
    std::unique_ptr<Ui::BackupSettingsDialog> m_ui;
};
