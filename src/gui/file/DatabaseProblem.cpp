#include "DatabaseProblem.h"

#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace {

/// The fields of the 100-byte header of a SQLite file that tell a LoanDesk database.
struct SqliteHeader
{
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

SqliteHeader readHeader(QFile& file)
{
    SqliteHeader header;
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.sqlite = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

} // namespace

DatabaseProblem DatabaseProblem::diagnose(const QString& path, const Error& error)
{
    DatabaseProblem problem;
    problem.path = path;
    problem.detail = error.message;
    const QFileInfo info(path);
    if (!info.exists()) {
        problem.kind = Kind::Missing;
        return problem;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        problem.kind = Kind::Unreadable;
        return problem;
    }
    switch (error.cause) {
    case Error::Cause::Busy:
        problem.kind = Kind::Locked;
        return problem;
    case Error::Cause::ReadOnly:
        problem.kind = Kind::ReadOnly;
        return problem;
    case Error::Cause::DiskIo:
    case Error::Cause::CannotOpen:
        problem.kind = Kind::Unreadable;
        return problem;
    case Error::Cause::Corrupt:
        problem.kind = Kind::Corrupt;
        return problem;
    default:
        break;
    }
    const SqliteHeader header = readHeader(file);
    if (!header.sqlite || header.applicationId != static_cast<quint32>(Database::kApplicationId)) {
        // An empty file or one whose header was never written is no database either.
        problem.kind = Kind::NotLoanDesk;
        return problem;
    }
    if (header.userVersion > static_cast<quint32>(Database::currentSchemaVersion())) {
        problem.kind = Kind::Newer;
        return problem;
    }
    problem.kind = Kind::Corrupt;
    return problem;
}

DatabaseProblem DatabaseProblem::ofCreation(const QString& path, const Error& error)
{
    DatabaseProblem problem;
    problem.path = path;
    problem.detail = error.message;
    problem.kind = QFileInfo::exists(path) ? Kind::Exists : Kind::NotCreated;
    return problem;
}

QString DatabaseProblem::title() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::Missing:
        return tr("The file %1 does not exist.").arg(file);
    case Kind::Unreadable:
        return tr("The file %1 cannot be read.").arg(file);
    case Kind::NotLoanDesk:
        return tr("%1 is not a LoanDesk database.").arg(file);
    case Kind::Newer:
        return tr("%1 was made by a newer version of LoanDesk.").arg(file);
    case Kind::Locked:
        return tr("%1 is in use by another program.").arg(file);
    case Kind::ReadOnly:
        return tr("%1 can only be read here, and it must first be brought up to date.").arg(file);
    case Kind::Exists:
        return tr("%1 already exists.").arg(file);
    case Kind::NotCreated:
        return tr("A new database cannot be created at %1.").arg(file);
    case Kind::Corrupt:
        break;
    }
    return tr("%1 is damaged and cannot be used.").arg(file);
}

QString DatabaseProblem::explanation() const
{
    switch (kind) {
    case Kind::Missing:
        return tr("It may have been moved, renamed or deleted, or it is on a drive that is not connected. "
                  "Open another database, or create a new one.");
    case Kind::Unreadable:
        return tr("This computer's account is not allowed to read it, or it is not a file. Ask whoever looks "
                  "after the computer to give you access, or open another database.");
    case Kind::NotLoanDesk:
        return tr(
            "It is another kind of file, or a database of another program. LoanDesk has not changed it. "
            "Open a LoanDesk database (usually a .loandesk file), or create a new one.");
    case Kind::Newer:
        return tr("This version of LoanDesk cannot read it, and has not changed it. Install the newer "
                  "LoanDesk on this computer, or open another database.");
    case Kind::Locked:
        return tr("Another program is writing to it. Wait until it has finished and try again, or open "
                  "another database.");
    case Kind::ReadOnly:
        return tr("It was made by an older LoanDesk. Opening it once where it can be written brings it up to "
                  "date; LoanDesk has not changed it. Ask whoever looks after the computer for write access, "
                  "or open another database.");
    case Kind::Exists:
        return tr("A new database is never written over an existing file. Choose another name for the new "
                  "database, or open the existing file.");
    case Kind::NotCreated:
        return tr("The folder may be read-only or the disk full. Choose another folder, such as your "
                  "Documents folder.");
    case Kind::Corrupt:
        break;
    }
    return tr("The file looks like a LoanDesk database, but it could not be opened; it may have been damaged "
              "by a failing disk or an interrupted copy. Open your latest backup (made with File → "
              "Backup…), or create a new database and import the portfolio again.");
}
