#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace ta {

/// Installs the interface language. Vietnamese is the product's first language and the default; English
/// is the second. Changing it takes effect at once: Qt sends QEvent::LanguageChange to every widget.
class Language : public QObject
{
    Q_OBJECT

public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    /// Language codes the product ships, first is the default.
    static QStringList available();
    /// The language's own name ("Tiếng Việt", "English"): never translated.
    static QString nativeName(const QString &code);

    /// Loads the translation for @p code ("vi" or "en"); unknown codes fall back to Vietnamese.
    bool apply(const QString &code);
    QString current() const { return m_current; }
    /// "vi" or "en", from the default locale the last apply() set; for code without a Language object.
    static QString currentCode();

Q_SIGNALS:
    void changed(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; ///< Qt's own texts (qtbase_<code>.qm)
    QString m_current;
};

} // namespace ta
