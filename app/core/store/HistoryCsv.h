#pragma once

#include "core/store/Journal.h"
#include "core/store/JournalEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace acrp {

// The history as CSV (RFC 4180: comma separated, CRLF line ends, a field holding a comma, a quote,
// CR or LF is quoted and its quotes doubled; a field starting with = + - @ is prefixed with ' so
// spreadsheets do not run it as a formula). UTF-8 with a BOM so spreadsheet programs read Chinese.
// Header row, then one row per entry:
//   Created (ISO 8601 UTC), Profile, Site, Edition, Instance name, Region, Period (months), State,
//   InstanceId, OrderId, RequestId, ClientToken, Provisioning status, Last error code
// Never holds a secret (entries hold none).
QByteArray historyCsv(const QList<JournalEntry>& entries);
// The same in parts, for a file written a page at a time: the BOM and the header row, then rows.
QByteArray historyCsvHeader();
QByteArray historyCsvRows(const QList<JournalEntry>& entries);

// One CSV field, quoted when needed (exposed for tests).
QByteArray csvField(const QString& text);

// What writeHistoryCsv() did.
struct HistoryCsvExport
{
    enum class Outcome {
        Written, // `path` holds the CSV of `rows` orders
        Cancelled, // stopped by the progress callback; `path` was not touched
        JournalFailed, // the journal could not be opened or read: `error` says why
        FileFailed, // `path` could not be written: `error` is the file's error text
    };
    Outcome outcome = Outcome::JournalFailed;
    int rows = 0; // orders written (also when stopped: so far, in a file that was discarded)
    QString error;
};

// Writes the orders `query` lists (its limit and offset ignored) from the journal file
// `journalPath` to `path` as historyCsv() does, a page of `pageSize` rows at a time. Runs on any
// thread: it opens its own connection to the file, as the history's count does (Journal over the
// same path; WAL lets readers share it), and reads every page in one read transaction, so the rows
// are one snapshot even while orders are added. After the count and after each page it calls
// `progress(written, total)`; a false answer stops the export. The file is a QSaveFile: it appears
// whole on success, and a stopped or failed export leaves `path` as it was.
HistoryCsvExport writeHistoryCsv(const QString& journalPath, const JournalQuery& query, const QString& path,
                                 const std::function<bool(int written, int total)>& progress = {}, int pageSize = 1000);

} // namespace acrp
