#pragma once

#include "core/export/InfraExport.h"
#include "core/order/Validator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace acrp {

class Journal;
struct JournalEntry;
struct OrderTemplate;

// How an export ended: the text, or why there is none.
struct InfraExportResult
{
    enum class Problem {
        None,
        Unreadable, // the order file cannot be read
        InvalidOrder, // not an order file, or an order that breaks a rule (`validation`)
        NotFound, // no such journal row
        NotExportable, // a row that may not be exported as it is (renewal, outcome unknown)
        Unwritable, // the output file could not be written
    };

    Problem problem = Problem::None;
    QString message; // why, for people (translated); empty when fine
    ValidationResult validation; // InvalidOrder from the Validator: one message per field
    InfraExportInput input; // what was exported
    QByteArray text; // the configuration or template

    bool ok() const { return problem == Problem::None; }
};

// The one export entry point of the GUI and the command line: an order (the wizard's, a template,
// an order file or a journal row, with its instance when it was bought) as Terraform or ROS, and
// the file written atomically. The text itself is InfraExport's (pure, byte-identical every time).
//
// Rules: an order that was not bought is checked by the Validator first (an invalid one is not
// exported). A bought row is exported as bought, with the instance to adopt. A row whose outcome is
// unknown (Sending, Unknown) is refused: it may have bought an instance that an export without an
// import block would buy a second time; resume it first. A renewal row is refused: it buys no
// instance; export the order that bought it.
class InfraExportService
{
    Q_DECLARE_TR_FUNCTIONS(acrp::InfraExportService)

public:
    // An order not bought (the Review page). `origin`: one line for the file's header, or empty.
    static InfraExportResult fromOrder(const OrderSpec& order, InfraFormat format, const QString& origin = {});
    static InfraExportResult fromTemplate(const OrderTemplate& item, InfraFormat format);
    // An order file (its name, never its folder, goes into the header).
    static InfraExportResult fromOrderFile(const QString& path, InfraFormat format);
    // A journal row, bought or not.
    static InfraExportResult fromEntry(const JournalEntry& entry, InfraFormat format);
    static InfraExportResult fromJournal(const Journal& journal, qint64 id, InfraFormat format);

    // Writes `text` to `path` atomically (QSaveFile: the file appears whole or not at all).
    static bool writeFile(const QString& path, const QByteArray& text, QString* error);
    // Writes a successful result to `path`; on failure the result becomes Unwritable.
    static InfraExportResult& writeTo(InfraExportResult& result, const QString& path);
};

} // namespace acrp
