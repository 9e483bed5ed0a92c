#include "ReportText.h"

#include "AmountInWords.h"

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString ReportText::pick(Language language, QStringView vi, QStringView en, QStringView fr)
{
    switch (language) {
    case Language::English:
        return en.toString();
    case Language::French:
        return fr.toString();
    case Language::Vietnamese:
        break;
    }
    return vi.toString();
}

namespace ReportText {

QLocale locale(Language language)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::Vietnamese:
        break;
    }
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

int unitDecimals(MoneyUnit unit)
{
    switch (unit) {
    case MoneyUnit::MillionDong:
        return 2;
    case MoneyUnit::BillionDong:
        return 3;
    case MoneyUnit::Dong:
    case MoneyUnit::ThousandDong:
        break;
    }
    return 0;
}

QString unitName(MoneyUnit unit, Language language)
{
    switch (unit) {
    case MoneyUnit::ThousandDong:
        return pick(language, u"nghìn đồng", u"thousand đồng", u"milliers de đồng");
    case MoneyUnit::MillionDong:
        return pick(language, u"triệu đồng", u"million đồng", u"millions de đồng");
    case MoneyUnit::BillionDong:
        return pick(language, u"tỷ đồng", u"billion đồng", u"milliards de đồng");
    case MoneyUnit::Dong:
        break;
    }
    return QStringLiteral("đồng");
}

QString unitLine(MoneyUnit unit, Language language)
{
    return pick(language, u"Đơn vị: ", u"Unit: ", u"Unité : ") + unitName(unit, language);
}

QString bankName(Language language)
{
    return pick(language, u"NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", u"VIETNAM BANK FOR SOCIAL POLICIES",
                u"BANQUE DES POLITIQUES SOCIALES DU VIETNAM");
}

QString defaultOfficeName(Language language)
{
    return pick(language, u"PHÒNG GIAO DỊCH THỊ XÃ DUY TIÊN", u"DUY TIÊN TOWN TRANSACTION OFFICE",
                u"AGENCE DE LA VILLE DE DUY TIÊN");
}

QString defaultPlace()
{
    return QStringLiteral("Duy Tiên");
}

QString countryName(Language language)
{
    return pick(language, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", u"SOCIALIST REPUBLIC OF VIETNAM",
                u"RÉPUBLIQUE SOCIALISTE DU VIETNAM");
}

QString motto(Language language)
{
    return pick(language, u"Độc lập - Tự do - Hạnh phúc", u"Independence - Freedom - Happiness",
                u"Indépendance - Liberté - Bonheur");
}

QString title(ReportTable::Kind kind, Breakdown by, Language language)
{
    if (kind == ReportTable::Kind::Ageing) {
        return pick(language, u"BÁO CÁO PHÂN LOẠI NỢ QUÁ HẠN THEO THỜI GIAN", u"OVERDUE DEBT BY AGE",
                    u"CLASSEMENT DES IMPAYÉS PAR ANCIENNETÉ");
    }
    switch (by) {
    case Breakdown::Commune:
        return pick(language, u"BÁO CÁO TỔNG HỢP DƯ NỢ THEO XÃ, PHƯỜNG",
                    u"SUMMARY OF OUTSTANDING LOANS BY COMMUNE", u"SYNTHÈSE DES ENCOURS PAR COMMUNE");
    case Breakdown::Organization:
        return pick(language, u"BÁO CÁO TỔNG HỢP DƯ NỢ THEO HỘI ĐOÀN THỂ NHẬN ỦY THÁC",
                    u"SUMMARY OF OUTSTANDING LOANS BY ENTRUSTED ORGANISATION",
                    u"SYNTHÈSE DES ENCOURS PAR ORGANISATION MANDATAIRE");
    case Breakdown::Group:
        return pick(language, u"BÁO CÁO TỔNG HỢP DƯ NỢ THEO TỔ TIẾT KIỆM VÀ VAY VỐN",
                    u"SUMMARY OF OUTSTANDING LOANS BY SAVINGS AND LOAN GROUP",
                    u"SYNTHÈSE DES ENCOURS PAR GROUPE D'ÉPARGNE ET DE CRÉDIT");
    case Breakdown::Program:
        break;
    }
    return pick(language, u"BÁO CÁO TỔNG HỢP DƯ NỢ THEO CHƯƠNG TRÌNH TÍN DỤNG",
                u"SUMMARY OF OUTSTANDING LOANS BY CREDIT PROGRAM",
                u"SYNTHÈSE DES ENCOURS PAR PROGRAMME DE CRÉDIT");
}

