#include "sandbox/HttpMessage.h"

namespace acrp::sandbox {

namespace {

QString decodeComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

} // namespace

QByteArray IncomingRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> IncomingRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

ParameterList decodeParameters(const QByteArray& encoded)
{
    ParameterList parameters;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            parameters.append({decodeComponent(pair), QString()});
        else
            parameters.append({decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1))});
    }
    return parameters;
}

} // namespace acrp::sandbox
