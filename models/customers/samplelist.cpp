#include "models/customers/samplelist.h"

#include "models/customers/customercsvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ta {

Status SampleCustomerList::write(const GeneratorOptions &options, const QString &path,
                                 const std::function<bool(int done, int total)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("ta::SampleCustomerList", "Cannot write %1: %2").arg(path, file.errorString()));
    CustomerGenerator generator(options);
    {
        CustomerCsvWriter writer(file, options.lastMonth);
        writer.writeHeader();
        for (int i = 0; i < options.customers; ++i) {
            writer.write(generator.next());
            if (progress && (i + 1) % 50000 == 0 && !progress(i + 1, options.customers)) {
                file.cancelWriting();
                return Status::failure(
                    QCoreApplication::translate("ta::SampleCustomerList", "Cancelled: %1 was not written.").arg(path));
            }
        }
        if (!writer.finish()) {
            file.cancelWriting();
            return Status::failure(QCoreApplication::translate("ta::SampleCustomerList", "Cannot write %1: %2")
                                       .arg(path, file.errorString()));
        }
    }
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("ta::SampleCustomerList", "Cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(options.customers, options.customers);
    return Status::success();
}

} // namespace ta
