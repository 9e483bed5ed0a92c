#pragma once

#include "domain/Dates.h"

#include <QLabel>

/// The banner over a report of a month that is not closed (domain.md §8): it says plainly that the figures
/// are provisional ("SỐ LIỆU TẠM TÍNH"), and is hidden for a closed month. The Dashboard, the summary pages
/// and the Reports page place it beside their title.
class ProvisionalBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ProvisionalBanner(QWidget* parent = nullptr);

    /// Shows the banner for @p month (written as @p monthText, e.g. `08/2023`) unless it is @p closed.
    void setMonth(YearMonth month, const QString& monthText, bool closed);
    /// Hides the banner (nothing is shown, e.g. while a report cannot be read).
    void clear();

    /// Whether it stands for a provisional report (it is shown when its page is).
    [[nodiscard]] bool isProvisional() const { return m_provisional; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    YearMonth m_month;
    QString m_monthText;
    bool m_provisional = false;
};
