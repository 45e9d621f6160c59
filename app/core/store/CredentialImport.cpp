#include "core/store/CredentialImport.h"

#include "core/store/CredentialRules.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace acrp {

namespace {

const QString kEnvId = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
const QString kEnvSecret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
const QString kEnvToken = QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN");

QString field(const QJsonObject& object, const char* name)
{
    return CredentialRules::cleaned(object.value(QLatin1String(name)).toString());
}

// The role of a RamRoleArn or ChainableRamRoleArn profile: ram_role_arn, ram_session_name
// (the program's default when empty), external_id, expired_seconds (a number; 0 or absent: the
// program's default, as the aliyun CLI falls back to its own).
RoleSettings roleOf(const QJsonObject& object)
{
    RoleSettings role;
    role.roleArn = field(object, "ram_role_arn");
    if (const QString session = field(object, "ram_session_name"); !session.isEmpty())
        role.sessionName = session;
    role.externalId = field(object, "external_id");
    const QJsonValue seconds = object.value(QLatin1String("expired_seconds"));
    const int value = seconds.isString() ? seconds.toString().trimmed().toInt() : seconds.toInt();
    if (value != 0)
        role.durationSeconds = value;
    return role;
}

// A ChainableRamRoleArn profile takes its AccessKey pair from its source_profile, which this
// program can import only when it is an AK profile (a chain of roles would need two AssumeRoles).
// False with candidate->reason when it cannot.
bool chainSource(const QJsonObject& object, const QHash<QString, QJsonObject>& named, ImportCandidate* candidate)
{
    const QString sourceName = field(object, "source_profile");
    candidate->sourceProfile = sourceName;
    if (sourceName.isEmpty()) {
        candidate->reason = CredentialImport::tr("The profile has no source_profile.");
        return false;
    }
    const auto source = named.constFind(sourceName);
    if (source == named.constEnd()) {
        candidate->reason
            = CredentialImport::tr("Its source profile “%1” is not in the configuration.").arg(sourceName);
        return false;
    }
    const QString sourceMode = source->value(QLatin1String("mode")).toString();
    if (sourceMode != u"AK") {
        candidate->reason = CredentialImport::tr("Its source profile “%1” is of mode %2; only a source profile "
                                                 "of mode AK can be imported with it.")
                                .arg(sourceName, sourceMode.isEmpty() ? QStringLiteral("-") : sourceMode);
        return false;
    }
    candidate->accessKeyId = field(*source, "access_key_id");
    candidate->secret.accessKeySecret = field(*source, "access_key_secret");
    return true;
}

// The profiles of the file by name, for ChainableRamRoleArn's source_profile.
QHash<QString, QJsonObject> byName(const QJsonArray& profiles)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue& value : profiles) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !result.contains(name))
            result.insert(name, object);
    }
    return result;
}

} // namespace

Profile ImportCandidate::toProfile(const QString& name, Site site) const
{
    Profile profile;
    profile.name = name;
    profile.site = site;
    profile.accessKeyId = accessKeyId;
    profile.mode = mode;
    if (mode == CredentialMode::RamRoleArn)
        profile.role = role;
    // A region the program would reject is dropped rather than blocking the import.
    profile.defaultRegion = Profiles::looksLikeRegionId(regionId) ? regionId : QString();
    return profile;
}

QString CredentialImport::aliyunConfigPath()
{
    return QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
}

ImportResult CredentialImport::fromAliyunConfigFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return {false, tr("There is no aliyun CLI configuration at %1.").arg(shown), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {false, tr("%1 could not be read: %2").arg(shown, file.errorString()), {}};
    return fromAliyunConfig(file.readAll(), shown);
}

