#include "models/importing/xlsxreader.h"

#include "models/core/limits.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>

#include <unzip.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace ta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ta::XlsxReader", text);
}

// The column of a cell reference ("AB12" → 27, 0-based); -1 when it does not start with a column, -2 when
// the column is past Excel's last (XFD).
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        if (++letters > 3)
            return -2;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    if (!letters)
        return -1;
    return column > 16384 ? -2 : column - 1;
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

// The workbook file as minizip reads it: through a window of the file's bytes, so that the zip directory's many
// small reads (a header field at a time, each after a seek) and the 16 KB reads of a part's compressed data are
// served from memory, two system calls per 64 KB window instead of two per read, none past the end of the file.
struct ZipFile
{
    static constexpr qint64 WindowBytes = 64 * 1024;

    QFile file;
    qint64 length = 0; // the file's; past it, nothing is asked of the file
    std::unique_ptr<char[]> window = std::make_unique<char[]>(WindowBytes);
    qint64 windowStart = 0;
    qint64 windowSize = 0;
    qint64 pos = 0;
    bool failed = false;

    uLong read(char *out, uLong size)
    {
        uLong done = 0;
        while (done < size) {
            const qint64 wanted = qint64(size - done);
            if (pos >= windowStart && pos < windowStart + windowSize) {
                const qint64 n = std::min(wanted, windowStart + windowSize - pos);
                std::memcpy(out + done, window.get() + (pos - windowStart), size_t(n));
                pos += n;
                done += uLong(n);
                continue;
            }
            if (pos >= length)
                break;
            // Windows start at multiples of their size: the directory, read backwards from the end a kilobyte at
            // a time, is read from one window as much as the reads forward are.
            const qint64 start = pos - pos % WindowBytes;
            const qint64 n = file.seek(start) ? file.read(window.get(), WindowBytes) : -1;
            windowStart = start;
            windowSize = std::max<qint64>(n, 0);
            if (n < 0)
                failed = true;
            if (pos >= windowStart + windowSize) // at or past the end
                break;
        }
        return done;
    }

    long seek(ZPOS64_T offset, int origin)
    {
        qint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            base = pos;
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            base = length;
        else if (origin != ZLIB_FILEFUNC_SEEK_SET)
            return -1;
        if (offset > ZPOS64_T(std::numeric_limits<qint64>::max() - base))
            return -1;
        pos = base + qint64(offset);
        return 0;
    }
};

zlib_filefunc64_def zipFileFunctions()
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = [](voidpf, const void *path, int mode) -> voidpf {
        if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
            return nullptr;
        auto zip = std::make_unique<ZipFile>();
        zip->file.setFileName(*static_cast<const QString *>(path));
        if (!zip->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return nullptr;
        zip->length = zip->file.size();
        return zip.release();
    };
    functions.zread_file = [](voidpf, voidpf stream, void *buffer, uLong size) -> uLong {
        return static_cast<ZipFile *>(stream)->read(static_cast<char *>(buffer), size);
    };
    functions.zwrite_file = [](voidpf, voidpf, const void *, uLong) -> uLong {
        return 0;
    };
    functions.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T {
        return ZPOS64_T(static_cast<ZipFile *>(stream)->pos);
    };
    functions.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
        return static_cast<ZipFile *>(stream)->seek(offset, origin);
    };
    functions.zclose_file = [](voidpf, voidpf stream) -> int {
        delete static_cast<ZipFile *>(stream);
        return 0;
    };
    functions.zerror_file = [](voidpf, voidpf stream) -> int {
        return static_cast<ZipFile *>(stream)->failed ? 1 : 0;
    };
    return functions;
}

} // namespace

