#pragma once

#include <QString>

/// Searching and sorting Vietnamese text the way people read it.
namespace VietnameseText {

/// @p text without diacritics or case: `Nguyễn Văn Đức` → `nguyen van duc`; spaces are made single.
QString fold(const QString& text);

/// True when @p needle, folded, occurs in @p haystack, folded (`nguyen van an` finds `Nguyễn Văn An`).
bool contains(const QString& haystack, const QString& needle);

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, a word's letters
/// first, then its tones (ngang, huyền, hỏi, ngã, sắc, nặng), then upper before lower case. Negative, zero or
/// positive, like QString::compare.
int compare(const QString& a, const QString& b);

/// The order of people's names in Vietnamese lists: by the given name (the last word), then the whole name
/// (`Trần Thị An` before `Lê Văn Bình`).
int comparePersonNames(const QString& a, const QString& b);

} // namespace VietnameseText
