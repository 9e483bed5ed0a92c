#include "RatioStyle.h"

#include <QLocale>

RatioStyle::Level RatioStyle::level(Percent ratio)
{
    if (ratio.hundredths() <= 0)
        return Level::None;
    if (ratio.hundredths() >= kAlarmHundredths)
        return Level::Alarm;
    if (ratio.hundredths() >= kWatchHundredths)
        return Level::Watch;
    return Level::Low;
}

QColor RatioStyle::foreground(Level level)
{
    switch (level) {
    case Level::Alarm:
        return QColor(0xb7, 0x1c, 0x1c);
    case Level::Watch:
        return QColor(0x8a, 0x4b, 0x00);
    case Level::Low:
    case Level::None:
        break;
    }
    return QColor(0x21, 0x21, 0x21);
}

QColor RatioStyle::background(Level level)
{
    switch (level) {
    case Level::Alarm:
        return QColor(0xfd, 0xde, 0xdc);
    case Level::Watch:
        return QColor(0xff, 0xf0, 0xc8);
    case Level::Low:
    case Level::None:
        break;
    }
    return QColor();
}

QString RatioStyle::legend(const QLocale& locale)
{
    const QString watch = Percent::fromHundredths(kWatchHundredths).format(locale);
    const QString alarm = Percent::fromHundredths(kAlarmHundredths).format(locale);
    return tr("Overdue ratio: below %1 % plain · %1–%2 % amber · %2 % and above red").arg(watch, alarm);
}
