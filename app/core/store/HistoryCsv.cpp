#include "core/store/HistoryCsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace acrp {

namespace {

const char* const kContext = "acrp::HistoryCsv";

QByteArray row(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

QByteArray csvField(const QString& text)
{
    QString field = text;
    // A spreadsheet would run "=HYPERLINK(...)" and the like as a formula.
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(u'\'');
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!quote)
        return field.toUtf8();
    field.replace(u'"', QStringLiteral("\"\""));
    return '"' + field.toUtf8() + '"';
}

QByteArray historyCsv(const QList<JournalEntry>& entries)
{
    QByteArray csv = "\xEF\xBB\xBF"; // UTF-8 byte order mark
    csv += row({
        QCoreApplication::translate(kContext, "Created (ISO 8601 UTC)"),
        QCoreApplication::translate(kContext, "Profile"),
        QCoreApplication::translate(kContext, "Site"),
        QCoreApplication::translate(kContext, "Edition"),
        QCoreApplication::translate(kContext, "Instance name"),
        QCoreApplication::translate(kContext, "Region"),
        QCoreApplication::translate(kContext, "Period (months)"),
        QCoreApplication::translate(kContext, "State"),
        QCoreApplication::translate(kContext, "InstanceId"),
        QCoreApplication::translate(kContext, "OrderId"),
        QCoreApplication::translate(kContext, "RequestId"),
        QCoreApplication::translate(kContext, "ClientToken"),
        QCoreApplication::translate(kContext, "Provisioning status"),
        QCoreApplication::translate(kContext, "Last error code"),
    });
    for (const JournalEntry& entry : entries) {
        csv += row({
            entry.createdAt.toUTC().toString(Qt::ISODate),
            entry.profile,
            siteId(entry.site),
            entry.order.edition,
            entry.order.instanceName,
            entry.order.region,
            QString::number(entry.order.periodMonths),
            orderStateId(entry.state),
            entry.instanceId,
            entry.orderId,
            entry.requestId,
            entry.clientToken,
            entry.provisioningStatus,
            entry.lastError ? entry.lastError->code : QString(),
        });
    }
    return csv;
}

} // namespace acrp
