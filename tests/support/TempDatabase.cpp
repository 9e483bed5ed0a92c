#include "TempDatabase.h"

#include <gtest/gtest.h>

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.loandesk")))
{
    auto created = Database::create(m_path);
    if (!created)
        ADD_FAILURE() << "cannot create a test database: " << created.error().message.toStdString();
    else
        m_database = std::move(created).value();
}

void TempDatabase::reopen()
{
    m_database.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        ADD_FAILURE() << "cannot open the test database: " << opened.error().message.toStdString();
    else
        m_database = std::move(opened).value();
}
