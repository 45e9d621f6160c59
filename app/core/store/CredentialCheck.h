#pragma once

#include "core/api/ApiError.h"
#include "core/api/BssResults.h"
#include "core/api/Endpoint.h"
#include "core/api/Signer.h"
#include "core/api/StsClient.h"
#include "core/store/Profiles.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QNetworkAccessManager;

namespace acrp {

class BssCall;
class BssClient;

// What a credential check found, in the terms the user acts on.
struct CheckOutcome
{
    enum class Result {
        Ok, // the balance came back
        UnknownKey, // the service does not know the AccessKey ID
        WrongSecret, // the ID is known, the signature does not match
        WrongSite, // the account belongs to the other site: offer to switch the profile's site
        NoPermission, // the RAM user may not read the balance
        Failed, // anything else (network, token expired, ...): `message` says what
        // A RAM role profile's AssumeRole refusals:
        RoleNotFound, // the role does not exist
        MayNotAssume, // this RAM user may not assume the role (and, with an external id, perhaps it is wrong)
        ExternalIdRefused, // the role demands another external id (or one where none was sent)
        DurationTooLong, // the role's maximum session is shorter: `maxDurationSeconds`
        RootMayNotAssume, // a root account's AccessKey may not assume roles
        SessionNameInvalid, // STS refused the session name
        RoleArnInvalid, // STS refused the role ARN
    };

    Result result = Result::Failed;
    AccountBalance balance; // Ok only
    // A RAM role profile once the role was assumed: who the temporary credentials are
    // (GetCallerIdentity), shown with the balance or the later refusal.
    std::optional<CallerIdentity> identity;
    int maxDurationSeconds = 0; // DurationTooLong: the maximum the service named (0: it named none)
    std::optional<ApiError> error; // all but Ok
    std::optional<Site> otherSite; // WrongSite: the site the account belongs to
    QString message; // for the user (tr()): the balance on success, else what is wrong

    static CheckOutcome forBalance(const AccountBalance& balance);
    static CheckOutcome forError(const ApiError& error, Site profileSite);
    // A refusal of AssumeRole for `profile` (a RAM role profile), in words.
    static CheckOutcome forRoleError(const ApiError& error, const Profile& profile);
    // The longest duration an InvalidParameter.DurationSeconds message names, in seconds ("… at most
    // 3600 seconds", "The Min/Max value of DurationSeconds is 15min/1hr."); 0 when none.
    static int maximumDurationIn(const QString& message);
};

// "Check": calls QueryAccountBalance with a profile's credentials on its site (or on the endpoint
// given, e.g. the sandbox) and reports the available amount and currency or the mapped error. A
// working balance is followed by DescribePricingModule for the profile's ProductType, which tells
// whether the account belongs to the profile's site.
// A RAM role profile first assumes its role (STS AssumeRole, with the refusals in words), then asks
// STS GetCallerIdentity with the temporary credentials (the assumed identity: ARN, account), then
// the balance as above, all with the temporary credentials.
// Asynchronous; one check at a time (starting another cancels the running one).
class CredentialCheck : public QObject
{
    Q_OBJECT

public:
    explicit CredentialCheck(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~CredentialCheck() override;

    void start(const Profile& profile, const Credentials& credentials, const Endpoint& endpoint);
    void cancel();
    bool isRunning() const { return !m_call.isNull() || m_waitForRole; }

    // A site's name for messages: "China site" / "International site".
    static QString siteName(Site site);

Q_SIGNALS:
    void finished(const acrp::CheckOutcome& outcome);

private:
    void queryBalance(Site site);
    void confirmSite(const AccountBalance& balance, Site site);
    void finish(CheckOutcome outcome);

    QPointer<QNetworkAccessManager> m_network;
    BssClient* m_client = nullptr;
    QPointer<BssCall> m_call;
    QObject* m_waitForRole = nullptr; // while the role is assumed; deleting it drops the answer
    std::optional<CallerIdentity> m_identity;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::CheckOutcome)
