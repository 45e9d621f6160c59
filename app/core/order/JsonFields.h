#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace acrp {

// Strict reading of one JSON object for the catalog and the order file (internal to core/order).
// The first problem wins: it is stored in *error, and every later read returns its fallback, so a
// reader can be written as straight-line code and checked once at the end. Messages name the key
// by its full path, e.g. "order.periodMonths" or "regions[3].name.en".
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(acrp::JsonFields)

public:
    enum Need { Required, Optional };

    JsonFields(const QJsonObject& object, const QString& path, QString* error);

    bool failed() const { return !m_error->isEmpty(); }
    // Records `message` unless an earlier problem is already recorded.
    void fail(const QString& message);
    QString keyPath(const QString& key) const;

    // Reports the first key (in JSON key order) that is not in `known`.
    void rejectUnknownKeys(const QStringList& known);

    QString string(const QString& key, Need need = Required, const QString& fallback = {});
    // A required string that must not be empty.
    QString nonEmptyString(const QString& key);
    int integer(const QString& key, Need need = Required, int fallback = 0);
    bool boolean(const QString& key, Need need = Required, bool fallback = false);
    QJsonArray array(const QString& key); // required, may be empty
    QJsonObject object(const QString& key); // required

    // Conversions of one value found at `path` (an array element, say), with the same messages.
    QString stringValue(const QJsonValue& value, const QString& path);
    int intValue(const QJsonValue& value, const QString& path);
    QJsonObject objectValue(const QJsonValue& value, const QString& path);

    static QString elementPath(const QString& arrayPath, qsizetype index);

private:
    // The value of a key; false (with the message for a missing key when required) when absent.
    bool find(const QString& key, Need need, QJsonValue* value);

    QJsonObject m_object;
    QString m_path;
    QString* m_error;
};

} // namespace acrp
