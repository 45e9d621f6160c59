#include "sandbox/SandboxConfig.h"

#include <QDir>
#include <QJsonValue>
#include <QStandardPaths>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace acrp::sandbox {

QString embeddedStatePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sandbox-state.json");
}

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::SandboxConfig)
};

// The integer fields of SandboxFaults by JSON key, in declaration order.
template<typename Visitor> void forEachFault(SandboxFaults& faults, Visitor visit)
{
    visit(u"latencyMs"_s, faults.latencyMs);
    visit(u"failNextUnavailable"_s, faults.failNextUnavailable);
    visit(u"failNextThrottling"_s, faults.failNextThrottling);
    visit(u"commitThenStallMs"_s, faults.commitThenStallMs);
    visit(u"dropNextConnections"_s, faults.dropNextConnections);
    visit(u"malformedNext"_s, faults.malformedNext);
    visit(u"oversizedNext"_s, faults.oversizedNext);
    visit(u"clockOffsetSeconds"_s, faults.clockOffsetSeconds);
}

} // namespace

QJsonObject faultsToJson(const SandboxFaults& faults)
{
    QJsonObject json;
    SandboxFaults copy = faults;
    forEachFault(copy, [&](const QString& key, auto value) { json.insert(key, qint64(value)); });
    return json;
}

bool applyFaultsJson(const QJsonObject& json, SandboxFaults* faults, QString* error)
{
    SandboxFaults result = *faults;
    QStringList known;
    forEachFault(result, [&](const QString& key, auto&) { known.append(key); });
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *error = Text::tr("\"%1\" is not a fault; the faults are %2.").arg(it.key(), known.join(u", "_s));
            return false;
        }
    }
    bool ok = true;
    forEachFault(result, [&](const QString& key, auto& field) {
        using Field = std::remove_reference_t<decltype(field)>;
        if (!ok || !json.contains(key))
            return;
        const QJsonValue value = json.value(key);
        const double number = value.toDouble(std::nan(""));
        const bool negativeAllowed = key == u"clockOffsetSeconds"_s;
        if (!value.isDouble() || number != std::floor(number) || (!negativeAllowed && number < 0)
            || std::abs(number) > double(std::numeric_limits<Field>::max())) {
            *error = negativeAllowed ? Text::tr("\"%1\" must be a whole number of seconds.").arg(key)
                                     : Text::tr("\"%1\" must be a whole number, 0 or more.").arg(key);
            ok = false;
            return;
        }
        field = Field(number);
    });
    if (ok)
        *faults = result;
    return ok;
}

} // namespace acrp::sandbox
