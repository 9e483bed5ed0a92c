#include "Backup.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

Status backupDatabase(Database& database, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error::io(Database::tr("%1 already exists; a backup never overwrites a file").arg(target));
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return Error::io(Database::tr("the folder of %1 does not exist").arg(target));
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return database.errorFor(Database::tr("preparing the backup"), query.lastError());
    query.addBindValue(info.absoluteFilePath());
    if (!query.exec())
        return database.errorFor(Database::tr("writing the backup %1").arg(target), query.lastError());
    return {};
}
