#pragma once

#include "core/api/ApiError.h"
#include "core/api/BssResults.h"
#include "core/api/Endpoint.h"
#include "core/api/Signer.h"
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
    };

    Result result = Result::Failed;
    AccountBalance balance; // Ok only
    std::optional<ApiError> error; // all but Ok
    std::optional<Site> otherSite; // WrongSite: the site the account belongs to
    QString message; // for the user (tr()): the balance on success, else what is wrong

    static CheckOutcome forBalance(const AccountBalance& balance);
    static CheckOutcome forError(const ApiError& error, Site profileSite);
};

// "Check": calls QueryAccountBalance with a profile's credentials on its site (or on the endpoint
// given, e.g. the sandbox) and reports the available amount and currency or the mapped error. A
// working balance is followed by DescribePricingModule for the profile's ProductType, which tells
// whether the account belongs to the profile's site.
// Asynchronous; one check at a time (starting another cancels the running one).
class CredentialCheck : public QObject
{
    Q_OBJECT

public:
    explicit CredentialCheck(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~CredentialCheck() override;

    void start(const Profile& profile, const Credentials& credentials, const Endpoint& endpoint);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    // A site's name for messages: "China site" / "International site".
    static QString siteName(Site site);

Q_SIGNALS:
    void finished(const acrp::CheckOutcome& outcome);

private:
    void confirmSite(const AccountBalance& balance, Site site);

    QPointer<QNetworkAccessManager> m_network;
    BssClient* m_client = nullptr;
    QPointer<BssCall> m_call;
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::CheckOutcome)
