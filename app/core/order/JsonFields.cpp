#include "core/order/JsonFields.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace acrp {

JsonFields::JsonFields(const QJsonObject& object, const QString& path, QString* error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{
    Q_ASSERT(error);
}

void JsonFields::fail(const QString& message)
{
    if (!failed())
        *m_error = message;
}

QString JsonFields::keyPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString JsonFields::elementPath(const QString& arrayPath, qsizetype index)
{
    return arrayPath + u'[' + QString::number(index) + u']';
}

void JsonFields::rejectUnknownKeys(const QStringList& known)
{
    if (failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            fail(tr("“%1” is not a known key.").arg(keyPath(it.key())));
            return;
        }
    }
}

bool JsonFields::find(const QString& key, Need need, QJsonValue* value)
{
    if (failed())
        return false;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (need == Required)
            fail(tr("“%1” is missing.").arg(keyPath(key)));
        return false;
    }
    *value = it.value();
    return true;
}

QString JsonFields::string(const QString& key, Need need, const QString& fallback)
{
    QJsonValue value;
    if (!find(key, need, &value))
        return fallback;
    const QString text = stringValue(value, keyPath(key));
    return failed() ? fallback : text;
}

QString JsonFields::nonEmptyString(const QString& key)
{
    const QString text = string(key);
    if (!failed() && text.isEmpty())
        fail(tr("“%1” must not be empty.").arg(keyPath(key)));
    return text;
}

int JsonFields::integer(const QString& key, Need need, int fallback)
{
    QJsonValue value;
    if (!find(key, need, &value))
        return fallback;
    const int number = intValue(value, keyPath(key));
    return failed() ? fallback : number;
}

bool JsonFields::boolean(const QString& key, Need need, bool fallback)
{
    QJsonValue value;
    if (!find(key, need, &value))
        return fallback;
    if (!value.isBool()) {
        fail(tr("“%1” must be true or false.").arg(keyPath(key)));
        return fallback;
    }
    return value.toBool();
}

QJsonArray JsonFields::array(const QString& key)
{
    QJsonValue value;
    if (!find(key, Required, &value))
        return {};
    if (!value.isArray()) {
        fail(tr("“%1” must be a list.").arg(keyPath(key)));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonFields::object(const QString& key)
{
    QJsonValue value;
    if (!find(key, Required, &value))
        return {};
    return objectValue(value, keyPath(key));
}

QString JsonFields::stringValue(const QJsonValue& value, const QString& path)
{
    if (!value.isString()) {
        fail(tr("“%1” must be a string.").arg(path));
        return {};
    }
    // QJsonDocument reads "\ud800" into a QString it then writes back the same way, which the strict
    // readers refuse (StrictJson): no string of an order or catalog may hold an unpaired surrogate,
    // so whatever OrderFile::serialize writes, OrderFile::parse reads.
    const QString text = value.toString();
    if (!text.isValidUtf16()) {
        fail(tr("“%1” is not valid Unicode text.").arg(path));
        return {};
    }
    return text;
}

int JsonFields::intValue(const QJsonValue& value, const QString& path)
{
    // JSON has only doubles: a whole number is one without a fraction that fits in an int.
    // "12" (a string) and 12.5 are both refused rather than coerced.
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        fail(tr("“%1” must be a whole number.").arg(path));
        return 0;
    }
    return static_cast<int>(number);
}

QJsonObject JsonFields::objectValue(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        fail(tr("“%1” must be an object.").arg(path));
        return {};
    }
    return value.toObject();
}

} // namespace acrp
