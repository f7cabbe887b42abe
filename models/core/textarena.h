#pragma once

#include <QString>

#include <algorithm>
#include <memory>
#include <vector>

namespace ta {

/// Texts kept together for a while without an allocation each: every text is copied into a large block, and the
/// string returned refers to it in place (QString::fromRawData). A bulk load keeps a few texts of each of a million
/// rows this way, and frees them all at once.
///
/// The strings are valid as long as the arena is, and so are their copies (a copy of such a string refers to the
/// same place): a text that must last longer is copied deeply first (QString(text.constData(), text.size())).
class TextArena
{
public:
    TextArena() = default;
    TextArena(const TextArena &) = delete;
    TextArena &operator=(const TextArena &) = delete;
    TextArena(TextArena &&other) noexcept { *this = std::move(other); }
    TextArena &operator=(TextArena &&other) noexcept
    {
        m_blocks = std::move(other.m_blocks);
        m_next = std::exchange(other.m_next, nullptr);
        m_left = std::exchange(other.m_left, 0);
        other.m_blocks.clear();
        return *this;
    }

    /// @p text kept in the arena; an empty text is returned as it is (no room taken).
    QString keep(QStringView text)
    {
        if (text.isEmpty())
            return text.toString();
        QChar *at = room(text.size());
        std::copy(text.begin(), text.end(), at);
        return QString::fromRawData(at, text.size());
    }

    /// @p text in upper case, kept in the arena when it is ASCII (others, rare, get a string of their own).
    QString keepUpper(QStringView text)
    {
        if (text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
            return text.toString().toUpper();
        QChar *at = room(text.size());
        std::transform(text.begin(), text.end(), at, [](QChar c) {
            return c.unicode() >= u'a' && c.unicode() <= u'z' ? QChar(char16_t(c.unicode() - 32)) : c;
        });
        return QString::fromRawData(at, text.size());
    }

private:
    static constexpr qsizetype kBlock = 128 * 1024; // UTF-16 units

    QChar *room(qsizetype size)
    {
        if (size > m_left) {
            const qsizetype block = std::max(size, kBlock);
            m_blocks.push_back(std::make_unique_for_overwrite<QChar[]>(std::size_t(block)));
            m_next = m_blocks.back().get();
            m_left = block;
        }
        QChar *at = m_next;
        m_next += size;
        m_left -= size;
        return at;
    }

    std::vector<std::unique_ptr<QChar[]>> m_blocks;
    QChar *m_next = nullptr;
    qsizetype m_left = 0;
};

} // namespace ta
