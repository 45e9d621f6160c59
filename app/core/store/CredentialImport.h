#pragma once

#include "core/store/CredentialReply.h"
#include "core/store/Profiles.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace acrp {

// One credential found in another tool's configuration. The secret is held in memory only, until
// the caller puts it into the keychain.
struct ImportCandidate
{
    QString sourceName; // the aliyun CLI profile name, or "environment"
    QString sourceMode; // as the source wrote it: "AK", "StsToken", "RamRoleArn", ...
    bool supported = false; // false: listed with `reason` and skipped
    QString reason; // why it cannot be imported (tr())
    bool current = false; // the aliyun CLI's current profile
    CredentialMode mode = CredentialMode::AccessKey;
    QString accessKeyId;
    StoredSecret secret;
    QString regionId; // the source's region, may be empty
    RoleSettings role; // RamRoleArn only: the role to assume with the pair
    QString sourceProfile; // ChainableRamRoleArn: the aliyun CLI profile whose pair assumes the role

    // A profile for this candidate under `name` on `site` (the aliyun CLI does not record the site).
    Profile toProfile(const QString& name, Site site) const;
};

struct ImportResult
{
    bool ok = false; // false: `error` says why and `candidates` is empty
    QString error;
    QList<ImportCandidate> candidates; // supported and unsupported, in the source's order
};

// Reads credentials kept by the Alibaba Cloud tools: the aliyun CLI's ~/.aliyun/config.json
// (modes "AK", "StsToken", "RamRoleArn" and "ChainableRamRoleArn" whose source_profile is an AK
// profile: both become RAM role profiles) and the ALIBABA_CLOUD_* environment variables. Reading never changes
// anything; a malformed source gives an error and no candidates.
class CredentialImport
{
    Q_DECLARE_TR_FUNCTIONS(acrp::CredentialImport)

public:
    // ~/.aliyun/config.json
    static QString aliyunConfigPath();
    static ImportResult fromAliyunConfigFile(const QString& path);
    static ImportResult fromAliyunConfig(const QByteArray& json, const QString& displayPath);
    // ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and (STS)
    // ALIBABA_CLOUD_SECURITY_TOKEN.
    static ImportResult fromEnvironment(const QProcessEnvironment& environment
                                        = QProcessEnvironment::systemEnvironment());
};

} // namespace acrp
