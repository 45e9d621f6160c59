#pragma once

// Helpers that tests in several folders need: a plain valid order, one member of every item of a
// list, and whole-file reads and writes. One copy here, so a fixture that changes changes once.
// A test target reaches this header through acrp_use_test_support() (tests/CMakeLists.txt).

#include "core/api/ApiError.h"
#include "core/order/OrderSpec.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// Test data columns of the error kinds (a type may be declared only once per program).
Q_DECLARE_METATYPE(acrp::ApiError::Kind)

namespace acrp::test {

// A valid China-site order with the knobs the tests vary; the other fields keep OrderSpec's
// defaults (default bucket, ACR scanner, no extra quotas, manual renewal).
inline OrderSpec chinaOrder(const QString& name, const QString& edition = QStringLiteral("Basic"),
                            const QString& region = QStringLiteral("cn-shanghai"), int periodMonths = 12)
{
    OrderSpec order;
    order.site = Site::China;
    order.edition = edition;
    order.instanceName = name;
    order.region = region;
    order.periodMonths = periodMonths;
    return order;
}

// `member` of every item of `items`, in order (the names of templates, the tokens of journal rows...).
template<typename List, typename Member> QStringList each(const List& items, Member member)
{
    QStringList result;
    for (const auto& item : items)
        result.append(std::invoke(member, item));
    return result;
}

// The whole content of the file at `path`; nothing when it cannot be opened (distinct from an empty file).
inline std::optional<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Writes `content` to `path` (creating its folder); false unless all of it was written.
inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace acrp::test
