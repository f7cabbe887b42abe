#include "ui/worklist/columnmappingdialog.h"

#include "models/customers/importtemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ta {

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName, const QStringList &header, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of %1").arg(fileName));
    auto *intro = new QLabel(tr("This file is not in the customer-list template. Choose which of its columns "
                                "holds each field; the choice is remembered for files with the same columns. "
                                "Fields marked * are required."),
                             this);
    intro->setWordWrap(true);
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    const QStringList required = ImportTemplate::requiredColumns();
    for (const QString &column : ImportTemplate::identityColumns()) {
        auto *box = new QComboBox(content);
        box->setObjectName(QStringLiteral("map-") + column);
        box->setMinimumHeight(44);
        box->addItem(tr("(none)"), QString());
        for (const QString &h : header)
            box->addItem(h, h);
        // Headers the template already knows are preselected.
        for (int i = 0; i < header.size(); ++i) {
            if (ImportTemplate::resolveHeader(header.at(i)) == column)
                box->setCurrentIndex(i + 1);
        }
        // The field in words, its template code beside it.
        form->addRow(QStringLiteral("%1 (%2)%3")
                         .arg(ImportTemplate::columnName(column), column,
                              required.contains(column) ? QStringLiteral(" *") : QString()),
                     box);
        m_boxes.insert(column, box);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("Import with these columns"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("mappingAccept"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(700, 640);
}

QHash<QString, QString> ColumnMappingDialog::mapping() const
{
    QHash<QString, QString> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty())
            out.insert(header, it.key());
    }
    return out;
}

} // namespace ta
