#pragma once

#include <QString>

/// The longest a text field of a record may be, in characters (UTF-16 code units, as QString counts them).
/// Far above any real value, far below what would make a report, a form or a message unusable: a 10 MB name
/// would be printed on every page that shows it. The import and the write service refuse longer values (the
/// rules in Validation), and the forms do not accept more characters.
namespace FieldLimits {

/// Codes and keys: commune, group, organisation and program codes, borrower ids, ID numbers, loan numbers.
inline constexpr int kCode = 50;
/// Names: of a commune, a group, its leader, a borrower, a village, the office and its people.
inline constexpr int kName = 200;
/// Free texts: a loan's purpose, the reason of a reversal, of a reopening or of a change.
inline constexpr int kText = 1000;

/// The characters of a value a message shows at most; a longer value is cut and ends with "…".
inline constexpr int kShown = 40;

/// @p value as a message may show it: whole when it has at most kShown characters, else its first kShown
/// characters and "…". A message never echoes a whole huge value.
inline QString shortened(const QString& value)
{
    if (value.size() <= kShown)
        return value;
    QString shown = value.left(kShown);
    if (shown.back().isHighSurrogate())
        shown.chop(1);
    return shown + u'…';
}

} // namespace FieldLimits
