#include "core/store/Profiles.h"

#include "core/Version.h"
#include "core/store/CredentialRules.h"
#include "core/store/SandboxCredentials.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Profiles)

public:
    static QString nameEmpty() { return tr("Enter a profile name."); }
    static QString nameInvalid()
    {
        return tr("A profile name starts with a letter or digit and may contain only letters, digits, '.', '-' and "
                  "'_' (at most 64 characters).");
    }
    static QString nameReserved(const QString& name)
    {
        return tr("The name “%1” belongs to the built-in profile.").arg(name);
    }
    static QString nameTaken(const QString& name) { return tr("A profile named “%1” already exists.").arg(name); }
    static QString regionInvalid(const QString& region)
    {
        return tr("“%1” is not a region id such as cn-shanghai.").arg(region);
    }
    static QString builtInReadOnly() { return tr("The built-in sandbox profile cannot be changed or removed."); }
    static QString noSuchProfile(const QString& name) { return tr("There is no profile named “%1”.").arg(name); }
    static QString settingsFailed(const QString& file)
    {
        return tr("The profile settings could not be written to %1.").arg(file);
    }
    static QString roleArnEmpty() { return tr("Enter the ARN of the RAM role to assume."); }
    static QString roleArnInvalid(const QString& arn)
    {
        return tr("“%1” is not a RAM role ARN: it looks like acs:ram::<account ID, digits only>:role/<role name>.")
            .arg(arn);
    }
    static QString sessionNameInvalid()
    {
        return tr("The session name must be 2 to 64 characters: letters, digits and . @ _ - only.");
    }
    static QString externalIdInvalid()
    {
        return tr("The external ID must be 2 to 1224 characters: letters, digits and = , . @ : / _ - only.");
    }
    static QString durationInvalid(int min, int max)
    {
        return tr("The session duration must be between %1 and %2 seconds.").arg(min).arg(max);
    }
};

const QString kGroup = QStringLiteral("profiles");
const QString kSiteKey = QStringLiteral("site");
const QString kAccessKeyIdKey = QStringLiteral("accessKeyId");
const QString kModeKey = QStringLiteral("mode");
const QString kRegionKey = QStringLiteral("defaultRegion");
const QString kRoleArnKey = QStringLiteral("roleArn");
const QString kSessionNameKey = QStringLiteral("roleSessionName");
const QString kExternalIdKey = QStringLiteral("externalId");
const QString kDurationKey = QStringLiteral("durationSeconds");
const QStringList kRoleKeys = {kRoleArnKey, kSessionNameKey, kExternalIdKey, kDurationKey};

const QRegularExpression& roleArnExpression()
{
    static const QRegularExpression expression(QStringLiteral("^acs:ram::([0-9]+):role/([A-Za-z0-9._-]{1,64})$"));
    return expression;
}

// Names become QSettings groups and keychain keys: keep them to characters every backend stores
// unchanged.
const QRegularExpression& nameExpression()
{
    static const QRegularExpression expression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return expression;
}

