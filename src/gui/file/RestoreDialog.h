#pragma once

#include "common/DisplayOptions.h"
#include "service/RestoreService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreDialog;
}
class QPushButton;

/// File → Restore…: shows what a backup holds before anything is replaced — when it was written, the months
/// with data and which of them are closed, the total outstanding at the end of its last month and the result
/// of the portfolio check — and says that the current database is kept as a backup first. A backup that does
/// not pass the check cannot be restored (the Restore button stays disabled).
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(BackupContents contents, QString keptIn, const DisplayOptions& options,
                  QWidget* parent = nullptr);
    ~RestoreDialog() override;

    [[nodiscard]] const BackupContents& contents() const { return m_contents; }
    [[nodiscard]] QPushButton* restoreButton() const { return m_restoreButton; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    BackupContents m_contents;
    QString m_keptIn;
    DisplayOptions m_options;
    QPushButton* m_restoreButton = nullptr;
};