QString subtitle(ReportTable::Kind kind, Breakdown by, Language language)
{
    if (kind != ReportTable::Kind::Ageing)
        return {};
    switch (by) {
    case Breakdown::Commune:
        return pick(language, u"(Theo xã, phường)", u"(By commune)", u"(Par commune)");
    case Breakdown::Organization:
        return pick(language, u"(Theo hội đoàn thể nhận ủy thác)", u"(By entrusted organisation)",
                    u"(Par organisation mandataire)");
    case Breakdown::Group:
        return pick(language, u"(Theo tổ tiết kiệm và vay vốn)", u"(By savings and loan group)",
                    u"(Par groupe d'épargne et de crédit)");
    case Breakdown::Program:
        break;
    }
    return pick(language, u"(Theo chương trình tín dụng)", u"(By credit program)",
                u"(Par programme de crédit)");
}

QString period(const ReportTable& table, Language language)
{
    if (table.kind == ReportTable::Kind::Ageing) {
        const QString day = table.asOf.toString(QStringLiteral("dd/MM/yyyy"));
        return pick(language, u"Đến hết ngày ", u"As at ", u"Au ") + day;
    }
    const YearMonth month = table.month;
    switch (language) {
    case Language::English:
    case Language::French:
        return capitalised(locale(language).standaloneMonthName(month.month(), QLocale::LongFormat)) + u' ' +
               QString::number(month.year());
    case Language::Vietnamese:
        break;
    }
    return QStringLiteral("Tháng %1 năm %2").arg(month.month(), 2, 10, QLatin1Char('0')).arg(month.year());
}

QString scopeLabel(Language language)
{
    return pick(language, u"Phạm vi: ", u"Scope: ", u"Périmètre : ");
}

QString provisionalMark(Language language)
{
    return pick(language, u"SỐ LIỆU TẠM TÍNH", u"Provisional figures", u"Chiffres provisoires");
}

QString demonstrationMark(Language language)
{
    return pick(language, u"DỮ LIỆU MẪU", u"DEMONSTRATION DATA", u"DONNÉES DE DÉMONSTRATION");
}

QString demonstrationLine(Language language)
{
    return pick(language, u"Dữ liệu mẫu — không phải số liệu thật", u"Demonstration data — not real figures",
                u"Données de démonstration — pas des chiffres réels");
}

QString roundingNote(Language language)
{
    return pick(language, u"Số liệu đã làm tròn theo đơn vị tính: các dòng cộng đúng bằng dòng Tổng cộng.",
                u"Figures are rounded to the unit: the rows add up exactly to the total.",
                u"Chiffres arrondis à l'unité : les lignes s'additionnent exactement au total.");
}

QString exactAmountsNote(Language language)
{
    return pick(
        language,
        u"Các ô lưu số tiền chính xác đến đồng, hiển thị làm tròn theo đơn vị tính; dòng Tổng cộng là "
        u"tổng các số chính xác.",
        u"Cells hold exact amounts in đồng, shown rounded to the unit; the total is the sum of the exact "
        u"amounts.",
        u"Les cellules contiennent les montants exacts en đồng, affichés arrondis à l'unité ; le total "
        u"est la somme des montants exacts.");
}

QString borrowersNote(Language language)
{
    return pick(
        language,
        u"Số hộ ở dòng Tổng cộng tính mỗi hộ một lần; hộ vay ở nhiều dòng được tính ở từng dòng, nên "
        u"cộng các dòng có thể lớn hơn tổng.",
        u"The total counts each household once; a household with loans in several rows is counted in "
        u"each, so the rows can add up to more than the total.",
        u"Le total compte chaque ménage une fois ; un ménage présent dans plusieurs lignes y est compté "
        u"à chaque fois : la somme des lignes peut dépasser le total.");
}

