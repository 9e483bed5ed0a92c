#include "DataVersion.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

Result<qint64> readDataVersion(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return database.errorFor(Database::tr("reading the data version"), query.lastError());
    return query.value(0).toLongLong();
}
