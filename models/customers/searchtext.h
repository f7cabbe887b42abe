#pragma once

#include <QString>

namespace ta {

/// Text as Vietnamese users type it on tablets: lower case, no tone or vowel marks, đ → d. Search keys and
/// search queries are folded the same way, so "nguyen van duc" finds "Nguyễn Văn Đức" and header aliases
/// match "Mã Khách Hàng" however it is written.
class SearchText
{
public:
    static QString fold(const QString &text);
};

} // namespace ta
