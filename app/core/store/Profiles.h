#pragma once

#include "core/order/OrderSpec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace acrp {

// How a profile authenticates: a long-lived AccessKey pair, or an STS token (AccessKey pair plus a
// security token) as the aliyun CLI's "StsToken" mode keeps it.
enum class CredentialMode { AccessKey, StsToken };

// Stable ids used in settings, JSON and the command line: "AccessKey" and "StsToken".
QString credentialModeId(CredentialMode mode);
// Parses "AccessKey" / "StsToken" (case-insensitive); false when the text is neither.
bool credentialModeFromId(const QString& id, CredentialMode* mode);

// The non-secret half of a credential profile. The AccessKey secret and the STS token never live
// here: they are in the OS keychain (CredentialStore), one entry per profile name.
struct Profile
{
    QString name;
    Site site = Site::China;
    QString accessKeyId;
    CredentialMode mode = CredentialMode::AccessKey;
    QString defaultRegion; // empty: no default
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
