// Every message has a finished Vietnamese translation that keeps the source's placeholders, English is
// complete too, and the compiled translations embedded in the program really switch the language.

#include "models/core/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace ta;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1StringView("message"))
            current = Message{context, {}, {}, false};
        else if (xml.name() == QLatin1StringView("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1StringView("translation")) {
            current.unfinished = xml.attributes().value(QLatin1StringView("type")) == QLatin1StringView("unfinished");
            // Plural messages hold <numerusform> children; plain ones hold text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1StringView("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out << current;
        }
    }
    return out;
}

QStringList placeholders(const QString &text)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void embeddedTranslationsSwitchTheLanguage();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("Vietnamese") << QStringLiteral(TA_SOURCE_DIR "/translations/tariffaudit_vi.ts");
    QTest::addRow("English") << QStringLiteral(TA_SOURCE_DIR "/translations/tariffaudit_en.ts");
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    const QList<Message> messages = readTs(file);
    QVERIFY2(messages.size() > 100, qPrintable(file));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.unfinished)
            problems << QStringLiteral("unfinished ") + where;
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty ") + where;
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ in ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedTranslationsSwitchTheLanguage()
{
    Language language;
    QVERIFY(language.apply(QStringLiteral("vi")));
    QCOMPARE(QCoreApplication::translate("ta::Role", "Inspector"), QStringLiteral("Kiểm tra viên"));
    QCOMPARE(QCoreApplication::translate("ta::PinPad", "Wrong PIN. Try again in %n seconds.", nullptr, 1),
             QStringLiteral("Sai mã PIN. Thử lại sau 1 giây."));
    QVERIFY(language.apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("ta::Role", "Inspector"), QStringLiteral("Inspector"));
    QCOMPARE(QCoreApplication::translate("ta::PinPad", "Wrong PIN. Try again in %n seconds.", nullptr, 1),
             QStringLiteral("Wrong PIN. Try again in 1 second."));
    // Unknown languages fall back to Vietnamese, the product's first language.
    language.apply(QStringLiteral("fr"));
    QCOMPARE(language.current(), QStringLiteral("vi"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
