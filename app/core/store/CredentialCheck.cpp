#include "core/store/CredentialCheck.h"

#include "core/api/BssClient.h"
#include "core/api/RoleCredentialSource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

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
    static QString assumed(const CallerIdentity& identity)
    {
        return tr("Role assumed: %1 (account %2).").arg(identity.arn, identity.accountId);
    }
    static QString roleNotFound(const QString& arn)
    {
        return tr("The role %1 does not exist. Check the account ID and the role name in the ARN.").arg(arn);
    }
    static QString mayNotAssume()
    {
        return tr("This RAM user may not assume the role: the role's trust policy does not name it, or the user "
                  "lacks the sts:AssumeRole permission.");
    }
    static QString mayNotAssumeOrExternalId()
    {
        return tr("The role refused this RAM user. Either the user may not assume the role (its trust policy or the "
                  "sts:AssumeRole permission), or the profile's external ID is wrong: STS does not say which.");
    }
    static QString externalIdWrong()
    {
        return tr("The role demands an external ID, and the one in this profile does not match. Enter the external "
                  "ID the role's owner gave you.");
    }
    static QString externalIdMissing()
    {
        return tr("The role demands an external ID, and this profile has none. Enter the external ID the role's "
                  "owner gave you.");
    }
    static QString durationTooLong(int maximum, int asked)
    {
        return tr("The role allows sessions of at most %1 seconds; this profile asks for %2. Lower the session "
                  "duration to %1 or less.")
            .arg(maximum)
            .arg(asked);
    }
    static QString durationTooLongUnknown(int asked)
    {
        return tr("The session duration of %1 seconds is longer than the role allows. Lower it (the role's maximum "
                  "session duration is set in the RAM console).")
            .arg(asked);
    }
    static QString rootMayNotAssume()
    {
        return tr("This AccessKey belongs to the account's root user, and roles may not be assumed by root accounts. "
                  "Use the AccessKey of a RAM user that may assume the role.");
    }
    static QString sessionNameInvalid(const QString& name)
    {
        return tr("STS refused the session name “%1”. Use 2 to 64 characters: letters, digits and . @ _ - only.")
            .arg(name);
    }
    static QString roleArnInvalid(const QString& arn)
    {
        return tr("STS refused the role ARN “%1”. Copy it again from the role's page in the RAM console.").arg(arn);
    }
    static QString china() { return tr("China site"); }
    static QString international() { return tr("International site"); }
};

bool codeIs(const ApiError& error, const char16_t* code)
{
    return error.code.compare(QStringView(code), Qt::CaseInsensitive) == 0;
}

