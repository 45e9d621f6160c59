#include "core/store/HistoryCsv.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QStringList>
#include <algorithm>

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

QByteArray historyCsvHeader()
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
    return csv;
}

QByteArray historyCsvRows(const QList<JournalEntry>& entries)
{
    QByteArray csv;
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

QByteArray historyCsv(const QList<JournalEntry>& entries)
{
    return historyCsvHeader() + historyCsvRows(entries);
}

HistoryCsvExport writeHistoryCsv(const QString& journalPath, const JournalQuery& query, const QString& path,
                                 const std::function<bool(int, int)>& progress, int pageSize)
{
    using Outcome = HistoryCsvExport::Outcome;
    HistoryCsvExport result;
    const auto go = [&](int total) { return !progress || progress(result.rows, total); };
    Journal journal(journalPath);
    if (!journal.open(&result.error))
        return result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.outcome = Outcome::FileFailed;
        result.error = file.errorString();
        return result;
    }
    // One snapshot for the count and every page (a deferred transaction that only reads).
    QSqlDatabase db = journal.database();
    db.transaction();
    const auto endRead = qScopeGuard([&db] { db.rollback(); });
    JournalQuery page = query;
    page.offset = 0;
    page.limit = std::max(1, pageSize);
    const int total = journal.count(query);
    const auto unreadable = [&journalPath] {
        return QCoreApplication::translate(kContext, "The order journal %1 could not be read.").arg(journalPath);
    };
    if (total < 0) {
        result.error = unreadable();
        return result;
    }
    const auto stop = [&](Outcome outcome, const QString& error = {}) {
        file.cancelWriting();
        result.outcome = outcome;
        result.error = error;
        return result;
    };
    if (!go(total))
        return stop(Outcome::Cancelled);
    if (file.write(historyCsvHeader()) < 0)
        return stop(Outcome::FileFailed, file.errorString());
    while (result.rows < total) {
        const QList<JournalEntry> entries = journal.entries(page);
        if (entries.isEmpty())
            break; // rows deleted meanwhile cannot happen in a snapshot; a failed read ends here
        if (file.write(historyCsvRows(entries)) < 0)
            return stop(Outcome::FileFailed, file.errorString());
        result.rows += int(entries.size());
        page.offset += int(entries.size());
        if (!go(total))
            return stop(Outcome::Cancelled);
    }
    if (result.rows < total) {
        return stop(Outcome::JournalFailed, unreadable());
    }
    if (!file.commit()) {
        result.outcome = Outcome::FileFailed;
        result.error = file.errorString();
        return result;
    }
    result.outcome = Outcome::Written;
    return result;
}

} // namespace acrp