// The zip entry that is open in the workbook's zip, as a sequential QIODevice for QXmlStreamReader, inflated
// within its bounds: the part's own limit, the ratio to its compressed size, the workbook's total, and the
// length of a run of text or of a tag. Past one, reading fails and limitError() says which.
class XlsxReader::Entry final : public QIODevice
{
public:
    Entry(unzFile zip, QString name, qint64 limit, qint64 declared, qint64 compressed, qint64 &total)
        : m_zip(zip), m_name(std::move(name)), m_limit(limit), m_declared(declared), m_compressed(compressed),
          m_total(total)
    {
        open(QIODevice::ReadOnly);
    }
    ~Entry() override { unzCloseCurrentFile(m_zip); }
    bool isSequential() const override { return true; }
    qint64 consumed() const { return m_consumed; }
    qint64 declared() const { return m_declared; } ///< the inflated size the zip states
    const QString &name() const { return m_name; }
    const QString &limitError() const { return m_limitError; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_limitError.isEmpty())
            return -1;
        const int n = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(maxSize, 1 << 20)));
        if (n < 0) {
            m_limitError =
                QCoreApplication::translate("ta::XlsxReader", "%1 is damaged (zip error %2).").arg(m_name).arg(n);
            return -1;
        }
        m_consumed += n;
        m_total += n;
        if (m_consumed > m_limit) {
            m_limitError = QCoreApplication::translate("ta::XlsxReader", "%1 inflates to more than %2 bytes.")
                               .arg(m_name)
                               .arg(m_limit);
            return -1;
        }
        if (m_total > limits::WorkbookBytes) {
            m_limitError =
                QCoreApplication::translate("ta::XlsxReader", "the workbook's parts inflate to more than %1 bytes.")
                    .arg(limits::WorkbookBytes);
            return -1;
        }
        if (m_consumed > (1 << 20) && m_consumed > limits::ZipRatio * std::max<qint64>(m_compressed, 1)) {
            m_limitError =
                QCoreApplication::translate(
                    "ta::XlsxReader", "%1 inflates to more than %2 times its compressed size, as a zip bomb does.")
                    .arg(m_name)
                    .arg(limits::ZipRatio);
            return -1;
        }
        // Text, or a tag with its attributes, is a run of bytes without '<' or '>'; QXmlStreamReader holds
        // one whole, so its length is bounded here.
        for (int i = 0; i < n; ++i) {
            const char c = data[i];
            if (c == '<' || c == '>') {
                m_run = 0;
            } else if (++m_run > limits::XmlRunBytes) {
                m_limitError =
                    QCoreApplication::translate("ta::XlsxReader", "%1 has a text or a tag longer than %2 bytes.")
                        .arg(m_name)
                        .arg(limits::XmlRunBytes);
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    QString m_name;
    qint64 m_limit;
    qint64 m_declared;
    qint64 m_compressed;
    qint64 &m_total;
    qint64 m_consumed = 0;
    qint64 m_run = 0;
    QString m_limitError;
};

namespace {

// "AB" for column 27 (0-based).
QString columnName(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

// "AB12" for column 27 (0-based) of row 12.
QString cellName(int column, qint64 row)
{
    return columnName(column) + QString::number(row);
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

XlsxReader::XlsxReader(const QString &path, const QString &sheet) : m_path(path)
{
    m_fileSize = QFileInfo(path).size();
    zlib_filefunc64_def functions = zipFileFunctions();
    m_zip = unzOpen2_64(&m_path, &functions);
    if (!m_zip) {
        m_error = tr("this is not a readable .xlsx workbook (its zip directory cannot be read).");
        return;
    }
    // Workbook → sheets and their relationship ids → the sheet's part.
    QHash<QString, QString> targets;
    {
        const auto entry = openEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), limits::WorkbookPartBytes, true);
        if (!entry)
            return;
        QXmlStreamReader rels(entry.get());
        int depth = 0;
        while (step(rels, depth)) {
            if (rels.isStartElement() && rels.name() == QLatin1StringView("Relationship"))
                targets.insert(rels.attributes().value(QLatin1StringView("Id")).toString(),
                               rels.attributes().value(QLatin1StringView("Target")).toString());
        }
        if (rels.hasError()) {
            partFailed(*entry, rels);
            return;
        }
    }
    QString part;
    {
        const auto entry = openEntry(QStringLiteral("xl/workbook.xml"), limits::WorkbookPartBytes, true);
        if (!entry)
            return;
        QXmlStreamReader workbook(entry.get());
        int depth = 0;
        while (step(workbook, depth)) {
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
        if (workbook.hasError()) {
            partFailed(*entry, workbook);
            return;
        }
    }
    if (part.isEmpty()) {
        m_error = sheet.isEmpty() ? tr("the workbook has no worksheet.")
                                  : tr("the workbook has no sheet named \"%1\" (sheets: %2).")
                                        .arg(sheet, m_sheetNames.join(QStringLiteral(", ")));
        return;
    }
    part = part.startsWith(QLatin1Char('/')) ? part.mid(1) : QStringLiteral("xl/") + part;

    // Shared strings: every <si>, its text runs joined.
    if (const auto entry = openEntry(QStringLiteral("xl/sharedStrings.xml"), limits::SharedStringsBytes, false)) {
        QXmlStreamReader strings(entry.get());
        int depth = 0;
        QString current;
        bool inItem = false;
        while (step(strings, depth)) {
            if (strings.isStartElement() && strings.name() == QLatin1StringView("si")) {
                inItem = true;
                current.clear();
            } else if (strings.isStartElement() && strings.name() == QLatin1StringView("t") && inItem) {
                current += strings.readElementText();
                --depth; // readElementText read up to the element's end
            } else if (strings.isStartElement() && strings.name() == QLatin1StringView("rPh")) {
                // Phonetic runs are not part of the text.
                const int outside = depth - 1;
                while (step(strings, depth) && depth > outside) {
                }
            } else if (strings.isEndElement() && strings.name() == QLatin1StringView("si")) {
                if (qint64(m_stringEnds.size()) >= limits::SharedStrings) {
                    m_error = tr("xl/sharedStrings.xml has more than %1 strings.").arg(limits::SharedStrings);
                    return;
                }
                m_stringText += current.toUtf8();
                m_stringEnds.push_back(quint32(m_stringText.size()));
                inItem = false;
            }
        }
        if (strings.hasError()) {
            partFailed(*entry, strings);
            return;
        }
    } else if (!isValid()) {
        return;
    }
    // Styles: which cell formats show dates.
    if (const auto entry = openEntry(QStringLiteral("xl/styles.xml"), limits::WorkbookPartBytes, false)) {
        QXmlStreamReader styles(entry.get());
        int depth = 0;
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        int xfIndex = 0;
        while (step(styles, depth)) {
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
        if (styles.hasError()) {
            partFailed(*entry, styles);
            return;
        }
    } else if (!isValid()) {
        return;
    }
    m_sheet = openEntry(part, limits::SheetBytes, false);
    if (!m_sheet) {
        if (isValid())
            m_error = tr("the sheet \"%1\" (%2) is missing from the workbook.").arg(m_sheetName, part);
        return;
    }
    m_sheetSize = qMax<qint64>(1, m_sheet->declared());
    m_xml.setDevice(m_sheet.get());
}

XlsxReader::~XlsxReader()
{
    m_sheet.reset();
    if (m_zip)
        unzClose(m_zip);
}

std::unique_ptr<XlsxReader::Entry> XlsxReader::openEntry(const QString &name, qint64 limit, bool required)
{
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK) {
        if (required)
            m_error = tr("this is not an .xlsx workbook (%1 is missing).").arg(name);
        return {};
    }
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK) {
        m_error = tr("%1 cannot be read from the workbook.").arg(name);
        return {};
    }
    // The sizes the zip declares are checked first (what is inflated is counted too: a declared size may lie).
    if (qint64(info.uncompressed_size) > limit) {
        unzCloseCurrentFile(m_zip);
        m_error = tr("%1 inflates to %2 bytes; at most %3 are read.").arg(name).arg(info.uncompressed_size).arg(limit);
        return {};
    }
    return std::make_unique<Entry>(m_zip, name, limit, qint64(info.uncompressed_size), qint64(info.compressed_size),
                                   m_inflated);
}

bool XlsxReader::step(QXmlStreamReader &xml, int &depth)
{
    if (xml.atEnd())
        return false;
    xml.readNext();
    if (xml.isStartElement()) {
        if (++depth > limits::XmlDepth) {
            xml.raiseError(tr("elements are nested more than %1 deep").arg(limits::XmlDepth));
            return false;
        }
    } else if (xml.isEndElement()) {
        --depth;
    }
    return !xml.hasError() && xml.tokenType() != QXmlStreamReader::EndDocument;
}

void XlsxReader::partFailed(const Entry &entry, const QXmlStreamReader &xml)
{
    if (!entry.limitError().isEmpty())
        m_error = entry.limitError();
    else
        m_error = tr("%1 is damaged at line %2 of its XML (%3).")
                      .arg(entry.name())
                      .arg(xml.lineNumber())
                      .arg(xml.errorString());
}

QString XlsxReader::sharedString(qint64 index) const
{
    if (index < 0 || index >= qint64(m_stringEnds.size()))
        return {};
    const quint32 begin = index == 0 ? 0 : m_stringEnds[std::size_t(index - 1)];
    return QString::fromUtf8(m_stringText.constData() + begin, m_stringEnds[std::size_t(index)] - begin);
}

QString XlsxReader::cellValue(const QString &type, int style, const QString &raw, const QString &inlineText) const
{
    if (type == QLatin1StringView("s")) {
        bool ok = false;
        const qint64 index = raw.toLongLong(&ok);
        return ok ? sharedString(index) : QString();
    }
    if (type == QLatin1StringView("inlineStr"))
        return inlineText;
    if (type == QLatin1StringView("b"))
        return raw == QLatin1StringView("1") ? QStringLiteral("1") : QStringLiteral("0");
    if (type.isEmpty() || type == QLatin1StringView("n")) {
        bool ok = false;
        const double number = raw.toDouble(&ok);
        // Days since 1899-12-30 (Excel's 1900 system), within the dates Excel shows (years 1900 to 9999).
        if (ok && m_dateStyles.contains(style) && number >= 0 && number < 2958466)
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
    while (step(m_xml, m_depth)) {
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1StringView("row"))
            continue;
        const QStringView number = m_xml.attributes().value(QLatin1StringView("r"));
        qint64 row = m_lastRow + 1;
        if (!number.isEmpty()) {
            bool ok = false;
            row = number.toLongLong(&ok);
            if (!ok || row < 1) {
                m_error = tr("after row %1: the row number \"%2\" is not a number.").arg(m_lastRow).arg(number);
                return false;
            }
        }
        if (row <= m_lastRow) {
            m_error = tr("row %1 comes after row %2; rows must be in order.").arg(row).arg(m_lastRow);
            return false;
        }
        if (row > limits::SheetRowNumber) {
            m_error = tr("row %1 is past row %2, the last row of a sheet.").arg(row).arg(limits::SheetRowNumber);
            return false;
        }
        m_lastRow = line = row;
        const int rowDepth = m_depth;
        int nextColumn = 0;
        while (step(m_xml, m_depth)) {
            if (m_xml.isEndElement() && m_depth < rowDepth)
                break;
            if (!m_xml.isStartElement() || m_xml.name() != QLatin1StringView("c"))
                continue;
            const QXmlStreamAttributes a = m_xml.attributes();
            const QStringView reference = a.value(QLatin1StringView("r"));
            const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
            if (column == -1) {
                m_error = tr("row %1: \"%2\" is not a cell reference.").arg(row).arg(reference.left(32));
                return false;
            }
            if (column == -2 || column >= limits::ListColumns) {
                m_error = tr("cell %1 is past column %2; a customer list has at most %3 columns.")
                              .arg(reference.left(32))
                              .arg(columnName(limits::ListColumns - 1))
                              .arg(limits::ListColumns);
                return false;
            }
            if (column < nextColumn) {
                m_error = tr("cell %1 comes after cell %2 in its row; cells must be in order.")
                              .arg(cellName(column, row), cellName(nextColumn - 1, row));
                return false;
            }
            const QString type = a.value(QLatin1StringView("t")).toString();
            const int style = a.value(QLatin1StringView("s")).toInt();
            QString raw, inlineText;
            const int cellDepth = m_depth;
            while (step(m_xml, m_depth)) {
                if (m_xml.isEndElement() && m_depth < cellDepth)
                    break;
                if (m_xml.isStartElement() && m_xml.name() == QLatin1StringView("v")) {
                    raw = m_xml.readElementText();
                    --m_depth;
                } else if (m_xml.isStartElement() && m_xml.name() == QLatin1StringView("t")) {
                    inlineText += m_xml.readElementText();
                    --m_depth;
                }
            }
            if (m_xml.hasError())
                break;
            const QString value = cellValue(type, style, raw, inlineText).trimmed();
            if (value.size() > limits::FieldBytes) {
                m_error = tr("cell %1: the text is longer than %2 characters.")
                              .arg(cellName(column, row))
                              .arg(limits::FieldBytes);
                return false;
            }
            while (fields.size() < column)
                fields << QString();
            fields << value;
            nextColumn = column + 1;
        }
        if (m_xml.hasError())
            break;
        return true;
    }
    if (m_xml.hasError()) {
        if (!m_sheet->limitError().isEmpty())
            m_error = m_sheet->limitError();
        else
            m_error = tr("the sheet is damaged near row %1 (%2).").arg(m_lastRow).arg(m_xml.errorString());
    }
    return false;
}

qint64 XlsxReader::bytesRead() const
{
    if (!m_sheet || m_sheetSize <= 0)
        return 0;
    return qint64(double(m_sheet->consumed()) / double(m_sheetSize) * double(m_fileSize));
}

} // namespace ta
