#pragma once

#include "common/DisplayOptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReopenMonthDialog;
}
class QPushButton;

/// Asks for the reason before the latest closed month is reopened (domain.md §8): the reason is required
/// (the button stays disabled without one) and is recorded in the audit trail.
class ReopenMonthDialog : public QDialog
{
    Q_OBJECT

public:
    ReopenMonthDialog(YearMonth month, const DisplayOptions& options, QWidget* parent = nullptr);
    ~ReopenMonthDialog() override;

    [[nodiscard]] YearMonth month() const { return m_month; }
    /// The reason typed, trimmed.
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QPushButton* reopenButton() const { return m_reopenButton; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::unique_ptr<Ui::ReopenMonthDialog> m_ui;
    YearMonth m_month;
    DisplayOptions m_options;
    QPushButton* m_reopenButton = nullptr;
};
