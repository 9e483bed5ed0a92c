#pragma once

#include "common/DisplayOptions.h"
#include "report/ReportTable.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CloseMonthDialog;
}
class QPushButton;

/// Asks before a month is closed (domain.md §8): the month's totals for the whole office (from the summary's
/// TOTAL row, in the window's language and unit) and what closing means — afterwards nothing dated on or
/// before the month's last day can be posted, reversed or changed. Cancel is the default.
class CloseMonthDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p summary: the summary of @p month (any breakdown; its TOTAL row is shown).
    CloseMonthDialog(YearMonth month, const ReportTable& summary, const DisplayOptions& options,
                     QWidget* parent = nullptr);
    ~CloseMonthDialog() override;

    [[nodiscard]] YearMonth month() const { return m_month; }
    [[nodiscard]] QPushButton* closeButton() const { return m_closeButton; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::unique_ptr<Ui::CloseMonthDialog> m_ui;
    YearMonth m_month;
    ReportTable m_summary;
    DisplayOptions m_options;
    QPushButton* m_closeButton = nullptr;
};
