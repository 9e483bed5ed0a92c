#include "WrappingHeaderView.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionHeaderV2>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace {

/// The widest of the lines of @p text.
int widestLine(const QFontMetrics& metrics, const QStringList& lines)
{
    int widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

/// @p text with its widest line broken at the space that leaves the narrower two halves (unchanged when that
/// line has no space or is the unit).
QStringList wrapped(const QFontMetrics& metrics, const QString& text)
{
    QStringList lines = text.split(u'\n');
    qsizetype widestIndex = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (metrics.horizontalAdvance(lines[i]) > metrics.horizontalAdvance(lines[widestIndex]))
            widestIndex = i;
    }
    // A unit line, "(triệu đồng)", stays whole: "(triệu" over "đồng)" reads badly.
    if (lines[widestIndex].startsWith(u'('))
        return lines;
    const QString line = lines[widestIndex];
    int best = metrics.horizontalAdvance(line);
    qsizetype split = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u' ')
            continue;
        const int width =
            std::max(metrics.horizontalAdvance(line.left(i)), metrics.horizontalAdvance(line.mid(i + 1)));
        if (width < best) {
            best = width;
            split = i;
        }
    }
    if (split >= 0) {
        lines[widestIndex] = line.left(split);
        lines.insert(widestIndex + 1, line.mid(split + 1));
    }
    return lines;
}

} // namespace

WrappingHeaderView::WrappingHeaderView(QTableView* table)
    : QHeaderView(Qt::Horizontal, table)
    , m_table(table)
{
    // A title is never shortened: it is as wide as its lines (paintSection() draws the broken lines).
    setTextElideMode(Qt::ElideNone);
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setHorizontalHeader(this);
    // The sorted column's arrow takes room: the widths follow the column sorted by.
    connect(this, &QHeaderView::sortIndicatorChanged, this, [this]() {
        m_appliedWidth = -1;
        apply();
    });
}

void WrappingHeaderView::setKeyColumn(int column, int maximum, int minimum)
{
    m_key = column;
    m_keyMaximum = maximum;
    m_keyMinimum = std::min(minimum, maximum);
}

int WrappingHeaderView::titleWidth(int logical) const
{
    return titleWidth(logical, wraps(logical));
}

bool WrappingHeaderView::wraps(int logical) const
{
    // Only a title wider than its column's figures gains from a second line.
    return m_wrapping &&
           (logical < 0 || logical >= m_contents.size() || m_contents[logical] < titleWidth(logical, false));
}

QSize WrappingHeaderView::plainSize(int logical) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logical);
    if (!isSortIndicatorShown())
        return size;
    // QHeaderView widens every section by its height for a sort arrow; only the sorted column draws one, and
    // the arrow is the size of a line of text.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    size.rwidth() -= size.height() + margin;
    if (logical == sortIndicatorSection())
        size.rwidth() += QFontMetrics(font()).height() + 2 * margin;
    return size;
}

int WrappingHeaderView::titleWidth(int logical, bool wrapping) const
{
    const QSize single = plainSize(logical);
    if (!wrapping || !model())
        return single.width();
    const QFontMetrics metrics(font());
    const QString text = model()->headerData(logical, orientation(), Qt::DisplayRole).toString();
    return single.width() - widestLine(metrics, text.split(u'\n')) +
           widestLine(metrics, wrapped(metrics, text));
}

QString WrappingHeaderView::titleText(int logical) const
{
    const QString text =
        model() ? model()->headerData(logical, orientation(), Qt::DisplayRole).toString() : QString();
    if (!wraps(logical))
        return text;
    return wrapped(QFontMetrics(font()), text).join(u'\n');
}

QSize WrappingHeaderView::sectionSizeFromContents(int logical) const
{
    QSize size = plainSize(logical);
    if (!wraps(logical) || !model())
        return size;
    const QFontMetrics metrics(font());
    const QString text = model()->headerData(logical, orientation(), Qt::DisplayRole).toString();
    const qsizetype added = wrapped(metrics, text).size() - text.split(u'\n').size();
    size.setWidth(titleWidth(logical, true));
    size.setHeight(size.height() + static_cast<int>(added) * metrics.lineSpacing());
    return size;
}

void WrappingHeaderView::paintSection(QPainter* painter, const QRect& rect, int logical) const
{
    if (!wraps(logical)) {
        QHeaderView::paintSection(painter, rect, logical);
        return;
    }
    if (!rect.isValid())
        return;
    // As QHeaderView draws it, with the title broken onto its lines.
    QStyleOptionHeaderV2 option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logical);
    option.rect = rect;
    option.text = titleText(logical);
    option.textElideMode = Qt::ElideNone;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
}

void WrappingHeaderView::fitColumns()
{
    m_contents.clear();
    for (int column = 0; column < count(); ++column)
        m_contents.append(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(column));
    m_appliedWidth = -1;
    apply();
}

void WrappingHeaderView::resizeEvent(QResizeEvent* event)
{
    QHeaderView::resizeEvent(event);
    if (!m_applying && width() != m_appliedWidth)
        apply();
}

void WrappingHeaderView::setWrapping(bool wrapping)
{
    if (wrapping == m_wrapping)
        return;
    m_wrapping = wrapping;
    // The header's height follows the titles' lines.
    if (count() > 0)
        headerDataChanged(orientation(), 0, count() - 1);
    updateGeometry();
    m_table->doItemsLayout();
}

void WrappingHeaderView::apply()
{
    if (m_contents.size() != count() || count() == 0)
        return;
    m_applying = true;
    const int room = m_table->viewport()->width();
    const auto widths = [this](bool wrapping) {
        QList<int> result;
        for (int column = 0; column < count(); ++column) {
            int width = std::max(m_contents[column], titleWidth(column, wrapping));
            if (column == m_key)
                width = std::min(width, std::max(m_keyMaximum, titleWidth(column, wrapping)));
            if (m_maxima.contains(column))
                width = std::min(width, std::max(m_maxima.value(column), titleWidth(column, wrapping)));
            result.append(isSectionHidden(column) ? 0 : width);
        }
        return result;
    };
    QList<int> chosen = widths(false);
    bool wrapping = false;
    if (std::accumulate(chosen.begin(), chosen.end(), 0) > room) {
        wrapping = true;
        chosen = widths(true);
        const int over = std::accumulate(chosen.begin(), chosen.end(), 0) - room;
        if (over > 0 && m_key >= 0 && m_key < chosen.size()) {
            // The name column gives up what it can; its title stays whole.
            const int floor = std::max(m_keyMinimum, titleWidth(m_key, true));
            chosen[m_key] = std::max(floor, std::min(chosen[m_key], chosen[m_key] - over));
        }
    }
    setWrapping(wrapping);
    for (int column = 0; column < count(); ++column) {
        if (!isSectionHidden(column))
            resizeSection(column, chosen[column]);
    }
    m_appliedWidth = width();
    m_applying = false;
}
