#pragma once

#include "domain/Catalogue.h"
#include "domain/Money.h"

#include <QString>

/// An amount written out in words, as under the total of a bank report ("Bằng chữ: …"). The first letter is a
/// capital and the text ends with the currency, `đồng`.
namespace AmountInWords {

/// Vietnamese, northern usage as in the bank's documents: `Một triệu không trăm linh năm đồng`,
/// `Năm trăm tám mươi sáu tỷ một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín
/// đồng`. Rules: "linh" for a zero tens digit, "mười" for ten and "mươi" for the other tens, "mốt" for a one
/// after twenty and above, "lăm" for a five after a non-zero tens digit, "không trăm" inside a number for a
/// group below one hundred, groups of zeros left out, "nghìn tỷ" and "triệu tỷ" above one thousand billion.
QString vietnamese(Money amount);

/// British English: `Five hundred and eighty-six billion one hundred and twenty-three million … đồng`.
QString english(Money amount);

/// French (traditional spelling): `Cinq cent quatre-vingt-six milliards cent vingt-trois millions … đồng`.
QString french(Money amount);

/// The words in @p language.
QString inLanguage(Money amount, Language language);

} // namespace AmountInWords
