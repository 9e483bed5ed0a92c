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

class Database;
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
    void setFilter(const PortfolioFilter& filter);
    void setDisplayOptions(const DisplayOptions& options);

    /// The report chosen in the view.
    [[nodiscard]] ReportRequest request() const;
    /// Chooses a report (as the combo box does).
    void setReport(ReportTable::Kind kind, Breakdown by);
    /// The report settings in use (loaded from the settings at construction).
    [[nodiscard]] const ReportSettings& reportSettings() const { return m_settings; }
    void setReportSettings(const ReportSettings& settings);
    /// The date on the report's place and date line.
    void setReportDate(const QDate& date);

    /// The document of the chosen report, as shown, previewed, printed and saved.
    Result<ReportDocument> document();

    /// The actions behind the buttons, without their file dialogs.
    Status savePdf(const QString& path);
    Status exportXlsx(const QString& path);
    Status exportCsv(const QString& path);

signals:
    /// The user chose another month in the view (not emitted by setMonth), so that the window can follow.
    void monthChosen(YearMonth month);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillReportChoices();
    void invalidate();
    void refresh();
    void showDocument(const ReportDocument& document);
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
    std::optional<ReportDocument> m_document;
    bool m_dirty = true;
};
