#include "models/importing/xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <QIODevice>

#include <unzip.h>

#include <cmath>

namespace ta {

namespace {

// "AB12" → 27 (0-based column), -1 when malformed.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters ? column - 1 : -1;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when it has day or year parts outside quoted text and brackets.
    bool quoted = false, bracket = false;
    for (QChar c : code) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('['))
            bracket = true;
        else if (c == QLatin1Char(']'))
            bracket = false;
        else if (!quoted && !bracket &&
                 (c == QLatin1Char('d') || c == QLatin1Char('y') || c == QLatin1Char('D') || c == QLatin1Char('Y')))
            return true;
    }
    return false;
}

// The zip entry that is open in @p zip, as a sequential QIODevice for QXmlStreamReader.
class UnzipEntry final : public QIODevice
{
public:
    explicit UnzipEntry(unzFile zip) : m_zip(zip) { open(QIODevice::ReadOnly); }
    ~UnzipEntry() override { unzCloseCurrentFile(m_zip); }
    bool isSequential() const override { return true; }
    qint64 consumed() const { return m_consumed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int n = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(maxSize, 1 << 20)));
        if (n < 0)
            return -1;
        m_consumed += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_consumed = 0;
};

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

XlsxReader::XlsxReader(const QString &path, const QString &sheet) : m_path(path)
{
    m_fileSize = QFileInfo(path).size();
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip) {
        m_error = QCoreApplication::translate("ta::XlsxReader", "%1 is not a readable .xlsx workbook.")
                      .arg(QFileInfo(path).fileName());
        return;
    }
    // Workbook → sheets and their relationship ids → the sheet's part.
    QHash<QString, QString> targets;
    {
        QXmlStreamReader rels(readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), true));
        while (!rels.atEnd()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1StringView("Relationship"))
                targets.insert(rels.attributes().value(QLatin1StringView("Id")).toString(),
                               rels.attributes().value(QLatin1StringView("Target")).toString());
        }
    }
    QString part;
    {
        QXmlStreamReader workbook(readEntry(QStringLiteral("xl/workbook.xml"), true));
        while (!workbook.atEnd()) {
            workbook.readNext();
            if (workbook.isStartElement() && workbook.name() == QLatin1StringView("sheet")) {
                const QString name = workbook.attributes().value(QLatin1StringView("name")).toString();
                QString id;
                for (const QXmlStreamAttribute &a : workbook.attributes()) {
                    if (a.name() == QLatin1StringView("id"))
                        id = a.value().toString();
                }
                m_sheetNames << name;
                if (part.isEmpty() && (sheet.isEmpty() || sheet == name)) {
                    m_sheetName = name;
                    part = targets.value(id);
                }
            }
        }
    }
    if (!m_error.isEmpty())
        return;
    if (part.isEmpty()) {
        m_error =
            sheet.isEmpty()
                ? QCoreApplication::translate("ta::XlsxReader", "%1 has no worksheet.").arg(QFileInfo(path).fileName())
                : QCoreApplication::translate("ta::XlsxReader", "%1 has no sheet named \"%2\" (sheets: %3).")
                      .arg(QFileInfo(path).fileName(), sheet, m_sheetNames.join(QStringLiteral(", ")));
        return;
    }
    part = part.startsWith(QLatin1Char('/')) ? part.mid(1) : QStringLiteral("xl/") + part;

    // Shared strings: every <si>, its text runs joined.
    {
        QXmlStreamReader strings(readEntry(QStringLiteral("xl/sharedStrings.xml"), false));
        QString current;
        bool inItem = false;
        while (!strings.atEnd()) {
            strings.readNext();
            if (strings.isStartElement() && strings.name() == QLatin1StringView("si")) {
                inItem = true;
                current.clear();
            } else if (strings.isStartElement() && strings.name() == QLatin1StringView("t") && inItem) {
                current += strings.readElementText();
            } else if (strings.isStartElement() && strings.name() == QLatin1StringView("rPh")) {
                strings.skipCurrentElement(); // phonetic runs are not part of the text
            } else if (strings.isEndElement() && strings.name() == QLatin1StringView("si")) {
                m_sharedStrings.push_back(current);
                inItem = false;
            }
        }
    }
    // Styles: which cell formats show dates.
    {
        QXmlStreamReader styles(readEntry(QStringLiteral("xl/styles.xml"), false));
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        int xfIndex = 0;
        while (!styles.atEnd()) {
            styles.readNext();
            if (styles.isStartElement() && styles.name() == QLatin1StringView("numFmt")) {
                customFormats.insert(styles.attributes().value(QLatin1StringView("numFmtId")).toInt(),
                                     styles.attributes().value(QLatin1StringView("formatCode")).toString());
            } else if (styles.isStartElement() && styles.name() == QLatin1StringView("cellXfs")) {
                inCellXfs = true;
            } else if (styles.isEndElement() && styles.name() == QLatin1StringView("cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1StringView("xf")) {
                const int id = styles.attributes().value(QLatin1StringView("numFmtId")).toInt();
                if (isDateFormat(id, customFormats.value(id)))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        }
    }
    if (unzLocateFile(m_zip, part.toUtf8().constData(), 1) != UNZ_OK) {
        m_error = QCoreApplication::translate("ta::XlsxReader", "%1: the sheet \"%2\" is missing from the workbook.")
                      .arg(QFileInfo(path).fileName(), m_sheetName);
        return;
    }
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
        m_sheetSize = qint64(info.uncompressed_size);
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        m_error = QCoreApplication::translate("ta::XlsxReader", "%1: the sheet \"%2\" cannot be read.")
                      .arg(QFileInfo(path).fileName(), m_sheetName);
        return;
    }
    m_sheet = std::make_unique<UnzipEntry>(m_zip);
    m_xml.setDevice(m_sheet.get());
}

