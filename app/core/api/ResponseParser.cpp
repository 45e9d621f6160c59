#include "core/api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <limits>

namespace acrp {

QJsonValue ResponseParser::member(const QJsonObject& object, QStringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue ResponseParser::at(const QJsonObject& object, std::initializer_list<QStringView> path)
{
    QJsonValue current(object);
    for (QStringView key : path) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = member(current.toObject(), key);
    }
    return current;
}

QString ResponseParser::string(const QJsonObject& object, std::initializer_list<QStringView> path)
{
    const QJsonValue value = at(object, path);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // A whole number as the digits sent: QJsonValue keeps one within qint64 exact, where a
        // double would round ids above 2^53 (and casting a double beyond qint64 is undefined).
        constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
        if (const qint64 whole = value.toInteger(kNotWhole); whole != kNotWhole)
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonArray ResponseParser::array(const QJsonObject& object, std::initializer_list<QStringView> path)
{
    const QJsonValue value = at(object, path);
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray {value};
    return {};
}

std::variant<QJsonObject, ApiError> ResponseParser::parse(int httpStatus, const QByteArray& body)
{
    // A gateway may put an HTML page in front of a 5xx; the status then says more than the body.
    const bool serverSide = httpStatus >= 500;
    const bool ambiguous = httpStatus < 300 || httpStatus >= 500;
    if (body.trimmed().isEmpty()) {
        if (serverSide)
            return ApiError::fromService(QStringLiteral("HTTP%1").arg(httpStatus), tr("empty answer"), {}, httpStatus,
                                         {});
        return ApiError::protocol(tr("the answer is empty (HTTP %1)").arg(httpStatus), httpStatus, ambiguous);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (serverSide)
            return ApiError::fromService(QStringLiteral("HTTP%1").arg(httpStatus), tr("the answer is not JSON"), {},
                                         httpStatus, {});
        return ApiError::protocol(tr("the answer is not the expected JSON (HTTP %1)").arg(httpStatus), httpStatus,
                                  ambiguous);
    }
    const QJsonObject object = document.object();
    const QString code = string(object, {u"Code"});
    const QJsonValue success = member(object, u"Success");
    const QJsonValue isSuccess = member(object, u"IsSuccess"); // ACR's spelling
    const bool codeSaysSuccess = code.isEmpty() || code.compare(u"Success", Qt::CaseInsensitive) == 0 || code == u"200";
    const bool ok
        = httpStatus >= 200 && httpStatus < 300 && codeSaysSuccess && success.toBool(true) && isSuccess.toBool(true);
    if (ok)
        return object;
    if (!code.isEmpty() && !codeSaysSuccess) {
        return ApiError::fromService(code, string(object, {u"Message"}), string(object, {u"RequestId"}), httpStatus,
                                     string(object, {u"Recommend"}));
    }
    if (serverSide)
        return ApiError::fromService(QStringLiteral("HTTP%1").arg(httpStatus), string(object, {u"Message"}),
                                     string(object, {u"RequestId"}), httpStatus, {});
    ApiError error = ApiError::protocol(
        tr("the answer reports a failure without an error code (HTTP %1)").arg(httpStatus), httpStatus, ambiguous);
    error.requestId = string(object, {u"RequestId"});
    return error;
}

} // namespace acrp