const QRegularExpression& regionExpression()
{
    static const QRegularExpression expression(QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$"));
    return expression;
}

bool isSandboxName(const QString& name)
{
    return name.compare(QLatin1String(sandboxdemo::kProfileName), Qt::CaseInsensitive) == 0;
}

bool sameName(const QString& a, const QString& b)
{
    // Case-insensitive: some settings and keychain backends fold case, so "Prod" and "prod" must not
    // both exist.
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool writeSucceeded(QSettings& settings)
{
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace

QString credentialModeId(CredentialMode mode)
{
    switch (mode) {
    case CredentialMode::AccessKey:
        return QStringLiteral("AccessKey");
    case CredentialMode::StsToken:
        return QStringLiteral("StsToken");
    case CredentialMode::RamRoleArn:
        return QStringLiteral("RamRoleArn");
    }
    return {};
}

bool credentialModeFromId(const QString& id, CredentialMode* mode)
{
    for (const CredentialMode candidate :
         {CredentialMode::AccessKey, CredentialMode::StsToken, CredentialMode::RamRoleArn}) {
        if (id.compare(credentialModeId(candidate), Qt::CaseInsensitive) == 0) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

QString RoleSettings::roleArnProblem(const QString& arn)
{
    if (arn.isEmpty())
        return Text::roleArnEmpty();
    if (!roleArnExpression().match(arn).hasMatch())
        return Text::roleArnInvalid(arn);
    return {};
}

QString RoleSettings::sessionNameProblem(const QString& name)
{
    static const QRegularExpression expression(QStringLiteral("^[a-zA-Z0-9.@_-]{2,64}$"));
    return expression.match(name).hasMatch() ? QString() : Text::sessionNameInvalid();
}

QString RoleSettings::externalIdProblem(const QString& externalId)
{
    // STS's rule for ExternalId; empty means "none" and is fine.
    static const QRegularExpression expression(QStringLiteral("^[a-zA-Z0-9=,.@:/_-]{2,1224}$"));
    if (externalId.isEmpty() || expression.match(externalId).hasMatch())
        return {};
    return Text::externalIdInvalid();
}

QString RoleSettings::durationProblem(int seconds)
{
    if (seconds >= kMinDurationSeconds && seconds <= kMaxDurationSeconds)
        return {};
    return Text::durationInvalid(kMinDurationSeconds, kMaxDurationSeconds);
}

QStringList RoleSettings::problems() const
{
    QStringList result;
    for (const QString& problem : {roleArnProblem(roleArn), sessionNameProblem(sessionName),
                                   externalIdProblem(externalId), durationProblem(durationSeconds)}) {
        if (!problem.isEmpty())
            result.append(problem);
    }
    return result;
}

QString RoleSettings::accountOf(const QString& arn)
{
    return roleArnExpression().match(arn).captured(1);
}

QString RoleSettings::roleNameOf(const QString& arn)
{
    return roleArnExpression().match(arn).captured(2);
}

Profiles::Profiles(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QLatin1String(kOrganizationName), QLatin1String(kApplicationName)))
{ }

Profiles::Profiles(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{ }

Profiles::~Profiles() = default;

Profile Profiles::sandboxProfile()
{
    Profile profile;
    profile.name = QLatin1String(sandboxdemo::kProfileName);
    profile.site = Site::China;
    profile.accessKeyId = QLatin1String(sandboxdemo::kAccessKeyIdCN);
    profile.mode = CredentialMode::AccessKey;
    profile.builtIn = true;
    return profile;
}

QString Profiles::sandboxSecret()
{
    return QLatin1String(sandboxdemo::kAccessKeySecretCN);
}

QList<Profile> Profiles::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childGroups();
    for (const QString& name : names) {
        // Hand-edited settings may hold names we never write; skip them rather than fail.
        if (!nameExpression().match(name).hasMatch() || isSandboxName(name))
            continue;
        m_settings->beginGroup(name);
        Profile profile;
        profile.name = name;
        if (!siteFromId(m_settings->value(kSiteKey).toString(), &profile.site))
            profile.site = Site::China;
        profile.accessKeyId = m_settings->value(kAccessKeyIdKey).toString();
        if (!credentialModeFromId(m_settings->value(kModeKey).toString(), &profile.mode))
            profile.mode = CredentialMode::AccessKey;
        profile.defaultRegion = m_settings->value(kRegionKey).toString();
        if (profile.mode == CredentialMode::RamRoleArn) {
            profile.role.roleArn = m_settings->value(kRoleArnKey).toString();
            profile.role.sessionName = m_settings->value(kSessionNameKey, RoleSettings::kDefaultSessionName).toString();
            profile.role.externalId = m_settings->value(kExternalIdKey).toString();
            profile.role.durationSeconds
                = m_settings->value(kDurationKey, RoleSettings::kDefaultDurationSeconds).toInt();
        }
        m_settings->endGroup();
        result.append(profile);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const Profile& a, const Profile& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    result.prepend(sandboxProfile());
    return result;
}

std::optional<Profile> Profiles::profile(const QString& name) const
{
    const QList<Profile> all = profiles();
    for (const Profile& profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool Profiles::contains(const QString& name) const
{
    return profile(name).has_value();
}

QStringList Profiles::validate(const Profile& profile, const QString& originalName) const
{
    QStringList problems;
    if (profile.name.isEmpty()) {
        problems.append(Text::nameEmpty());
    } else if (isSandboxName(profile.name)) {
        problems.append(Text::nameReserved(profile.name));
    } else if (!nameExpression().match(profile.name).hasMatch()) {
        problems.append(Text::nameInvalid());
    } else if (!sameName(profile.name, originalName)) {
        const QList<Profile> all = profiles();
        for (const Profile& other : all) {
            if (sameName(other.name, profile.name)) {
                problems.append(Text::nameTaken(other.name));
                break;
            }
        }
    }
    const QString idProblem = CredentialRules::accessKeyIdProblem(profile.accessKeyId);
    if (!idProblem.isEmpty())
        problems.append(idProblem);
    if (!profile.defaultRegion.isEmpty() && !regionExpression().match(profile.defaultRegion).hasMatch())
        problems.append(Text::regionInvalid(profile.defaultRegion));
    if (profile.mode == CredentialMode::RamRoleArn)
        problems.append(profile.role.problems());
    return problems;
}

bool Profiles::save(const Profile& profile, const QString& originalName, QString* error)
{
    if (profile.builtIn || isSandboxName(originalName)) {
        *error = Text::builtInReadOnly();
        return false;
    }
    if (!originalName.isEmpty() && !contains(originalName)) {
        *error = Text::noSuchProfile(originalName);
        return false;
    }
    const QStringList problems = validate(profile, originalName);
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    m_settings->beginGroup(kGroup);
    if (!originalName.isEmpty() && originalName != profile.name)
        m_settings->remove(originalName);
    m_settings->beginGroup(profile.name);
    m_settings->setValue(kSiteKey, siteId(profile.site));
    m_settings->setValue(kAccessKeyIdKey, profile.accessKeyId);
    m_settings->setValue(kModeKey, credentialModeId(profile.mode));
    if (profile.defaultRegion.isEmpty())
        m_settings->remove(kRegionKey);
    else
        m_settings->setValue(kRegionKey, profile.defaultRegion);
    // The role is not secret; the temporary credentials assumed with it are never saved.
    if (profile.mode == CredentialMode::RamRoleArn) {
        m_settings->setValue(kRoleArnKey, profile.role.roleArn);
        m_settings->setValue(kSessionNameKey, profile.role.sessionName);
        if (profile.role.externalId.isEmpty())
            m_settings->remove(kExternalIdKey);
        else
            m_settings->setValue(kExternalIdKey, profile.role.externalId);
        m_settings->setValue(kDurationKey, profile.role.durationSeconds);
    } else {
        for (const QString& key : kRoleKeys)
            m_settings->remove(key);
    }
    m_settings->endGroup();
    m_settings->endGroup();
    if (!writeSucceeded(*m_settings)) {
        *error = Text::settingsFailed(m_settings->fileName());
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Profiles::remove(const QString& name, QString* error)
{
    if (isSandboxName(name)) {
        *error = Text::builtInReadOnly();
        return false;
    }
    if (!contains(name)) {
        *error = Text::noSuchProfile(name);
        return false;
    }
    m_settings->beginGroup(kGroup);
    m_settings->remove(name);
    m_settings->endGroup();
    if (!writeSucceeded(*m_settings)) {
        *error = Text::settingsFailed(m_settings->fileName());
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Profiles::looksLikeRegionId(const QString& region)
{
    return regionExpression().match(region).hasMatch();
}

QString Profiles::uniqueName(const QString& base) const
{
    QString cleaned;
    for (const QChar c : base) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'-' || c == u'_';
        cleaned.append(ok ? c : QChar(u'-'));
    }
    while (!cleaned.isEmpty() && !cleaned.front().isLetterOrNumber())
        cleaned.remove(0, 1);
    cleaned.truncate(56); // room for a "-NNN" suffix within 64 characters
    if (cleaned.isEmpty())
        cleaned = QStringLiteral("profile");
    const QList<Profile> all = profiles();
    const auto taken = [&all](const QString& name) {
        return isSandboxName(name)
            || std::any_of(all.begin(), all.end(), [&name](const Profile& p) { return sameName(p.name, name); });
    };
    QString candidate = cleaned;
    for (int n = 2; taken(candidate); ++n)
        candidate = cleaned + u'-' + QString::number(n);
    return candidate;
}

QString Profiles::fileName() const
{
    return m_settings->fileName();
}

} // namespace acrp
