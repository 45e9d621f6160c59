#pragma once

#include "core/store/JournalEntry.h"

#include <QByteArray>
#include <QList>

namespace acrp {

// The history as CSV (RFC 4180: comma separated, CRLF line ends, a field holding a comma, a quote,
// CR or LF is quoted and its quotes doubled; a field starting with = + - @ is prefixed with ' so
// spreadsheets do not run it as a formula). UTF-8 with a BOM so spreadsheet programs read Chinese.
// Header row, then one row per entry:
//   Created (ISO 8601 UTC), Profile, Site, Edition, Instance name, Region, Period (months), State,
//   InstanceId, OrderId, RequestId, ClientToken, Provisioning status, Last error code
// Never holds a secret (entries hold none).
QByteArray historyCsv(const QList<JournalEntry>& entries);

// One CSV field, quoted when needed (exposed for tests).
QByteArray csvField(const QString& text);

} // namespace acrp
