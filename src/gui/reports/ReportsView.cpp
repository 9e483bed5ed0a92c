#include "ReportsView.h"

#include "ui_ReportsView.h"

#include "common/BackgroundLoader.h"
#include "common/ProvisionalBanner.h"
#include "print/ReportSettingsDialog.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderers.h"
#include "report/ReportText.h"
#include "report/XlsxRenderer.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

/// The reports of the combo box, in order.
struct Choice
{
    ReportTable::Kind kind;
    Breakdown by;
};

constexpr Choice kChoices[] = {
    {ReportTable::Kind::Summary, Breakdown::Program},      {ReportTable::Kind::Summary, Breakdown::Commune},
    {ReportTable::Kind::Summary, Breakdown::Organization}, {ReportTable::Kind::Summary, Breakdown::Group},
    {ReportTable::Kind::Ageing, Breakdown::Program},       {ReportTable::Kind::Ageing, Breakdown::Commune},
    {ReportTable::Kind::Ageing, Breakdown::Organization},  {ReportTable::Kind::Ageing, Breakdown::Group},
};

/// A long heading in two lines of about the same length, for narrower columns on screen.
QString twoLines(const QString& heading)
{
    const QStringList words = heading.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3)
        return heading;
    qsizetype best = 1;
    qsizetype bestLength = heading.size();
    for (qsizetype split = 1; split < words.size(); ++split) {
        const qsizetype first = words.mid(0, split).join(u' ').size();
        const qsizetype second = words.mid(split).join(u' ').size();
        if (std::max(first, second) < bestLength) {
            bestLength = std::max(first, second);
            best = split;
        }
    }
    return words.mid(0, best).join(u' ') + u'\n' + words.mid(best).join(u' ');
}

} // namespace

ReportsView::ReportsView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsView>())
    , m_database(database)
    , m_settings(ReportSettings::load(database))
    , m_loader(new BackgroundLoader(database.path(), this))
{
    m_ui->setupUi(this);
    // A report of a month that is not closed says so above its title (domain.md §8).
    m_banner = new ProvisionalBanner(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->titleLabel), m_banner, 0,
                                   Qt::AlignHCenter);
    connect(m_loader, &BackgroundLoader::busyChanged, this, &ReportsView::busyChanged);
    fillReportChoices();
    m_ui->reportDateEdit->setDate(QDate::currentDate());
    m_ui->reportTableWidget->verticalHeader()->setVisible(false);
    m_ui->reportTableWidget->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // Until the main window says otherwise: the latest month with data.
    ReportBuilder builder(m_database);
    if (auto latest = builder.latestMonthWithData(); latest && latest->has_value())
        m_month = **latest;
    else
        m_month = YearMonth::fromDate(QDate::currentDate());
    m_ui->monthEdit->setDate(m_month.firstDay());

    connect(m_ui->monthEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        const YearMonth month = YearMonth::fromDate(date);
        if (month != m_month) {
            m_month = month;
            invalidate();
            emit monthChosen(month);
        }
    });
    connect(m_ui->reportComboBox, &QComboBox::currentIndexChanged, this, [this] { invalidate(); });
    connect(m_ui->reportDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_document)
            m_document->setDate(date);
    });
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &ReportsView::editSettings);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportsView::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save the report as PDF"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"),
                       &ReportsView::savePdf);
    });
    connect(m_ui->exportXlsxButton, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Export a workbook"), tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx"),
                       &ReportsView::exportXlsx);
    });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Export CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                       &ReportsView::exportCsv);
    });
}

ReportsView::~ReportsView() = default;

void ReportsView::fillReportChoices()
{
    const int current = m_ui->reportComboBox->currentIndex();
    const QSignalBlocker blocker(m_ui->reportComboBox);
    m_ui->reportComboBox->clear();
    m_ui->reportComboBox->addItem(tr("Summary by program"));
    m_ui->reportComboBox->addItem(tr("Summary by commune"));
    m_ui->reportComboBox->addItem(tr("Summary by organisation"));
    m_ui->reportComboBox->addItem(tr("Summary by group"));
    m_ui->reportComboBox->addItem(tr("Overdue ageing by program"));
    m_ui->reportComboBox->addItem(tr("Overdue ageing by commune"));
    m_ui->reportComboBox->addItem(tr("Overdue ageing by organisation"));
    m_ui->reportComboBox->addItem(tr("Overdue ageing by group"));
    m_ui->reportComboBox->setCurrentIndex(current < 0 ? 0 : current);
}

void ReportsView::setMonth(YearMonth month)
{
    if (!month.isValid() || month == m_month)
        return;
    m_month = month;
    const QSignalBlocker blocker(m_ui->monthEdit);
    m_ui->monthEdit->setDate(month.firstDay());
    invalidate();
}

