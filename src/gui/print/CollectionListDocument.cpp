#include "CollectionListDocument.h"

#include "PagePainter.h"
#include "report/ReportText.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using namespace PagePainter;

namespace {

enum PrintedColumn
{
    SerialColumn,
    MemberColumn,
    LoanColumn,
    OutstandingColumn,
    InterestDueColumn,
    PrincipalDueColumn,
    SavingsColumn,
    PrincipalCollectedColumn,
    InterestCollectedColumn,
    SavingsCollectedColumn,
    SignatureColumn,
    PrintedColumnCount
};

/// The columns' shares of the page's width (in millimetres of a 261 mm wide table).
constexpr qreal kColumnMillimetres[PrintedColumnCount] = {9, 44, 21, 24, 21, 22, 22, 24, 22, 22, 30};
constexpr qreal kTablePoints = 9;
/// A member's line is high enough to write an amount and sign in.
constexpr qreal kMemberLineHeight = mm(7.5);
/// The lines of a group's table that stay with its totals row when the table runs onto another page.
constexpr qsizetype kKeepWithTotal = 3;

using ReportText::pick;

bool isFigure(int column)
{
    return column >= OutstandingColumn && column <= SavingsCollectedColumn;
}

QFont tableFont(bool bold = false)
{
    return font(kTablePoints, bold, false, true);
}

} // namespace

CollectionListDocument::CollectionListDocument(CollectionSheet sheet, DisplayOptions options,
                                               ReportSettings settings)
    : m_sheet(std::move(sheet))
    , m_options(options)
    , m_settings(std::move(settings))
    , m_demonstration(m_settings.demonstration)
{
    // Amounts to collect are written to the đồng.
    m_options.unit = MoneyUnit::Dong;
}

void CollectionListDocument::setDemonstration(bool demonstration)
{
    m_demonstration = demonstration;
    m_layout.reset();
}

QString CollectionListDocument::title() const
{
    const Language language = m_options.language;
    return pick(language, u"Danh sách thu nợ, thu lãi, tiền gửi tiết kiệm",
                u"Collection list: principal, interest and savings",
                u"Liste de recouvrement : capital, intérêts et épargne") +
           QStringLiteral(" - ") + m_sheet.communeName + QStringLiteral(" - ") + m_options.date(m_sheet.day);
}

QString CollectionListDocument::suggestedFileName() const
{
    return QStringLiteral("danh-sach-thu-%1-%2").arg(m_sheet.communeCode, m_sheet.day.toString(Qt::ISODate));
}

QStringList CollectionListDocument::headings() const
{
    const Language l = m_options.language;
    return {ReportText::serialHeading(l),
            pick(l, u"Họ và tên thành viên", u"Member", u"Membre"),
            pick(l, u"Số khế ước", u"Loan number", u"N° de prêt"),
            pick(l, u"Dư nợ", u"Outstanding", u"Encours"),
            pick(l, u"Lãi phải thu", u"Interest due", u"Intérêts dus"),
            pick(l, u"Gốc đến hạn", u"Principal due", u"Capital échu"),
            pick(l, u"Số dư tiền gửi tiết kiệm", u"Savings balance", u"Solde d'épargne"),
            pick(l, u"Gốc thu được", u"Principal collected", u"Capital perçu"),
            pick(l, u"Lãi thu được", u"Interest collected", u"Intérêts perçus"),
            pick(l, u"Tiết kiệm thu được", u"Savings collected", u"Épargne perçue"),
            pick(l, u"Ký nhận", u"Member's signature", u"Signature du membre")};
}

QStringList CollectionListDocument::signatureCaptions() const
{
    const Language l = m_options.language;
    return {pick(l, u"TỔ TRƯỞNG", u"GROUP LEADER", u"CHEF DE GROUPE"),
            pick(l, u"CÁN BỘ TÍN DỤNG", u"CREDIT OFFICER", u"AGENT DE CRÉDIT")};
}

QPageLayout CollectionListDocument::pageLayout() const
{
    return a4(QPageLayout::Landscape);
}

int CollectionListDocument::pageCount() const
{
    return static_cast<int>(layout().pages.size());
}

QList<CollectionListDocument::Line> CollectionListDocument::linesOf(int group) const
{
    QList<Line> lines;
    const CollectionSheet::GroupSheet& sheet = m_sheet.groups.at(group);
    for (int m = 0; m < sheet.members.size(); ++m) {
        const auto loans = static_cast<int>(sheet.members.at(m).loans.size());
        for (int l = 0; l < std::max(1, loans); ++l)
            lines.append({m, loans == 0 ? -1 : l, l == 0, m + 1});
    }
    lines.append({-1, -1, false, 0});
    return lines;
}