QString shortName(ReportTable::Kind kind, Breakdown by, Language language)
{
    if (kind == ReportTable::Kind::Ageing) {
        switch (by) {
        case Breakdown::Commune:
            return pick(language, u"Phân loại nợ quá hạn theo xã, phường", u"Overdue debt by age, by commune",
                        u"Impayés par ancienneté, par commune");
        case Breakdown::Organization:
            return pick(language, u"Phân loại nợ quá hạn theo hội đoàn thể",
                        u"Overdue debt by age, by organisation", u"Impayés par ancienneté, par organisation");
        case Breakdown::Group:
            return pick(language, u"Phân loại nợ quá hạn theo tổ TK&VV", u"Overdue debt by age, by group",
                        u"Impayés par ancienneté, par groupe");
        case Breakdown::Program:
            break;
        }
        return pick(language, u"Phân loại nợ quá hạn theo chương trình", u"Overdue debt by age, by program",
                    u"Impayés par ancienneté, par programme");
    }
    switch (by) {
    case Breakdown::Commune:
        return pick(language, u"Tổng hợp theo xã, phường", u"Summary by commune", u"Synthèse par commune");
    case Breakdown::Organization:
        return pick(language, u"Tổng hợp theo hội đoàn thể", u"Summary by organisation",
                    u"Synthèse par organisation");
    case Breakdown::Group:
        return pick(language, u"Tổng hợp theo tổ TK&VV", u"Summary by group", u"Synthèse par groupe");
    case Breakdown::Program:
        break;
    }
    return pick(language, u"Tổng hợp theo chương trình", u"Summary by program", u"Synthèse par programme");
}

QString sheetName(ReportTable::Kind kind, Breakdown by, Language language)
{
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const bool ageing = kind == ReportTable::Kind::Ageing;
    switch (by) {
    case Breakdown::Commune:
        return ageing
                   ? pick(language, u"NQH theo xã, phường", u"Ageing by commune", u"Ancienneté par commune")
                   : pick(language, u"Theo xã, phường", u"By commune", u"Par commune");
    case Breakdown::Organization:
        return ageing ? pick(language, u"NQH theo hội đoàn thể", u"Ageing by organisation",
                             u"Ancienneté par organisation")
                      : pick(language, u"Theo hội đoàn thể", u"By organisation", u"Par organisation");
    case Breakdown::Group:
        return ageing ? pick(language, u"NQH theo tổ TK&VV", u"Ageing by group", u"Ancienneté par groupe")
                      : pick(language, u"Theo tổ TK&VV", u"By group", u"Par groupe");
    case Breakdown::Program:
        break;
    }
    return ageing
               ? pick(language, u"NQH theo chương trình", u"Ageing by program", u"Ancienneté par programme")
               : pick(language, u"Theo chương trình", u"By program", u"Par programme");
}

QString serialHeading(Language language)
{
    return pick(language, u"STT", u"No.", u"N°");
}

QString columnHeading(Column column, Breakdown by, Language language)
{
    switch (column) {
    case Column::Key:
        return pick(language, u"Mã", u"Code", u"Code");
    case Column::Name:
        switch (by) {
        case Breakdown::Commune:
            return pick(language, u"Xã, phường", u"Commune", u"Commune");
        case Breakdown::Organization:
            return pick(language, u"Hội đoàn thể nhận ủy thác", u"Entrusted organisation",
                        u"Organisation mandataire");
        case Breakdown::Group:
            return pick(language, u"Tổ tiết kiệm và vay vốn", u"Savings and loan group",
                        u"Groupe d'épargne et de crédit");
        case Breakdown::Program:
            break;
        }
        return pick(language, u"Chương trình cho vay", u"Credit program", u"Programme de crédit");
    case Column::Borrowers:
        return pick(language, u"Số hộ còn dư nợ", u"Borrowers with a balance", u"Emprunteurs avec encours");
    case Column::Loans:
        return pick(language, u"Số món vay còn dư nợ", u"Loans with a balance", u"Prêts avec encours");
    case Column::OutstandingStart:
        return pick(language, u"Dư nợ đầu kỳ", u"Outstanding at start", u"Encours en début de période");
    case Column::Disbursed:
        return pick(language, u"Doanh số cho vay", u"Disbursed", u"Décaissements");
    case Column::CollectedPrincipal:
        return pick(language, u"Doanh số thu nợ gốc", u"Principal collected", u"Principal remboursé");
    case Column::CollectedInterest:
        return pick(language, u"Thu lãi", u"Interest collected", u"Intérêts perçus");
    case Column::OutstandingEnd:
        return pick(language, u"Dư nợ cuối kỳ", u"Outstanding at end", u"Encours en fin de période");
    case Column::Overdue:
        return pick(language, u"Nợ quá hạn", u"Overdue", u"Impayés");
    case Column::Frozen:
        return pick(language, u"Nợ khoanh", u"Frozen", u"Créances gelées");
    case Column::OverdueRatio:
        return pick(language, u"Tỷ lệ NQH (%)", u"Overdue ratio (%)", u"Taux d'impayés (%)");
    case Column::Savings:
        return pick(language, u"Tiền gửi tổ viên", u"Members' savings", u"Épargne des membres");
    case Column::Current:
        return pick(language, u"Dư nợ trong hạn", u"Current", u"Encours sain");
    case Column::Overdue1To30:
        return pick(language, u"Quá hạn 1–30 ngày", u"Overdue 1–30 days", u"Impayés 1–30 jours");
    case Column::Overdue31To90:
        return pick(language, u"Quá hạn 31–90 ngày", u"Overdue 31–90 days", u"Impayés 31–90 jours");
    case Column::Overdue91To180:
        return pick(language, u"Quá hạn 91–180 ngày", u"Overdue 91–180 days", u"Impayés 91–180 jours");
    case Column::Overdue181To360:
        return pick(language, u"Quá hạn 181–360 ngày", u"Overdue 181–360 days", u"Impayés 181–360 jours");
    case Column::OverdueOver360:
        return pick(language, u"Quá hạn trên 360 ngày", u"Overdue over 360 days",
                    u"Impayés plus de 360 jours");
    }
    return {};
}