void ReportsView::setMonthRange(YearMonth first, YearMonth last)
{
    if (!first.isValid() || !last.isValid())
        return;
    const QSignalBlocker blocker(m_ui->monthEdit);
    m_ui->monthEdit->setDateRange(first.firstDay(), last.firstDay());
    m_ui->monthEdit->setDate(m_month.isValid() ? m_month.firstDay() : last.firstDay());
}

void ReportsView::setFilter(const PortfolioFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidate();
}

void ReportsView::setDisplayOptions(const DisplayOptions& options)
{
    if (options == m_options)
        return;
    m_options = options;
    invalidate();
}

ReportRequest ReportsView::request() const
{
    const auto index = static_cast<std::size_t>(std::max(0, m_ui->reportComboBox->currentIndex()));
    const Choice choice = kChoices[std::min(index, std::size(kChoices) - 1)];
    ReportRequest result;
    result.kind = choice.kind;
    result.by = choice.by;
    result.month = m_month;
    result.filter = m_filter;
    return result;
}

void ReportsView::setReport(ReportTable::Kind kind, Breakdown by)
{
    for (std::size_t i = 0; i < std::size(kChoices); ++i) {
        if (kChoices[i].kind == kind && kChoices[i].by == by)
            m_ui->reportComboBox->setCurrentIndex(static_cast<int>(i));
    }
}

void ReportsView::setReportSettings(const ReportSettings& settings)
{
    m_settings = settings;
    invalidate();
}

void ReportsView::setReportDate(const QDate& date)
{
    m_ui->reportDateEdit->setDate(date);
}

void ReportsView::reload()
{
    invalidate();
}

void ReportsView::invalidate()
{
    m_dirty = true;
    m_document.reset();
    if (isVisible())
        refresh();
}

bool ReportsView::isBusy() const
{
    return m_loader->isBusy();
}

void ReportsView::adopt(ReportDocument document)
{
    m_document = std::move(document);
    m_document->setDate(m_ui->reportDateEdit->date());
}

Result<ReportDocument> ReportsView::document()
{
    if (!m_document) {
        // Read at once, in place of the reading in progress if there is one (then shown here).
        const bool wasLoading = m_loader->isBusy();
        m_loader->cancel();
        auto built = ReportDocument::build(m_database, request(), m_options, m_settings);
        if (built)
            adopt(std::move(built).value());
        if (wasLoading)
            showResult(m_document ? Result<ReportDocument>(*m_document) : built);
        if (!m_document)
            return built.error();
    }
    return *m_document;
}

void ReportsView::refresh()
{
    m_dirty = false;
    if (m_document) {
        showResult(*m_document);
        return;
    }
    // The report's tables are read off the UI thread, with a connection of the loader's own; a result that
    // arrives after a newer request is dropped by the loader, so the one that arrives is the page's.
    enableActions(false);
    m_ui->statusLabel->setText(tr("Preparing the report…"));
    m_loader->load<ReportDocument>(
        [request = request(), options = m_options, settings = m_settings](Database& database) {
            return ReportDocument::build(database, request, options, settings);
        },
        [this](const Result<ReportDocument>& built) {
            if (built)
                adopt(built.value());
            showResult(built);
        });
}

void ReportsView::enableActions(bool enabled)
{
    for (QWidget* button :
         {static_cast<QWidget*>(m_ui->previewButton), static_cast<QWidget*>(m_ui->printButton),
          static_cast<QWidget*>(m_ui->savePdfButton), static_cast<QWidget*>(m_ui->exportXlsxButton),
          static_cast<QWidget*>(m_ui->exportCsvButton)})
        button->setEnabled(enabled);
}

void ReportsView::showResult(const Result<ReportDocument>& built)
{
    enableActions(built.ok());
    if (!built) {
        m_ui->reportTableWidget->clear();
        m_ui->reportTableWidget->setRowCount(0);
        m_ui->titleLabel->clear();
        m_banner->clear();
        m_ui->statusLabel->setText(tr("The report could not be made: %1").arg(built.error().message));
        return;
    }
    m_ui->statusLabel->clear();
    showDocument(*built);
}

