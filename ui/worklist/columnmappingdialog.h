#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;

namespace ta {

/// Maps a file's columns onto the template for a layout that is not the template: each template column
/// gets one of the file's headers (or none). The mapping is remembered for files with the same headers.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString &fileName, const QStringList &header, QWidget *parent = nullptr);

    /// File header → template column, for the columns chosen.
    QHash<QString, QString> mapping() const;
    /// The box of a template column (tests choose through it).
    QComboBox *boxFor(const QString &templateColumn) const { return m_boxes.value(templateColumn); }

private:
    QHash<QString, QComboBox *> m_boxes;
};

} // namespace ta
