#pragma once

// Every bound on what comes from outside: files chosen by a user, files from other systems, pictures. Each is
// enforced in one place (named beside it) and refused there with a translated message naming the file, the
// line or cell and the limit; nothing is stored from a refused file. docs/limits.md has the same table, and a
// test checks that the two agree.

#include <QtGlobal>

namespace ta::limits {

// Customer lists (CustomerImport, CsvReader, XlsxReader).
inline constexpr qint64 ListFileBytes = 1024LL * 1024 * 1024; ///< a CSV or .xlsx list on disk
inline constexpr qint64 ListRows = 3'000'000;                 ///< data rows of one list
inline constexpr int ListColumns = 256;                       ///< columns of a row, CSV or workbook
inline constexpr qint64 FieldBytes = 8 * 1024;                ///< one field (bytes of UTF-8, else characters)
inline constexpr qint64 RowBytes = 64 * 1024;                 ///< one record, line breaks in quotes included
inline constexpr qint64 ListIssues = 100'000;                 ///< problems kept for the rejected-rows report

// Workbooks (XlsxReader): the zip's parts as they are inflated.
inline constexpr qint64 SheetBytes = 1024LL * 1024 * 1024;        ///< the sheet read, inflated
inline constexpr qint64 SharedStringsBytes = 128LL * 1024 * 1024; ///< xl/sharedStrings.xml, inflated
inline constexpr qint64 WorkbookPartBytes = 16LL * 1024 * 1024;   ///< workbook, relationships, styles
inline constexpr qint64 WorkbookBytes = 1536LL * 1024 * 1024;     ///< all parts read, inflated
inline constexpr int ZipRatio = 100;                              ///< inflated / compressed, past 1 MiB
inline constexpr qint64 SharedStrings = 4'000'000;                ///< entries of the shared-string table
inline constexpr qint64 SheetRowNumber = 1'048'576;               ///< Excel's own last row
inline constexpr qint64 XmlRunBytes = 256 * 1024;                 ///< text or one tag without a '<' or '>'
inline constexpr int XmlDepth = 32;                               ///< elements inside elements

// JSON files and bodies (readJson in models/core/boundedinput.*).
inline constexpr qint64 AnswersFileBytes = 1024 * 1024;    ///< an answers file (AnswersFile)
inline constexpr qint64 ScenarioFileBytes = 1024 * 1024;   ///< a training scenario (Scenario)
inline constexpr qint64 TariffFileBytes = 4 * 1024 * 1024; ///< a tariff book, VAT, rules or TOU file
inline constexpr qint64 RecordFileBytes = 4 * 1024 * 1024; ///< record.json or signature.json of a folder
inline constexpr qint64 KeysFileBytes = 4 * 1024 * 1024;   ///< a list of trusted keys
inline constexpr int JsonDepth = 32;                       ///< arrays and objects inside each other

// Evidence (EvidenceStore).
inline constexpr qint64 PictureFileBytes = 40LL * 1024 * 1024; ///< a photo or signature picture as given
inline constexpr int PictureDecodeMegabytes = 128; ///< pixels decoded at once (32 megapixels; JPEG decodes scaled)
inline constexpr int PictureSide = 1600;           ///< longest side kept, scaled down to it

} // namespace ta::limits