bool says(const ApiError& error, const char16_t* words)
{
    return error.message.contains(QStringView(words), Qt::CaseInsensitive);
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

CheckOutcome CheckOutcome::forRoleError(const ApiError& error, const Profile& profile)
{
    CheckOutcome outcome;
    outcome.error = error;
    const RoleSettings& role = profile.role;
    const auto is = [&outcome](Result result, const QString& message) {
        outcome.result = result;
        outcome.message = message;
    };
    if (codeIs(error, u"EntityNotExist.Role")) {
        is(Result::RoleNotFound, Text::roleNotFound(role.roleArn));
    } else if (error.code.startsWith(u"NoPermission", Qt::CaseInsensitive)) {
        // STS answers NoPermission for all of these; only the message tells them apart.
        if (says(error, u"root account"))
            is(Result::RootMayNotAssume, Text::rootMayNotAssume());
        else if (says(error, u"ExternalId") || says(error, u"external id"))
            is(Result::ExternalIdRefused,
               role.externalId.isEmpty() ? Text::externalIdMissing() : Text::externalIdWrong());
        else if (!role.externalId.isEmpty())
            is(Result::MayNotAssume, Text::mayNotAssumeOrExternalId());
        else
            is(Result::MayNotAssume, Text::mayNotAssume());
    } else if (codeIs(error, u"InvalidParameter.DurationSeconds")) {
        outcome.maxDurationSeconds = maximumDurationIn(error.message);
        is(Result::DurationTooLong,
           outcome.maxDurationSeconds > 0 ? Text::durationTooLong(outcome.maxDurationSeconds, role.durationSeconds)
                                          : Text::durationTooLongUnknown(role.durationSeconds));
    } else if (codeIs(error, u"InvalidParameter.RoleSessionName")) {
        is(Result::SessionNameInvalid, Text::sessionNameInvalid(role.sessionName));
    } else if (codeIs(error, u"InvalidParameter.RoleArn")) {
        is(Result::RoleArnInvalid, Text::roleArnInvalid(role.roleArn));
    } else {
        return forError(error, profile.site);
    }
    return outcome;
}

int CheckOutcome::maximumDurationIn(const QString& message)
{
    // Amounts with their unit ("3600 seconds", "3600s", "1hr", "12 hours", "15min"; seconds without
    // one); the largest is the maximum (a message may name the minimum too).
    static const QRegularExpression amount(
        QStringLiteral("\\b(\\d+)\\s*(seconds?|secs?|s|hours?|hrs?|h|minutes?|mins?|m)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // A message may name the duration asked for as well: what follows "max" or "at most" counts.
    static const QRegularExpression anchor(QStringLiteral("max|at most|up to|limit"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch anchored = anchor.match(message);
    const qsizetype from
        = anchored.hasMatch() && amount.match(message, anchored.capturedEnd()).hasMatch() ? anchored.capturedEnd() : 0;
    int largest = 0;
    for (auto it = amount.globalMatch(message, from); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString unit = match.captured(2).toLower();
        const int factor = unit.startsWith(u'h') ? 3600 : unit.startsWith(u'm') ? 60 : 1;
        largest = std::max(largest, match.captured(1).toInt() * factor);
    }
    return largest;
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
    m_identity.reset();
    m_client = new BssClient(m_network, this);
    m_client->setEndpoint(endpoint);
    // A check is interactive: one retry for a hiccup, not a minute of backoff.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.totalDeadline = std::chrono::milliseconds(20000);
    m_client->setRetryPolicy(policy);
    const Site site = profile.site;
    if (profile.mode != CredentialMode::RamRoleArn) {
        m_client->setCredentials(credentials);
        queryBalance(site);
        return;
    }
    // A RAM role: assume it (its refusals in words), then ask who the temporary credentials are.
    auto source = std::make_shared<RoleCredentialSource>(m_network.data(), endpoint, credentials, profile.role);
    source->setRetryPolicy(policy);
    m_client->setCredentialSource(source);
    m_waitForRole = new QObject(this);
    source->acquire(m_waitForRole, [this, profile, site](const CredentialSource::Result& result) {
        m_waitForRole->deleteLater();
        m_waitForRole = nullptr;
        if (const auto* error = std::get_if<ApiError>(&result)) {
            finish(CheckOutcome::forRoleError(*error, profile));
            return;
        }
        BssCall* call = StsClient(m_client).getCallerIdentity();
        m_call = call;
        connect(call, &BssCall::finished, this, [this, call, site] {
            call->deleteLater();
            if (m_call == call)
                m_call.clear();
            if (!call->succeeded()) {
                finish(CheckOutcome::forError(*call->error(), site));
                return;
            }
            m_identity = call->resultAs<CallerIdentity>();
            queryBalance(site);
        });
    });
}

void CredentialCheck::queryBalance(Site site)
{
    BssCall* call = m_client->queryAccountBalance();
    m_call = call;
    connect(call, &BssCall::finished, this, [this, call, site] {
        call->deleteLater();
        if (m_call == call)
            m_call.clear();
        if (!call->succeeded()) {
            finish(CheckOutcome::forError(*call->error(), site));
            return;
        }
        confirmSite(call->resultAs<AccountBalance>(), site);
    });
}

void CredentialCheck::finish(CheckOutcome outcome)
{
    // Once a role was assumed, who it is leads every outcome, the refusals that follow included.
    if (m_identity) {
        outcome.identity = m_identity;
        outcome.message = Text::assumed(*m_identity) + u'\n' + outcome.message;
    }
    Q_EMIT finished(outcome);
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
            finish(outcome);
            return;
        }
        finish(CheckOutcome::forBalance(balance));
    });
}

void CredentialCheck::cancel()
{
    delete m_waitForRole; // the role's answer is dropped
    m_waitForRole = nullptr;
    if (BssCall* call = m_call.data()) {
        m_call.clear();
        // Nobody waits for a cancelled check's answer.
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
        call->deleteLater();
    }
}

} // namespace acrp
