// Searching ignores diacritics and case; names sort in Vietnamese order.
#include "domain/VietnameseText.h"

#include <QStringList>

#include <algorithm>

#include <gtest/gtest.h>

TEST(VietnameseText, FoldingDropsDiacriticsCaseAndExtraSpaces)
{
    EXPECT_EQ(VietnameseText::fold(QStringLiteral("Nguyễn Văn Đức")), QStringLiteral("nguyen van duc"));
    EXPECT_EQ(VietnameseText::fold(QStringLiteral("  TRẦN   THỊ  HƯỜNG ")), QStringLiteral("tran thi huong"));
    EXPECT_EQ(VietnameseText::fold(QStringLiteral("Ủy ban Phường Hòa Mạc")),
              QStringLiteral("uy ban phuong hoa mac"));
    // Composed or decomposed input folds the same.
    EXPECT_EQ(VietnameseText::fold(QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D)),
              QStringLiteral("nguyen"));
}

TEST(VietnameseText, SearchFindsWithoutDiacritics)
{
    EXPECT_TRUE(VietnameseText::contains(QStringLiteral("Nguyễn Văn An"), QStringLiteral("nguyen van an")));
    EXPECT_TRUE(VietnameseText::contains(QStringLiteral("Nguyễn Văn An"), QStringLiteral("VĂN AN")));
    EXPECT_TRUE(VietnameseText::contains(QStringLiteral("Đỗ Thị Đào"), QStringLiteral("do thi dao")));
    EXPECT_TRUE(VietnameseText::contains(QStringLiteral("Tổ HPN thôn Giang 1"), QStringLiteral("giang")));
    EXPECT_FALSE(VietnameseText::contains(QStringLiteral("Nguyễn Văn An"), QStringLiteral("nguyen van anh")));
    EXPECT_TRUE(VietnameseText::contains(QStringLiteral("anything"), QString()));
}

TEST(VietnameseText, SortsInTheVietnameseAlphabet)
{
    // a ă â … d đ … o ô ơ … u ư: not the code-point order, where đ, ơ and ư would come after z.
    QStringList words = {QStringLiteral("ư"),   QStringLiteral("đào"), QStringLiteral("ân"),
                         QStringLiteral("ơn"),  QStringLiteral("ăn"),  QStringLiteral("an"),
                         QStringLiteral("dao"), QStringLiteral("ôm"),  QStringLiteral("om"),
                         QStringLiteral("u"),   QStringLiteral("em"),  QStringLiteral("êm")};
    std::sort(words.begin(), words.end(),
              [](const QString& a, const QString& b) { return VietnameseText::compare(a, b) < 0; });
    EXPECT_EQ(words, (QStringList{QStringLiteral("an"), QStringLiteral("ăn"), QStringLiteral("ân"),
                                  QStringLiteral("dao"), QStringLiteral("đào"), QStringLiteral("em"),
                                  QStringLiteral("êm"), QStringLiteral("om"), QStringLiteral("ôm"),
                                  QStringLiteral("ơn"), QStringLiteral("u"), QStringLiteral("ư")}));
    // Letters first, then tones in the order ngang, huyền, hỏi, ngã, sắc, nặng.
    QStringList tones = {QStringLiteral("mạ"), QStringLiteral("má"), QStringLiteral("mã"),
                         QStringLiteral("mả"), QStringLiteral("mà"), QStringLiteral("ma"),
                         QStringLiteral("mac")};
    std::sort(tones.begin(), tones.end(),
              [](const QString& a, const QString& b) { return VietnameseText::compare(a, b) < 0; });
    EXPECT_EQ(tones, (QStringList{QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"),
                                  QStringLiteral("mã"), QStringLiteral("má"), QStringLiteral("mạ"),
                                  QStringLiteral("mac")}));
    EXPECT_EQ(VietnameseText::compare(QStringLiteral("An"), QStringLiteral("An")), 0);
    EXPECT_LT(VietnameseText::compare(QStringLiteral("An"), QStringLiteral("an")), 0);
}

TEST(VietnameseText, PeopleSortByTheirGivenName)
{
    QStringList names = {QStringLiteral("Lê Văn Bình"),    QStringLiteral("Trần Thị An"),
                         QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An"),
                         QStringLiteral("Đỗ Văn Đức"),     QStringLiteral("Phạm Thị Dung")};
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return VietnameseText::comparePersonNames(a, b) < 0;
    });
    EXPECT_EQ(names, (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị An"),
                                  QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Lê Văn Bình"),
                                  QStringLiteral("Phạm Thị Dung"), QStringLiteral("Đỗ Văn Đức")}));
}
