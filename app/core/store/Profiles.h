#pragma once

#include "core/api/StsClient.h"
#include "core/order/OrderSpec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace acrp {

// How a profile authenticates: a long-lived AccessKey pair, an STS token (AccessKey pair plus a
// security token) as the aliyun CLI's "StsToken" mode keeps it, or a RAM role assumed with an
// AccessKey pair (STS AssumeRole) before the calls, as the aliyun CLI's "RamRoleArn" mode does.
enum class CredentialMode { AccessKey, StsToken, RamRoleArn };

// Stable ids used in settings, JSON and the command line: "AccessKey", "StsToken", "RamRoleArn".
QString credentialModeId(CredentialMode mode);
// Parses "AccessKey" / "StsToken" / "RamRoleArn" (case-insensitive); false when the text is none.
bool credentialModeFromId(const QString& id, CredentialMode* mode);

// The role a RamRoleArn profile assumes. Not secret: kept in the profile's settings. The
// temporary credentials AssumeRole gives are kept in memory only (RoleCredentialSource).
// The rules: roleArn acs:ram::<account digits>:role/<role name>; sessionName ^[a-zA-Z0-9.@_-]{2,64}$;
// externalId optional; durationSeconds 900-43200.
struct RoleSettings : AssumeRoleRequest
{
    static constexpr int kMinDurationSeconds = 900;
    static constexpr int kMaxDurationSeconds = 43200;

    // One sentence per problem (tr()), empty when valid.
    QStringList problems() const;
    // Each rule on its own: an empty string when the value is acceptable.
    static QString roleArnProblem(const QString& arn);
    static QString sessionNameProblem(const QString& name);
    static QString externalIdProblem(const QString& externalId);
    static QString durationProblem(int seconds);
    // The account and role name of a valid ARN; empty otherwise.
    static QString accountOf(const QString& arn);
    static QString roleNameOf(const QString& arn);

    friend bool operator==(const RoleSettings&, const RoleSettings&) = default;
};

// The non-secret half of a credential profile. The AccessKey secret and the STS token never live
// here: they are in the OS keychain (CredentialStore), one entry per profile name.
struct Profile
{
    QString name;
    Site site = Site::China;
    QString accessKeyId;
    CredentialMode mode = CredentialMode::AccessKey;
    QString defaultRegion; // empty: no default
    RoleSettings role; // RamRoleArn only (ignored and not saved for the other modes)
    bool builtIn = false; // the `sandbox` profile: read-only, needs no keychain

    friend bool operator==(const Profile&, const Profile&) = default;
};

// The profiles the user keeps, in QSettings (group "profiles"), plus the built-in `sandbox` profile
// that exists out of the box. No secret is ever written here.
class Profiles : public QObject
{
    Q_OBJECT

public:
    // The user's settings (QSettings native format, organization and application "acr-purchase").
    explicit Profiles(QObject* parent = nullptr);
    // An INI file at `settingsFile`, for tests and tools.
    explicit Profiles(const QString& settingsFile, QObject* parent = nullptr);
    ~Profiles() override;

    // The built-in sandbox profile (China site, demo key pair).
    static Profile sandboxProfile();
    // The demo secret of the built-in sandbox profile (not a real secret: documented demo value).
    static QString sandboxSecret();

    // Every profile: `sandbox` first, then the user's profiles sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    // Checks a profile before it is saved; returns one message per problem (empty when valid).
    // `originalName` is the name being edited (empty for a new profile), so keeping one's own name
    // is not a clash.
    QStringList validate(const Profile& profile, const QString& originalName = QString()) const;

    // Adds a new profile or replaces `originalName` (which may differ from profile.name: a rename of
    // the settings half; the caller moves the keychain entry first). False with *error when invalid
    // or the settings cannot be written.
    bool save(const Profile& profile, const QString& originalName, QString* error);
    // Removes a profile's settings (the caller deletes its keychain entry). The built-in profile
    // cannot be removed.
    bool remove(const QString& name, QString* error);

    // True when `region` has the shape of a region id such as cn-shanghai (letters, digits, dashes).
    static bool looksLikeRegionId(const QString& region);

    // A name not used yet, built from `base` ("base", "base-2", ...), cleaned to the allowed
    // characters.
    QString uniqueName(const QString& base) const;

    // The settings file in use, e.g. for tests that check no secret reached it.
    QString fileName() const;

Q_SIGNALS:
    // Emitted after a profile was added, changed or removed.
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::Profile)
