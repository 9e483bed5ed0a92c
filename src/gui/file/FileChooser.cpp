#include "FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

QString FileChooser::databaseFilter()
{
    return tr("LoanDesk databases (*.loandesk *.sqlite *.db);;All files (*)");
}

QString FileChooser::databaseToOpen(QWidget* parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a LoanDesk database"), QDir::homePath(),
                                        databaseFilter());
}

QString FileChooser::newDatabasePath(QWidget* parent)
{
    // An existing file is never replaced: Database::create refuses it, and the window says so.
    QString path =
        QFileDialog::getSaveFileName(parent, tr("New LoanDesk database"),
                                     QDir::home().filePath(tr("portfolio") + QStringLiteral(".loandesk")),
                                     databaseFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".loandesk");
    return path;
}

QString FileChooser::importFolder(QWidget* parent)
{
    return QFileDialog::getExistingDirectory(parent, tr("Import a folder of CSV files"), QDir::homePath());
}

QString FileChooser::exportFolder(QWidget* parent)
{
    return QFileDialog::getExistingDirectory(parent, tr("Export the portfolio into a folder"),
                                             QDir::homePath());
}

QString FileChooser::backupPath(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, tr("Back up the database"), suggested, databaseFilter());
}

QString FileChooser::backupToRestore(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Restore from a backup"), folder, databaseFilter());
}