ImportResult CredentialImport::fromAliyunConfig(const QByteArray& json, const QString& displayPath)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {false,
                tr("%1 is not valid JSON (%2 at offset %3); nothing was imported.")
                    .arg(displayPath, parseError.errorString())
                    .arg(parseError.offset),
                {}};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("profiles")).isArray()) {
        return {false,
                tr("%1 is not an aliyun CLI configuration: it has no “profiles” list; nothing was imported.")
                    .arg(displayPath),
                {}};
    }
    const QString current = root.value(QLatin1String("current")).toString();
    ImportResult result;
    result.ok = true;
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    const QHash<QString, QJsonObject> named = byName(profiles);
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        ImportCandidate candidate;
        if (!profiles.at(i).isObject()) {
            candidate.sourceName = QStringLiteral("#%1").arg(i + 1);
            candidate.reason = tr("This entry is not a profile.");
            result.candidates.append(candidate);
            continue;
        }
        const QJsonObject object = profiles.at(i).toObject();
        candidate.sourceName = object.value(QLatin1String("name")).toString();
        if (candidate.sourceName.isEmpty())
            candidate.sourceName = QStringLiteral("#%1").arg(i + 1);
        candidate.current = !current.isEmpty() && candidate.sourceName == current;
        candidate.sourceMode = object.value(QLatin1String("mode")).toString();
        candidate.accessKeyId = field(object, "access_key_id");
        candidate.secret.accessKeySecret = field(object, "access_key_secret");
        candidate.regionId = field(object, "region_id");

        const QString& mode = candidate.sourceMode;
        if (mode == u"AK") {
            candidate.mode = CredentialMode::AccessKey;
        } else if (mode == u"StsToken") {
            candidate.mode = CredentialMode::StsToken;
            candidate.secret.securityToken = field(object, "sts_token");
        } else if (mode == u"RamRoleArn") {
            candidate.mode = CredentialMode::RamRoleArn;
            candidate.role = roleOf(object);
        } else if (mode == u"ChainableRamRoleArn" && chainSource(object, named, &candidate)) {
            // The source's pair assumes this profile's role: a RAM role profile like RamRoleArn.
            candidate.mode = CredentialMode::RamRoleArn;
            candidate.role = roleOf(object);
        } else {
            if (!candidate.reason.isEmpty()) {
                // chainSource() said why
            } else if (mode.isEmpty())
                candidate.reason = tr("The profile is not configured (it has no mode).");
            else if (mode == u"EcsRamRole")
                candidate.reason = tr("Mode %1 takes credentials from the ECS instance metadata service, which only "
                                      "exists on an ECS instance.")
                                       .arg(mode);
            else if (mode == u"RsaKeyPair")
                candidate.reason = tr("Mode %1 uses RSA key pairs, which Alibaba Cloud has retired.").arg(mode);
            else if (mode == u"External" || mode == u"CredentialsURI" || mode == u"OIDC" || mode == u"CloudSSO"
                     || mode == u"OAuth")
                candidate.reason = tr("Mode %1 gets short-lived credentials from another program or service at run "
                                      "time, which this program does not do.")
                                       .arg(mode);
            else
                candidate.reason = tr("Mode %1 is not supported; only AK, StsToken, RamRoleArn and "
                                      "ChainableRamRoleArn profiles can be imported.")
                                       .arg(mode);
            // Nothing of an unsupported profile is kept, least of all a secret.
            candidate.accessKeyId.clear();
            candidate.secret = {};
            result.candidates.append(candidate);
            continue;
        }

        // A supported mode with missing or broken fields is listed, with what is wrong, and skipped.
        if (candidate.accessKeyId.isEmpty())
            candidate.reason = tr("The profile has no access_key_id.");
        else if (candidate.secret.accessKeySecret.isEmpty())
            candidate.reason = tr("The profile has no access_key_secret.");
        else if (candidate.mode == CredentialMode::StsToken && candidate.secret.securityToken.isEmpty())
            candidate.reason = tr("The profile has no sts_token.");
        else if (const QString p = CredentialRules::accessKeyIdProblem(candidate.accessKeyId); !p.isEmpty())
            candidate.reason = p;
        else if (const QString p = CredentialRules::secretProblem(candidate.secret.accessKeySecret); !p.isEmpty())
            candidate.reason = p;
        else if (const QString p = candidate.mode == CredentialMode::StsToken
                     ? CredentialRules::securityTokenProblem(candidate.secret.securityToken)
                     : QString();
                 !p.isEmpty())
            candidate.reason = p;
        else if (candidate.mode == CredentialMode::RamRoleArn && candidate.role.roleArn.isEmpty())
            candidate.reason = tr("The profile has no ram_role_arn.");
        else if (const QStringList p
                 = candidate.mode == CredentialMode::RamRoleArn ? candidate.role.problems() : QStringList();
                 !p.isEmpty())
            candidate.reason = p.join(u' ');
        candidate.supported = candidate.reason.isEmpty();
        if (!candidate.supported)
            candidate.secret = {};
        result.candidates.append(candidate);
    }
    return result;
}

ImportResult CredentialImport::fromEnvironment(const QProcessEnvironment& environment)
{
    const QString id = CredentialRules::cleaned(environment.value(kEnvId));
    const QString secret = CredentialRules::cleaned(environment.value(kEnvSecret));
    const QString token = CredentialRules::cleaned(environment.value(kEnvToken));
    if (id.isEmpty() && secret.isEmpty())
        return {false, tr("Neither %1 nor %2 is set.").arg(kEnvId, kEnvSecret), {}};
    if (id.isEmpty())
        return {false, tr("%1 is set but %2 is not.").arg(kEnvSecret, kEnvId), {}};
    if (secret.isEmpty())
        return {false, tr("%1 is set but %2 is not.").arg(kEnvId, kEnvSecret), {}};
    if (const QString problem = CredentialRules::accessKeyIdProblem(id); !problem.isEmpty())
        return {false, tr("%1: %2").arg(kEnvId, problem), {}};
    if (const QString problem = CredentialRules::secretProblem(secret); !problem.isEmpty())
        return {false, tr("%1: %2").arg(kEnvSecret, problem), {}};
    if (const QString problem = token.isEmpty() ? QString() : CredentialRules::securityTokenProblem(token);
        !problem.isEmpty())
        return {false, tr("%1: %2").arg(kEnvToken, problem), {}};

    ImportCandidate candidate;
    candidate.sourceName = QStringLiteral("environment");
    candidate.sourceMode = token.isEmpty() ? QStringLiteral("AK") : QStringLiteral("StsToken");
    candidate.supported = true;
    candidate.mode = token.isEmpty() ? CredentialMode::AccessKey : CredentialMode::StsToken;
    candidate.accessKeyId = id;
    candidate.secret = {secret, token};
    candidate.regionId = CredentialRules::cleaned(environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")));
    return {true, {}, {candidate}};
}

} // namespace acrp