QString CollectionListDocument::cellText(int group, const Line& line, int column) const
{
    const CollectionSheet::GroupSheet& sheet = m_sheet.groups.at(group);
    if (line.member < 0) {
        const CollectionSheet::Totals& totals = sheet.totals;
        switch (column) {
        case OutstandingColumn:
            return m_options.money(totals.outstanding);
        case InterestDueColumn:
            return m_options.money(totals.interest);
        case PrincipalDueColumn:
            return m_options.money(totals.principalDue);
        case SavingsColumn:
            return m_options.money(totals.savings);
        default:
            return {};
        }
    }
    const CollectionSheet::Member& member = sheet.members.at(line.member);
    const CollectionSheet::Loan* loan = line.loan >= 0 ? &member.loans.at(line.loan) : nullptr;
    switch (column) {
    case SerialColumn:
        return line.firstOfMember ? QString::number(line.serial) : QString();
    case MemberColumn:
        return line.firstOfMember ? member.fullName : QString();
    case LoanColumn:
        return loan ? loan->loanNo : QString();
    case OutstandingColumn:
        return loan ? m_options.money(loan->proposal.outstanding) : QString();
    case InterestDueColumn:
        return loan ? m_options.money(loan->proposal.interest) : QString();
    case PrincipalDueColumn:
        return loan ? m_options.money(loan->proposal.principalDue) : QString();
    case SavingsColumn:
        return line.firstOfMember ? m_options.money(member.savings) : QString();
    default:
        return {};
    }
}

qreal CollectionListDocument::lineHeight(int group, const Line& line, const QList<qreal>& widths) const
{
    const QFont body = tableFont(line.member < 0);
    const qreal text = line.member < 0 ? PagePainter::lineHeight(body)
                                       : wrappedHeight(body, widths[MemberColumn] - 2 * kCellPadding,
                                                       cellText(group, line, MemberColumn));
    const qreal height = text + 2 * kCellVerticalPadding;
    return line.member < 0 ? height + kCellVerticalPadding : std::max(height, kMemberLineHeight);
}

const CollectionListDocument::Layout& CollectionListDocument::layout() const
{
    if (!m_layout)
        m_layout = computeLayout();
    return *m_layout;
}

CollectionListDocument::Layout CollectionListDocument::computeLayout() const
{
    Layout layout;
    layout.size = pageLayout().paintRect(QPageLayout::Point).size() * kUnitsPerPoint;
    const qreal width = layout.size.width();
    qreal shares = 0;
    for (qreal share : kColumnMillimetres)
        shares += share;
    for (qreal share : kColumnMillimetres)
        layout.widths.append(width * share / shares);
    const QFont bold = tableFont(true);
    const QStringList heads = headings();
    qreal header = 0;
    for (qsizetype c = 0; c < heads.size(); ++c)
        header = std::max(
            header,
            static_cast<qreal>(balancedLines(bold, layout.widths[c] - 2 * kCellPadding, heads[c]).size()) *
                PagePainter::lineHeight(bold));
    layout.headerHeight = header + 2 * kCellVerticalPadding;
    layout.closingHeight = paintClosing(nullptr, 0, 0, width);

    const qreal content = layout.size.height() - kFooterReserve;
    if (m_sheet.groups.isEmpty()) {
        layout.pages.append({-1, 0, 0, true, false});
        return layout;
    }
    bool printed = false;
    for (int g = 0; g < m_sheet.groups.size(); ++g) {
        const QList<Line> lines = linesOf(g);
        QList<qreal> heights;
        for (const Line& line : lines)
            heights.append(lineHeight(g, line, layout.widths));
        layout.lineHeights.append(heights);
        const qreal heading = paintHeading(nullptr, g, width);
        layout.headingHeights.append(heading);
        // A group with no member to collect from has no page.
        if (m_sheet.groups.at(g).members.isEmpty())
            continue;
        printed = true;

        QList<Page> pages;
        const qsizetype count = lines.size();
        qsizetype next = 0;
        bool first = true;
        while (next < count) {
            const qreal available = content - (first ? heading : 0) - layout.headerHeight;
            const qsizetype start = next;
            qreal used = 0;
            while (next < count && (next == start || used + heights[next] <= available)) {
                used += heights[next];
                ++next;
            }
            pages.append({g, start, next, first, false});
            first = false;
        }
        const auto pageHeight = [&](const Page& page, bool closing) {
            qreal sum =
                (page.heading ? heading : 0) + (page.endLine > page.firstLine ? layout.headerHeight : 0);
            for (qsizetype i = page.firstLine; i < page.endLine; ++i)
                sum += heights[i];
            return sum + (closing ? layout.closingHeight : 0);
        };
        // The totals row keeps a few lines of the table with it, taken from the page before.
        const qsizetype keep = std::min(kKeepWithTotal, count - 1);
        if (pages.size() > 1) {
            Page& last = pages.last();
            Page& before = pages[pages.size() - 2];
            const qsizetype beside = last.endLine - last.firstLine - 1;
            const qsizetype move = std::min(keep - beside, before.endLine - before.firstLine - 1);
            if (move > 0) {
                before.endLine -= move;
                last.firstLine -= move;
            }
        }
        // The signatures go under the totals row; when they do not fit there, the totals row and its last
        // lines go with them to a new page.
        Page& last = pages.last();
        if (pageHeight(last, true) <= content) {
            last.closing = true;
        } else {
            Page closing{g, std::max(last.firstLine, last.endLine - (keep + 1)), last.endLine, false, true};
            last.endLine = closing.firstLine;
            if (last.endLine == last.firstLine && !last.heading)
                pages.removeLast();
            pages.append(closing);
        }
        layout.pages += pages;
    }
    if (!printed)
        layout.pages.append({-1, 0, 0, true, false});
    return layout;
}

