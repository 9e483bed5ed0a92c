#include "ProvisionalBanner.h"

#include <QEvent>

ProvisionalBanner::ProvisionalBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("provisionalBanner"));
    setTextFormat(Qt::RichText);
    setStyleSheet(QStringLiteral("QLabel#provisionalBanner { background: #fff3cd; color: #6b4500; "
                                 "border: 1px solid #f0c36d; border-left: 5px solid #e09b00; "
                                 "border-radius: 3px; padding: 3px 10px; }"));
    // A bar across the page under its title; on a narrow screen it wraps rather than widen the window.
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

void ProvisionalBanner::setMonth(YearMonth month, const QString& monthText, bool closed)
{
    m_month = month;
    m_monthText = monthText;
    m_provisional = month.isValid() && !closed;
    render();
}

void ProvisionalBanner::clear()
{
    m_month = {};
    m_monthText.clear();
    m_provisional = false;
    render();
}

void ProvisionalBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void ProvisionalBanner::render()
{
    if (!m_provisional) {
        setText(QString());
        setToolTip(QString());
        hide();
        return;
    }
    //: The banner over a report of a month that is not closed: Vietnamese "SỐ LIỆU TẠM TÍNH", French
    //: "Chiffres provisoires".
    const QString headline = tr("Provisional figures");
    //: %1 is a month such as 08/2023.
    const QString detail = tr("%1 is not closed: these figures can still change").arg(m_monthText);
    setText(
        QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2").arg(headline.toHtmlEscaped(), detail.toHtmlEscaped()));
    setToolTip(tr("The figures of a month become final when the month is closed (Month menu). Until then an "
                  "entry dated in it can still be posted, reversed or corrected."));
    setAccessibleName(headline);
    show();
}
