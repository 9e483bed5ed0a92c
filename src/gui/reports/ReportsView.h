#pragma once

#include "Result.h"
#include "common/DisplayOptions.h"
#include "domain/Dates.h"
#include "print/ReportDocument.h"
#include "print/ReportSettings.h"
#include "report/Breakdown.h"

#include <QWidget>

#include <memory>
#include <optional>

class BackgroundLoader;
class Database;
class ProvisionalBanner;
namespace Ui {
class ReportsView;
}

/// The Reports page of the main window: choose the month and the report (summary by program, commune,
/// organisation or group; ageing), see it as it will be printed, then preview, print, save as PDF, or export
/// XLSX or CSV. Preview, print and PDF paint the same ReportDocument; the CSV is byte for byte the one of
/// `loandesk-cli summary`.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(Database& database, QWidget* parent = nullptr);
    ~ReportsView() override;

    void setMonth(YearMonth month);
    /// Limits the page's month picker to @p first … @p last (the months with data).
    void setMonthRange(YearMonth first, YearMonth last);
    void setFilter(const PortfolioFilter& filter);
    void setDisplayOptions(const DisplayOptions& options);
    /// Reads the report again (after a month was closed or reopened, or the data changed).
    void reload();

    /// The report chosen in the view.
    [[nodiscard]] ReportRequest request() const;
    /// Chooses a report (as the combo box does).
    void setReport(ReportTable::Kind kind, Breakdown by);
    /// The report settings in use (loaded from the settings at construction).
    [[nodiscard]] const ReportSettings& reportSettings() const { return m_settings; }
    void setReportSettings(const ReportSettings& settings);
    /// The date on the report's place and date line.
    void setReportDate(const QDate& date);

    /// The document of the chosen report, as shown, previewed, printed and saved (read at once if the page
    /// has not read it yet).
    Result<ReportDocument> document();
    /// Whether the page is reading its report off the UI thread.
    [[nodiscard]] bool isBusy() const;
    /// "Provisional figures" above the report of a month that is not closed.
    [[nodiscard]] ProvisionalBanner* provisionalBanner() const { return m_banner; }

    /// The actions behind the buttons, without their file dialogs.
    Status savePdf(const QString& path);
    Status exportXlsx(const QString& path);
    Status exportCsv(const QString& path);

signals:
    /// The user chose another month in the view (not emitted by setMonth), so that the window can follow.
    void monthChosen(YearMonth month);
    /// The page started or finished reading its report.
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillReportChoices();
    void invalidate();
    void refresh();
    /// Keeps @p document as the page's, dated with the report date.
    void adopt(ReportDocument document);
    void showResult(const Result<ReportDocument>& built);
    void showDocument(const ReportDocument& document);
    void enableActions(bool enabled);
    void preview();
    void print();
    void editSettings();
    void saveWithDialog(const QString& caption, const QString& filter, const QString& suffix,
                        Status (ReportsView::*action)(const QString&));
    QString defaultPath(const QString& suffix);
    void showStatus(const Status& status, const QString& done);

    std::unique_ptr<Ui::ReportsView> m_ui;
    Database& m_database;
    YearMonth m_month;
    PortfolioFilter m_filter;
    DisplayOptions m_options;
    ReportSettings m_settings;
    BackgroundLoader* m_loader = nullptr;
    /// The document of the page's month, report, options and settings; none while it is being read.
    std::optional<ReportDocument> m_document;
    bool m_dirty = true; ///< the table must be shown again (the page changed while hidden)
    ProvisionalBanner* m_banner = nullptr;
};
