#include "core/app/InfraExportService.h"

#include "core/order/OrderFile.h"
#include "core/store/Journal.h"
#include "core/store/JournalEntry.h"
#include "core/store/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace acrp {

namespace {

InfraExportResult failure(InfraExportResult::Problem problem, const QString& message)
{
    InfraExportResult result;
    result.problem = problem;
    result.message = message;
    return result;
}

InfraExportResult exported(const InfraExportInput& input, InfraFormat format)
{
    InfraExportResult result;
    result.input = input;
    result.text = infraExport(input, format);
    return result;
}

} // namespace

InfraExportResult InfraExportService::fromOrder(const OrderSpec& order, InfraFormat format, const QString& origin)
{
    const ValidationResult validation = Validator().validate(order);
    if (!validation.isValid()) {
        InfraExportResult result
            = failure(InfraExportResult::Problem::InvalidOrder, tr("The order is not valid, so it was not exported."));
        result.validation = validation;
        return result;
    }
    InfraExportInput input;
    input.order = order;
    input.origin = origin;
    return exported(input, format);
}

InfraExportResult InfraExportService::fromTemplate(const OrderTemplate& item, InfraFormat format)
{
    return fromOrder(item.order, format, QStringLiteral("template \"%1\"").arg(item.name));
}

InfraExportResult InfraExportService::fromOrderFile(const QString& path, InfraFormat format)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(InfraExportResult::Problem::Unreadable, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    QString error;
    const std::optional<OrderSpec> order = OrderFile::parse(file.readAll(), &error);
    if (!order)
        return failure(InfraExportResult::Problem::InvalidOrder,
                       tr("%1 is not a valid order file: %2").arg(shown, error));
    return fromOrder(*order, format, QStringLiteral("order file %1").arg(QFileInfo(path).fileName()));
}

InfraExportResult InfraExportService::fromEntry(const JournalEntry& entry, InfraFormat format)
{
    using Problem = InfraExportResult::Problem;
    if (entry.kind == OrderKind::Renew)
        return failure(Problem::NotExportable,
                       tr("Journal order %1 is a renewal of %2; it buys no instance. Export the order that bought "
                          "the instance.")
                           .arg(entry.id)
                           .arg(entry.instanceId));
    if (isPendingState(entry.state))
        return failure(Problem::NotExportable,
                       tr("The outcome of journal order %1 is not known yet: it may have bought an instance, which "
                          "an export would buy a second time. Resume it first (acr-purchase resume).")
                           .arg(entry.id));
    const QString origin = QStringLiteral("journal order %1").arg(entry.id);
    if (entry.state != OrderState::Succeeded)
        return fromOrder(entry.order, format, origin);
    if (entry.instanceId.isEmpty())
        return failure(Problem::NotExportable,
                       tr("Journal order %1 was paid but its InstanceId is not known yet. Refresh its status, then "
                          "export it.")
                           .arg(entry.id));
    InfraExportInput input;
    input.order = entry.order;
    input.instanceId = entry.instanceId;
    input.orderId = entry.orderId;
    input.boughtOn = entry.createdAt.toUTC().date();
    input.origin = origin;
    return exported(input, format);
}

InfraExportResult InfraExportService::fromJournal(const Journal& journal, qint64 id, InfraFormat format)
{
    const std::optional<JournalEntry> entry = journal.entry(id);
    if (!entry)
        return failure(InfraExportResult::Problem::NotFound, tr("There is no journal order %1.").arg(id));
    return fromEntry(*entry, format);
}

bool InfraExportService::writeFile(const QString& path, const QByteArray& text, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

InfraExportResult& InfraExportService::writeTo(InfraExportResult& result, const QString& path)
{
    QString error;
    if (result.ok() && !writeFile(path, result.text, &error)) {
        result.problem = InfraExportResult::Problem::Unwritable;
        result.message = error;
    }
    return result;
}

} // namespace acrp
