#include "MainWindow.h"

#include "db/Database.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LoanDesk"));
    auto database = Database::open(QApplication::arguments().value(2));
    if (!database)
        return 3;
    MainWindow window(std::move(database).value());
    window.show();
    return QApplication::exec();
}
