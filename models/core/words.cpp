#include "models/core/words.h"

#include "models/core/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ta {

Words::Words() : m_language(Language::currentCode()) {}

Words::Words(const QString &language) : m_language(language)
{
    if (language != QLatin1StringView("en")) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/tariffaudit_%1.qm").arg(language)))
            m_translator.reset();
    }
}

Words::~Words() = default;

QString Words::tr(const char *context, const char *text, int n) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, text, nullptr, n);
        if (!translated.isEmpty())
            return translated;
        return QString::fromUtf8(text);
    }
    if (m_language == QLatin1StringView("en") && !m_translator)
        return QString::fromUtf8(text);
    return QCoreApplication::translate(context, text, nullptr, n);
}

} // namespace ta