QString columnHeading(Column column, ReportTable::Kind kind, Breakdown by, Language language)
{
    if (kind == ReportTable::Kind::Ageing && column == Column::Overdue)
        return pick(language, u"Tổng nợ quá hạn", u"Total overdue", u"Total des impayés");
    if (kind == ReportTable::Kind::Ageing && column == Column::OutstandingEnd)
        return pick(language, u"Tổng dư nợ", u"Total outstanding", u"Encours total");
    return columnHeading(column, by, language);
}

QString totalLabel(Language language)
{
    return pick(language, u"Tổng cộng", u"Total", u"Total");
}

QString pageNumber(int page, int pages, Language language)
{
    return pick(language, u"Trang %1/%2", u"Page %1/%2", u"Page %1/%2").arg(page).arg(pages);
}

QString totalOutstandingLine(Money amount, Language language)
{
    const QString figure = amount.format(locale(language)) + QStringLiteral(" đồng");
    return pick(language, u"Tổng dư nợ cuối kỳ: %1", u"Total outstanding at the end of the period: %1",
                u"Encours total en fin de période : %1")
        .arg(figure);
}

QString inWordsLine(Money amount, Language language)
{
    return pick(language, u"Bằng chữ: %1.", u"In words: %1.", u"En lettres : %1.")
        .arg(AmountInWords::inLanguage(amount, language));
}

QString placeAndDate(const QString& place, const QDate& date, Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("%1, %2").arg(place,
                                            locale(language).toString(date, QStringLiteral("d MMMM yyyy")));
    case Language::French:
        return QStringLiteral("%1, le %2")
            .arg(place, locale(language).toString(date, QStringLiteral("d MMMM yyyy")));
    case Language::Vietnamese:
        break;
    }
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place)
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

QString signatoryTitle(Signatory signatory, Language language)
{
    switch (signatory) {
    case Signatory::Controller:
        return pick(language, u"KIỂM SOÁT", u"CHECKED BY", u"CONTRÔLÉ PAR");
    case Signatory::Director:
        return pick(language, u"GIÁM ĐỐC", u"DIRECTOR", u"LE DIRECTEUR");
    case Signatory::Preparer:
        break;
    }
    return pick(language, u"NGƯỜI LẬP BIỂU", u"PREPARED BY", u"ÉTABLI PAR");
}

QString signatoryHint(Signatory signatory, Language language)
{
    if (signatory == Signatory::Director)
        return pick(language, u"(Ký tên, đóng dấu)", u"(Signature and seal)", u"(Signature et cachet)");
    return pick(language, u"(Ký, ghi rõ họ tên)", u"(Signature and full name)",
                u"(Signature, nom et prénom)");
}

QString chartsPageTitle(Language language)
{
    return pick(language, u"BIỂU ĐỒ DƯ NỢ VÀ NỢ QUÁ HẠN", u"OUTSTANDING AND OVERDUE DEBT IN CHARTS",
                u"ENCOURS ET IMPAYÉS EN GRAPHIQUES");
}

QString outstandingByProgramTitle(MoneyUnit unit, Language language)
{
    return pick(language, u"Dư nợ cuối kỳ theo chương trình tín dụng (%1)",
                u"Outstanding by credit program (%1)", u"Encours par programme de crédit (%1)")
        .arg(unitName(unit, language));
}

QString overdueByCommuneTitle(MoneyUnit unit, Language language)
{
    return pick(language, u"Nợ quá hạn theo xã, phường (%1)", u"Overdue debt by commune (%1)",
                u"Impayés par commune (%1)")
        .arg(unitName(unit, language));
}

} // namespace ReportText