void ReportsView::showDocument(const ReportDocument& document)
{
    const ReportTable& table = document.table();
    m_banner->setMonth(table.month, m_options.month(table.month), table.closed);
    const QList<Column> columns = document.columns(); // as printed: an ageing table with its totals
    QTableWidget* widget = m_ui->reportTableWidget;
    widget->clear();
    widget->setColumnCount(static_cast<int>(columns.size()) + 1);
    widget->setRowCount(static_cast<int>(table.rows.size()) + 1);
    QStringList headings;
    for (const QString& heading : document.headings())
        headings.append(twoLines(heading));
    widget->setHorizontalHeaderLabels(headings);
    m_ui->titleLabel->setText(
        QStringLiteral("<b>%1</b><br>%2 · %3")
            .arg(document.title().toHtmlEscaped(),
                 ReportText::unitLine(document.options().unit, document.options().language).toHtmlEscaped(),
                 tr("%n page(s)", "", document.pageCount())));

    auto put = [widget](int row, int column, const QString& text, Qt::Alignment alignment, bool bold) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(alignment | Qt::AlignVCenter);
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        widget->setItem(row, column, item);
    };
    for (qsizetype r = 0; r <= table.rows.size(); ++r) {
        const bool total = r == table.rows.size();
        const ReportRow& row = total ? table.total : table.rows[r];
        const int rowIndex = static_cast<int>(r);
        put(rowIndex, 0, total ? QString() : QString::number(r + 1), Qt::AlignHCenter, total);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Qt::Alignment alignment =
                ReportDocument::isFigure(columns[c]) ? Qt::AlignRight : Qt::AlignLeft;
            put(rowIndex, static_cast<int>(c) + 1, document.cellText(row, columns[c], total), alignment,
                total);
        }
    }
    widget->resizeColumnsToContents();
}

Status ReportsView::savePdf(const QString& path)
{
    auto built = document();
    if (!built)
        return built.error();
    return built->writePdf(path);
}

Status ReportsView::exportXlsx(const QString& path)
{
    const ReportRequest chosen = request();
    if (!chosen.month.isValid())
        return Error::usage(tr("Choose a month first."));
    ReportBuilder builder(m_database, m_options.language);
    XlsxOptions options;
    options.language = m_options.language;
    options.unit = m_options.unit;
    options.officeName = m_settings.officeName;
    // The place and date line and the signatures of the printed report.
    options.placeName = m_settings.placeName();
    options.date = m_ui->reportDateEdit->date();
    options.preparerName = m_settings.preparerName;
    options.controllerName = m_settings.controllerName;
    options.directorName = m_settings.directorName;
    options.demonstration = m_settings.demonstration;
    if (!chosen.filter.isEmpty()) {
        if (auto built = document())
            options.scope = built->scope();
    }
    return XlsxRenderer::writeMonth(builder, chosen.kind, chosen.month, chosen.by, chosen.filter, options,
                                    path);
}

Status ReportsView::exportCsv(const QString& path)
{
    // The CLI's CSV: Vietnamese names and whole đồng, whatever the window shows.
    const ReportRequest chosen = request();
    if (!chosen.month.isValid())
        return Error::usage(tr("Choose a month first."));
    ReportBuilder builder(m_database, Language::Vietnamese);
    auto table = chosen.kind == ReportTable::Kind::Ageing
                     ? builder.ageing(chosen.month.lastDay(), chosen.by, chosen.filter)
                     : builder.summary(chosen.month, chosen.by, chosen.filter);
    if (!table)
        return table.error();
    const QByteArray bytes = ReportRenderers::toCsv(*table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

void ReportsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ReportsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillReportChoices();
    }
    QWidget::changeEvent(event);
}

void ReportsView::preview()
{
    auto built = document();
    if (!built) {
        showStatus(built.error(), QString());
        return;
    }
    const ReportDocument& doc = *built;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(doc.pageLayout());
    printer.setDocName(doc.title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(doc.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* target) { doc.paint(*target); });
    dialog.exec();
}

void ReportsView::print()
{
    auto built = document();
    if (!built) {
        showStatus(built.error(), QString());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(built->pageLayout());
    printer.setDocName(built->title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(built->title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (built->paint(printer) == 0)
        showStatus(Error::io(tr("The printer could not be used.")), QString());
    else
        showStatus(Status::success(), tr("Sent to the printer: %1").arg(built->title()));
}

void ReportsView::editSettings()
{
    ReportSettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportSettings settings = dialog.settings();
    if (Status saved = settings.save(m_database); !saved) {
        showStatus(saved, QString());
        return;
    }
    setReportSettings(ReportSettings::load(m_database));
}

QString ReportsView::defaultPath(const QString& suffix)
{
    QString name = QStringLiteral("report-%1").arg(m_month.toIsoString());
    if (auto built = document())
        name = built->suggestedFileName();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(name + u'.' + suffix);
}

void ReportsView::saveWithDialog(const QString& caption, const QString& filter, const QString& suffix,
                                 Status (ReportsView::*action)(const QString&))
{
    QString path = QFileDialog::getSaveFileName(this, caption, defaultPath(suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    showStatus((this->*action)(path), tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsView::showStatus(const Status& status, const QString& done)
{
    m_ui->statusLabel->setText(status.ok() ? done : status.error().message);
}
