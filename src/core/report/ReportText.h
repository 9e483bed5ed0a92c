#pragma once

#include "ReportTable.h"
#include "domain/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

/// The fixed vocabulary of the printed and exported reports (PDF, print, XLSX) in the three report languages.
///
/// A report is written in the language it is asked for, whatever translation the program has loaded: the
/// console program loads none and still prints the bank's Vietnamese, and a Vietnamese report made from an
/// English window is still Vietnamese. So these texts are a lookup keyed by Language (like
/// Catalogue::directLendingName), not tr() strings. Vietnamese is the bank's wording.
namespace ReportText {

/// The text of @p language among its three wordings.
QString pick(Language language, QStringView vi, QStringView en, QStringView fr);
/// vi_VN, en_GB, fr_FR: the locale numbers and dates of a report are written in.
QLocale locale(Language language);
/// Decimals of an amount in @p unit (0 for đồng and thousands, 2 for millions, 3 for billions).
int unitDecimals(MoneyUnit unit);
/// `đồng`, `triệu đồng`, `million đồng`, `millions de đồng`.
QString unitName(MoneyUnit unit, Language language);
/// `Đơn vị: triệu đồng`.
QString unitLine(MoneyUnit unit, Language language);

/// NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
QString bankName(Language language);
/// PHÒNG GIAO DỊCH THỊ XÃ DUY TIÊN (the default of the office setting)
QString defaultOfficeName(Language language);
/// Duy Tiên (the default of the place setting)
QString defaultPlace();
/// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QString countryName(Language language);
/// Độc lập - Tự do - Hạnh phúc
QString motto(Language language);

/// BÁO CÁO TỔNG HỢP DƯ NỢ THEO CHƯƠNG TRÌNH TÍN DỤNG, …
QString title(ReportTable::Kind kind, Breakdown by, Language language);
/// The line under the title that names the breakdown of an ageing table (empty for a summary).
QString subtitle(ReportTable::Kind kind, Breakdown by, Language language);
/// `Tháng 08 năm 2023` for a summary, `Đến hết ngày 31/08/2023` for an ageing table.
QString period(const ReportTable& table, Language language);
/// `Phạm vi: ` before the commune and organisation a report is restricted to.
QString scopeLabel(Language language);
/// The mark of a report of a month that is not closed (domain.md §8): `SỐ LIỆU TẠM TÍNH`, `Provisional
/// figures`, `Chiffres provisoires`. Printed on every page of such a report and in every sheet of its
/// workbook; never on a report of a closed month.
QString provisionalMark(Language language);
/// The watermark across every page of a report made from demonstration data: `DỮ LIỆU MẪU`, `DEMONSTRATION
/// DATA`, `DONNÉES DE DÉMONSTRATION`.
QString demonstrationMark(Language language);
/// The line under the title of such a report (every printed page, the workbook's sheets): `Dữ liệu mẫu —
/// không phải số liệu thật`.
QString demonstrationLine(Language language);
/// The note under a printed table in a unit other than đồng: its amounts are rounded by the largest remainder
/// (Footing), so the rows add up exactly to the total row.
QString roundingNote(Language language);
/// The note under a workbook's table in a unit other than đồng: the cells hold exact đồng, shown rounded.
QString exactAmountsNote(Language language);
/// The note under a table whose borrowers add up to more than its total: a household is counted once in the
/// total, in every row it has a loan in.
QString borrowersNote(Language language);
/// The short name of a report for the window and the files: `Tổng hợp theo chương trình`.
QString shortName(ReportTable::Kind kind, Breakdown by, Language language);
/// The sheet of a breakdown in the workbook (at most 31 characters).
QString sheetName(ReportTable::Kind kind, Breakdown by, Language language);

/// STT
QString serialHeading(Language language);
/// The heading of @p column in the printed table (`Dư nợ cuối kỳ`, `Tỷ lệ NQH (%)`).
QString columnHeading(Column column, Breakdown by, Language language);
/// The heading of @p column in a printed table of @p kind: an ageing table's `overdue` is `Tổng nợ quá hạn`
/// and its `outstanding_end` `Tổng dư nợ`; otherwise as columnHeading(column, by, language).
QString columnHeading(Column column, ReportTable::Kind kind, Breakdown by, Language language);
/// Tổng cộng
QString totalLabel(Language language);
/// `Trang 2/5`
QString pageNumber(int page, int pages, Language language);

/// `Tổng dư nợ cuối kỳ: 586.123.456.789 đồng` (always exact, in đồng).
QString totalOutstandingLine(Money amount, Language language);
/// `Bằng chữ: Năm trăm … đồng.`
QString inWordsLine(Money amount, Language language);

/// `Duy Tiên, ngày 05 tháng 09 năm 2023`.
QString placeAndDate(const QString& place, const QDate& date, Language language);

/// The three signatories at the foot of a report.
enum class Signatory
{
    Preparer,   ///< NGƯỜI LẬP BIỂU
    Controller, ///< KIỂM SOÁT
    Director,   ///< GIÁM ĐỐC
};
QString signatoryTitle(Signatory signatory, Language language);
/// `(Ký, ghi rõ họ tên)`, `(Ký tên, đóng dấu)`.
QString signatoryHint(Signatory signatory, Language language);

/// The page of charts: its title and the two charts' titles.
QString chartsPageTitle(Language language);
QString outstandingByProgramTitle(MoneyUnit unit, Language language);
QString overdueByCommuneTitle(MoneyUnit unit, Language language);

} // namespace ReportText
