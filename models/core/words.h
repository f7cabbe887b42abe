#pragma once

// Text in a chosen language, whatever the interface speaks: the signed record's PDF is always Vietnamese,
// and the record itself stores facts, not sentences, so it reads the same in any language.

#include <QString>

#include <memory>

class QTranslator;

namespace ta {

class Words
{
public:
    /// The interface's current language (QCoreApplication::translate).
    Words();
    /// A fixed language: "vi" or "en" (English is the source text).
    explicit Words(const QString &language);
    ~Words();
    Words(const Words &) = delete;
    Words &operator=(const Words &) = delete;

    QString language() const { return m_language; }
    QString tr(const char *context, const char *text, int n = -1) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace ta
