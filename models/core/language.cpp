#include "models/core/language.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ta {

Language::Language(QObject *parent) : QObject(parent) {}

Language::~Language()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Language::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1StringView("en"))
        return QStringLiteral("English");
    return QStringLiteral("Tiếng Việt");
}

QString Language::currentCode()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
}

bool Language::apply(const QString &requested)
{
    const QString code = available().contains(requested) ? requested : available().first();
    auto translator = std::make_unique<QTranslator>();
    const bool loaded = translator->load(QStringLiteral(":/i18n/tariffaudit_%1.qm").arg(code));
    if (!loaded)
        qCWarning(lcApp) << "No translation file for language" << code;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (loaded)
        QCoreApplication::installTranslator(m_translator.get());
    // Qt's own widgets (standard buttons, file dialogs, context menus) speak the same language.
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    if (code != QLatin1StringView("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code))) {
            m_qtTranslator = std::move(qt);
            QCoreApplication::installTranslator(m_qtTranslator.get());
        } else {
            qCWarning(lcApp) << "No translation of Qt's own texts for language" << code;
        }
    }
    QLocale::setDefault(QLocale(code == QLatin1StringView("vi") ? QLocale::Vietnamese : QLocale::English,
                                code == QLatin1StringView("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    const bool changedLanguage = m_current != code;
    m_current = code;
    if (changedLanguage)
        Q_EMIT changed(code);
    return loaded;
}

} // namespace ta
