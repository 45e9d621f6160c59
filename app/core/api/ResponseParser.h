#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <initializer_list>
#include <variant>

namespace acrp {

// Reads BSS / ACR answers. Keys are matched case-insensitively because the service's own samples
// differ ("RequestId" in the API, "requestId" on the reference page). Nothing here throws or
// crashes on a bad body: anything unexpected becomes a Protocol error that says what was wrong.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ResponseParser)

public:
    // The member named `key`: an exact match first, else the first key equal ignoring case.
    static QJsonValue member(const QJsonObject& object, QStringView key);
    // Follows a path of object members, e.g. {u"Data", u"InstanceId"}; undefined when a step is missing.
    static QJsonValue at(const QJsonObject& object, std::initializer_list<QStringView> path);
    // A string member; numbers are converted (some order ids come as numbers). Empty when missing.
    static QString string(const QJsonObject& object, std::initializer_list<QStringView> path);
    // An array member; a single object where an array is expected (XML-to-JSON style) counts as one.
    static QJsonArray array(const QJsonObject& object, std::initializer_list<QStringView> path);

    // The whole-answer check shared by every call: the body as an object when the service says
    // success, else the ApiError (service code, or Protocol for a body that is not the API's JSON).
    static std::variant<QJsonObject, ApiError> parse(int httpStatus, const QByteArray& body);
};

} // namespace acrp