qreal CollectionListDocument::paintHeading(QPainter* painter, int group, qreal width) const
{
    const Language language = m_options.language;
    qreal y = paintLetterhead(painter, width, language, m_settings.office(language)) + mm(5);
    if (painter)
        painter->setPen(Qt::black);
    y += textBlock(painter, font(13, true), 0, y, width,
                   pick(language, u"DANH SÁCH THU NỢ, THU LÃI, TIỀN GỬI TIẾT KIỆM",
                        u"COLLECTION LIST: PRINCIPAL, INTEREST AND SAVINGS",
                        u"LISTE DE RECOUVREMENT : CAPITAL, INTÉRÊTS ET ÉPARGNE"),
                   Qt::AlignHCenter);
    y += mm(0.5);
    y += textBlock(painter, font(11, true, true), 0, y, width,
                   pick(language, u"Xã/phường: %1 – Ngày giao dịch: %2", u"Commune: %1 – Transaction day: %2",
                        u"Commune : %1 – Jour de transaction : %2")
                       .arg(m_sheet.communeName, m_options.date(m_sheet.day)),
                   Qt::AlignHCenter);
    if (group >= 0) {
        const Group& g = m_sheet.groups.at(group).group;
        QString line =
            pick(language, u"Tổ: %1 (%2)", u"Group: %1 (%2)", u"Groupe : %1 (%2)").arg(g.name, g.code);
        if (!g.leaderName.isEmpty())
            line += pick(language, u" – Tổ trưởng: %1", u" – Group leader: %1", u" – Chef de groupe : %1")
                        .arg(g.leaderName);
        if (!g.village.isEmpty())
            line += pick(language, u" – Thôn: %1", u" – Village: %1", u" – Village : %1").arg(g.village);
        y += mm(0.5) + textBlock(painter, font(10.5), 0, y + mm(0.5), width, line, Qt::AlignHCenter);
    } else {
        y += mm(3) + textBlock(painter, font(10.5, false, true), 0, y + mm(3), width,
                               pick(language, u"Không có thành viên nào phải thu.",
                                    u"No member to collect from.", u"Aucun membre à recouvrer."),
                               Qt::AlignHCenter);
    }
    if (m_demonstration) {
        if (painter)
            painter->setPen(kMarkColour);
        y += mm(0.5) + textBlock(painter, font(10.5, true, true), 0, y + mm(0.5), width,
                                 ReportText::demonstrationLine(language), Qt::AlignHCenter);
        if (painter)
            painter->setPen(Qt::black);
    }
    y += mm(2);
    y += textBlock(painter, font(9, false, true), 0, y, width,
                   ReportText::unitLine(MoneyUnit::Dong, language), Qt::AlignRight);
    return y + mm(1);
}

qreal CollectionListDocument::paintTableHeader(QPainter& painter, const Layout& layout, qreal top) const
{
    const QFont bold = tableFont(true);
    const QStringList heads = headings();
    painter.setPen(QPen(Qt::black, kThinLine));
    qreal x = 0;
    for (qsizetype c = 0; c < heads.size(); ++c) {
        const QRectF cell(x, top, layout.widths[c], layout.headerHeight);
        painter.fillRect(cell, kHeaderFill);
        painter.drawRect(cell);
        const QRectF area = inner(cell);
        drawLines(painter, bold, area, balancedLines(bold, area.width(), heads[c]), Qt::AlignCenter);
        x += layout.widths[c];
    }
    return top + layout.headerHeight;
}

