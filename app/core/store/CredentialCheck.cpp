#include "core/store/CredentialCheck.h"

#include "core/api/BssClient.h"

#include <QCoreApplication>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::CredentialCheck)

public:
    static QString ok(const AccountBalance& balance)
    {
        return tr("The credentials work. Available balance: %1 %2.").arg(balance.availableAmount, balance.currency);
    }
    static QString unknownKey()
    {
        return tr("Unknown AccessKey: the service does not know this AccessKey ID. Check the ID, and whether the "
                  "key was deleted.");
    }
    static QString wrongSecret()
    {
        return tr("Wrong secret: the AccessKey ID is known but the secret does not match. Enter the secret again.");
    }
    static QString wrongSite(Site account, Site profile)
    {
        return tr("This account belongs to the %1, not the %2. Switch the profile to the %1?")
            .arg(CredentialCheck::siteName(account), CredentialCheck::siteName(profile));
    }
    static QString noPermission()
    {
        return tr("Missing RAM permission: this RAM user may not read the account balance. Grant it read access "
                  "to billing (for example the AliyunBSSReadOnlyAccess policy).");
    }
    static QString china() { return tr("China site"); }
    static QString international() { return tr("International site"); }
};

bool codeIs(const ApiError& error, const char16_t* code)
{
    return error.code.compare(QStringView(code), Qt::CaseInsensitive) == 0;
}

} // namespace

CheckOutcome CheckOutcome::forBalance(const AccountBalance& balance)
{
    CheckOutcome outcome;
    outcome.result = Result::Ok;
    outcome.balance = balance;
    outcome.message = Text::ok(balance);
    return outcome;
}

CheckOutcome CheckOutcome::forError(const ApiError& error, Site profileSite)
{
    CheckOutcome outcome;
    outcome.error = error;
    if (codeIs(error, u"InvalidAccessKeyId.NotFound") || codeIs(error, u"InvalidAccessKeyId")) {
        outcome.result = Result::UnknownKey;
        outcome.message = Text::unknownKey();
    } else if (codeIs(error, u"SignatureDoesNotMatch")) {
        outcome.result = Result::WrongSecret;
        outcome.message = Text::wrongSecret();
    } else if (error.kind == ApiError::Kind::WrongSite) {
        outcome.result = Result::WrongSite;
        outcome.otherSite = profileSite == Site::China ? Site::International : Site::China;
        outcome.message = Text::wrongSite(*outcome.otherSite, profileSite);
    } else if (error.kind == ApiError::Kind::Permission) {
        outcome.result = Result::NoPermission;
        outcome.message = Text::noPermission();
    } else {
        outcome.result = Result::Failed;
        outcome.message = error.userMessage();
    }
    return outcome;
}

CredentialCheck::CredentialCheck(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

CredentialCheck::~CredentialCheck() = default;

QString CredentialCheck::siteName(Site site)
{
    return site == Site::China ? Text::china() : Text::international();
}

void CredentialCheck::start(const Profile& profile, const Credentials& credentials, const Endpoint& endpoint)
{
    cancel();
    // A fresh client per check: its credentials are this profile's only, and go with it.
    delete m_client;
    m_client = new BssClient(m_network, this);
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
    // A check is interactive: one retry for a hiccup, not a minute of backoff.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.totalDeadline = std::chrono::milliseconds(20000);
    m_client->setRetryPolicy(policy);

    BssCall* call = m_client->queryAccountBalance();
    m_call = call;
    const Site site = profile.site;
    connect(call, &BssCall::finished, this, [this, call, site] {
        call->deleteLater();
        if (m_call == call)
            m_call.clear();
        if (!call->succeeded()) {
            Q_EMIT finished(CheckOutcome::forError(*call->error(), site));
            return;
        }
        confirmSite(call->resultAs<AccountBalance>(), site);
    });
}

void CredentialCheck::confirmSite(const AccountBalance& balance, Site site)
{
    // The balance is account-wide and may answer on either site. Whether the account belongs to the
    // profile's site shows with a call that names the site's ProductType: the read-only
    // DescribePricingModule answers NotApplicable for the other site's accounts. Only that answer
    // changes the outcome; any other failure of this second call leaves the (working) balance.
    BssCall* call = m_client->describePricingModule(site);
    m_call = call;
    connect(call, &BssCall::finished, this, [this, call, site, balance] {
        call->deleteLater();
        if (m_call == call)
            m_call.clear();
        if (!call->succeeded() && call->error()->kind == ApiError::Kind::WrongSite) {
            CheckOutcome outcome = CheckOutcome::forError(*call->error(), site);
            outcome.balance = balance;
            Q_EMIT finished(outcome);
            return;
        }
        Q_EMIT finished(CheckOutcome::forBalance(balance));
    });
}

void CredentialCheck::cancel()
{
    if (BssCall* call = m_call.data()) {
        m_call.clear();
        // Nobody waits for a cancelled check's answer.
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
        call->deleteLater();
    }
}

} // namespace acrp
