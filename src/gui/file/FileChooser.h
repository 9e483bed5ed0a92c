#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

/// Asks the user for the files and folders of the File menu. The window asks through one of these, so that a
/// test can answer in its place (a subclass returning fixed paths) without a blocking file dialog. An empty
/// answer means the user cancelled.
class FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(FileChooser)

public:
    virtual ~FileChooser() = default;

    /// An existing LoanDesk database to open.
    virtual QString databaseToOpen(QWidget* parent);
    /// Where to create a new, empty database (a file that does not exist yet).
    virtual QString newDatabasePath(QWidget* parent);
    /// A folder of CSV files in the format of csv.md, to import.
    virtual QString importFolder(QWidget* parent);
    /// A folder to write the eight CSV files of an export into.
    virtual QString exportFolder(QWidget* parent);
    /// The file a backup is written to; @p suggested is the proposed name.
    virtual QString backupPath(QWidget* parent, const QString& suggested);
    /// A backup to restore from; @p folder is where the automatic backups are.
    virtual QString backupToRestore(QWidget* parent, const QString& folder);

    /// The file name filter of LoanDesk databases, for the dialogs.
    [[nodiscard]] static QString databaseFilter();
};