qreal CollectionListDocument::paintLine(QPainter& painter, const Layout& layout, int group, const Line& line,
                                        qreal height, qreal top) const
{
    const bool total = line.member < 0;
    const QFont text = tableFont(total);
    painter.setPen(QPen(Qt::black, kThinLine));
    qreal x = 0;
    int c = 0;
    if (total) {
        // "Tổng cộng" across No., member and loan.
        const qreal merged =
            layout.widths[SerialColumn] + layout.widths[MemberColumn] + layout.widths[LoanColumn];
        const QRectF cell(0, top, merged, height);
        painter.drawRect(cell);
        drawText(painter, text, inner(cell), Qt::AlignCenter, ReportText::totalLabel(m_options.language));
        x = merged;
        c = OutstandingColumn;
    }
    for (; c < PrintedColumnCount; ++c) {
        const QRectF cell(x, top, layout.widths[c], height);
        painter.drawRect(cell);
        const QString value = cellText(group, line, c);
        const QRectF area = inner(cell);
        if (c == MemberColumn)
            drawLines(painter, text, area, wrapLines(text, area.width(), value),
                      Qt::AlignLeft | Qt::AlignVCenter);
        else
            drawText(painter, text, area,
                     (isFigure(c) ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignVCenter, value);
        x += layout.widths[c];
    }
    return top + height;
}

qreal CollectionListDocument::paintClosing(QPainter* painter, int group, qreal top, qreal width) const
{
    const Language language = m_options.language;
    qreal y = top + mm(4);
    // Two columns: the group leader on the left, the credit officer on the right, the place and date above.
    const qreal column = width / 2;
    y += textBlock(painter, font(10, false, true), column, y, column,
                   ReportText::placeAndDate(m_settings.placeName(), m_sheet.day, language), Qt::AlignHCenter);
    y += mm(1);
    const QStringList captions = signatureCaptions();
    qreal titles = 0;
    for (int i = 0; i < 2; ++i)
        titles = std::max(
            titles, textBlock(painter, font(10, true), i * column, y, column, captions[i], Qt::AlignHCenter));
    y += titles;
    y += textBlock(painter, font(9, false, true), 0, y, column,
                   ReportText::signatoryHint(ReportText::Signatory::Preparer, language), Qt::AlignHCenter);
    textBlock(painter, font(9, false, true), column, y - PagePainter::lineHeight(font(9, false, true)),
              column, ReportText::signatoryHint(ReportText::Signatory::Preparer, language), Qt::AlignHCenter);
    y += mm(17);
    const QString leader = group >= 0 ? m_sheet.groups.at(group).group.leaderName.trimmed() : QString();
    const qreal names = leader.isEmpty()
                            ? PagePainter::lineHeight(font(10, true))
                            : textBlock(painter, font(10, true), 0, y, column, leader, Qt::AlignHCenter);
    return y + names - top;
}

int CollectionListDocument::paint(QPagedPaintDevice& device) const
{
    const Layout& layout = this->layout();
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = static_cast<qreal>(device.logicalDpiX()) / (72.0 * kUnitsPerPoint);
    const auto pages = static_cast<int>(layout.pages.size());
    const Language language = m_options.language;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.resetTransform();
        painter.scale(scale, scale);
        painter.setPen(Qt::black);
        const Page& page = layout.pages[p];
        if (m_demonstration)
            paintDemonstrationHeader(painter, layout.size.width(), language);
        qreal y = 0;
        if (page.heading)
            y = paintHeading(&painter, page.group, layout.size.width());
        if (page.group >= 0 && page.endLine > page.firstLine) {
            const QList<Line> lines = linesOf(page.group);
            y = paintTableHeader(painter, layout, y);
            for (qsizetype i = page.firstLine; i < page.endLine; ++i)
                y = paintLine(painter, layout, page.group, lines[i], layout.lineHeights[page.group][i], y);
        }
        if (page.closing)
            paintClosing(&painter, page.group, y, layout.size.width());
        paintPageNumber(painter, layout.size, p + 1, pages, language);
        if (m_demonstration)
            paintWatermark(painter, layout.size, language);
    }
    painter.end();
    return pages;
}

Status CollectionListDocument::writePdf(const QString& path) const
{
    return PagePainter::writePdf(path, title(), [this](QPagedPaintDevice& device) { return paint(device); });
}
