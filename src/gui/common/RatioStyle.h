#pragma once

#include "domain/Money.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

/// How an overdue ratio is coloured in tables and charts: below the watch level it is plain, from the watch
/// level amber, from the alarm level red. One place, so that a table and the chart next to it agree.
class RatioStyle
{
    Q_DECLARE_TR_FUNCTIONS(RatioStyle)

public:
    enum class Level
    {
        None,  ///< no overdue debt
        Low,   ///< some, below the watch level
        Watch, ///< from 0.50 %
        Alarm, ///< from 2.00 %
    };
    static constexpr qint64 kWatchHundredths = 50;
    static constexpr qint64 kAlarmHundredths = 200;

    static Level level(Percent ratio);
    /// Text colour and cell background of a level.
    static QColor foreground(Level level);
    static QColor background(Level level);
    /// The legend: "Overdue ratio: below 0.50 % · 0.50–2.00 % · 2.00 % and above", localised.
    static QString legend(const QLocale& locale);
};