XlsxReader::~XlsxReader()
{
    m_sheet.reset();
    if (m_zip)
        unzClose(m_zip);
}

QByteArray XlsxReader::readEntry(const QString &name, bool required)
{
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK) {
        if (required && m_error.isEmpty())
            m_error = QCoreApplication::translate("ta::XlsxReader", "%1 is not an .xlsx workbook (%2 is missing).")
                          .arg(QFileInfo(m_path).fileName(), name);
        return {};
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        if (required && m_error.isEmpty())
            m_error = QCoreApplication::translate("ta::XlsxReader", "%1: %2 cannot be read.")
                          .arg(QFileInfo(m_path).fileName(), name);
        return {};
    }
    UnzipEntry entry(m_zip);
    return entry.readAll();
}

QString XlsxReader::cellValue(const QString &type, int style, const QString &raw, const QString &inlineText) const
{
    if (type == QLatin1StringView("s")) {
        const int index = raw.toInt();
        return index >= 0 && std::size_t(index) < m_sharedStrings.size() ? m_sharedStrings[std::size_t(index)]
                                                                         : QString();
    }
    if (type == QLatin1StringView("inlineStr"))
        return inlineText;
    if (type == QLatin1StringView("b"))
        return raw == QLatin1StringView("1") ? QStringLiteral("1") : QStringLiteral("0");
    if (type.isEmpty() || type == QLatin1StringView("n")) {
        bool ok = false;
        const double number = raw.toDouble(&ok);
        if (ok && m_dateStyles.contains(style)) // days since 1899-12-30 (Excel's 1900 system)
            return QDate(1899, 12, 30).addDays(qint64(std::floor(number))).toString(Qt::ISODate);
        if (ok && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
    }
    return raw;
}

bool XlsxReader::next(QStringList &fields, qint64 &line)
{
    fields.clear();
    if (!isValid())
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1StringView("row"))
            continue;
        line = m_xml.attributes().value(QLatin1StringView("r")).toLongLong();
        int nextColumn = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1StringView("row"))
                break;
            if (!m_xml.isStartElement() || m_xml.name() != QLatin1StringView("c"))
                continue;
            const QXmlStreamAttributes a = m_xml.attributes();
            int column = columnOf(a.value(QLatin1StringView("r")));
            if (column < 0)
                column = nextColumn;
            const QString type = a.value(QLatin1StringView("t")).toString();
            const int style = a.value(QLatin1StringView("s")).toInt();
            QString raw, inlineText;
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == QLatin1StringView("c"))
                    break;
                if (m_xml.isStartElement() && m_xml.name() == QLatin1StringView("v"))
                    raw = m_xml.readElementText();
                else if (m_xml.isStartElement() && m_xml.name() == QLatin1StringView("t"))
                    inlineText += m_xml.readElementText();
            }
            while (fields.size() < column)
                fields << QString();
            fields << cellValue(type, style, raw, inlineText).trimmed();
            nextColumn = column + 1;
        }
        if (!fields.isEmpty() || !m_xml.atEnd())
            return true;
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        m_error = QCoreApplication::translate("ta::XlsxReader", "%1: the sheet is damaged near row %2 (%3).")
                      .arg(QFileInfo(m_path).fileName())
                      .arg(line)
                      .arg(m_xml.errorString());
    return false;
}

qint64 XlsxReader::bytesRead() const
{
    if (!m_sheet || m_sheetSize <= 0)
        return 0;
    return qint64(double(static_cast<const UnzipEntry *>(m_sheet.get())->consumed()) / double(m_sheetSize) *
                  double(m_fileSize));
}

} // namespace ta
