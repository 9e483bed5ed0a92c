#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "db/Database.h"
#include "report/ReportBuilder.h"

#include <QLocale>
#include <QStandardItemModel>

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(std::move(database))
{
    m_ui->setupUi(this);
    loadLatestMonth();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadLatestMonth()
{
    ReportBuilder builder(*m_database, Language::Vietnamese);
    auto latest = builder.latestMonthWithData();
    if (!latest || !latest->has_value())
        return;
    auto table = builder.summary(**latest, Breakdown::Program);
    if (!table)
        return;
    const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    auto* model = new QStandardItemModel(this);
    model->setHorizontalHeaderLabels({tr("Program"), tr("Outstanding")});
    for (const ReportRow& row : table->rows) {
        auto* value = new QStandardItem(row.figures.outstandingEnd.format(locale));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->appendRow({new QStandardItem(row.name), value});
    }
    m_ui->summaryTableView->setModel(model);
}
