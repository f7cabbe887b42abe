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
        m_blocks = std::exchange(other.m_blocks, {});
        m_large = std::exchange(other.m_large, {});
        m_block = std::exchange(other.m_block, 0);
        m_next = std::exchange(other.m_next, nullptr);
        m_left = std::exchange(other.m_left, 0);
        return *this;
    }

    /// Forgets every text kept (the strings returned so far must be gone), keeping the room for the next ones.
    void clear()
    {
        m_large.clear();
        m_block = 0;
        m_next = m_blocks.empty() ? nullptr : m_blocks.front().get();
        m_left = m_blocks.empty() ? 0 : kBlock;
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
        if (size > kBlock) { // a text longer than a block gets one of its own
            m_large.push_back(std::make_unique_for_overwrite<QChar[]>(std::size_t(size)));
            return m_large.back().get();
        }
        if (size > m_left) {
            if (m_next)
                ++m_block;
            if (m_block == m_blocks.size())
                m_blocks.push_back(std::make_unique_for_overwrite<QChar[]>(std::size_t(kBlock)));
            m_next = m_blocks[m_block].get();
            m_left = kBlock;
        }
        QChar *at = m_next;
        m_next += size;
        m_left -= size;
        return at;
    }

    std::vector<std::unique_ptr<QChar[]>> m_blocks; // each kBlock long, used in turn
    std::vector<std::unique_ptr<QChar[]>> m_large;
    std::size_t m_block = 0; // the one m_next is in, when there is one
    QChar *m_next = nullptr;
    qsizetype m_left = 0;
};

} // namespace ta
