#include "PageStyle.h"

#include <QLabel>

namespace PageStyle {

void apply(QLabel* title, QLabel* scope, QLabel* hint, QLabel* restriction)
{
    QFont font = title->font();
    font.setPointSizeF(13);
    font.setBold(true);
    title->setFont(font);
    scope->setStyleSheet(QStringLiteral("color: #4a5765;"));
    if (hint)
        hint->setStyleSheet(QStringLiteral("color: #6b7785;"));
    if (restriction)
        restriction->setStyleSheet(
            QStringLiteral("background: #e4eef8; color: #1d4f7c; border-radius: 3px; padding: 3px 8px;"));
}

} // namespace PageStyle
