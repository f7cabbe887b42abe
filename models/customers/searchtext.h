#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ta {

/// Text as Vietnamese users type it on tablets: lower case, no tone or vowel marks, đ → d. Search keys and
/// search queries are folded the same way, so "nguyen van duc" finds "Nguyễn Văn Đức" and header aliases
/// match "Mã Khách Hàng" however it is written.
class SearchText
{
public:
    static QString fold(const QString &text);
    /// The same for text in UTF-8, appended to @p out in UTF-8 (the search index folds a million rows as SQLite
    /// hands them over, without making strings of them).
    static void foldUtf8(QByteArrayView text, QByteArray &out);
};

} // namespace ta
