#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace acrp {

// The JSON reading under the strict readers (order files, template imports, the catalog; internal
// to core/order). QJsonDocument::fromJson silently keeps the last of two equal keys in one object,
// so {"edition": "Basic", "edition": "Advanced"} would buy Advanced: a file that says two things
// about what to buy is refused instead, naming the key by its full path ("order.edition",
// "regions[3].name.en"). Numbers and strings that QJsonDocument lets through but JSON forbids
// ("1.", an unescaped control character, an unpaired surrogate escape) are refused as not JSON.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(acrp::StrictJson)

public:
    enum Status { Ok, NotJson, DuplicateKey };

    static StrictJson parse(const QByteArray& json);

    Status status = Ok;
    QJsonDocument document; // when Ok
    // NotJson: what is wrong, in the parser's words, for the caller's "not valid JSON" message, and
    // the byte offset where. DuplicateKey: the whole message, naming the key.
    QString problem;
    qsizetype offset = 0;
};

} // namespace acrp
