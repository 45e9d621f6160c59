#include "core/api/ErrorExplanation.h"

namespace acrp {

namespace {

// A code (or, with `family`, a code and its dotted sub-codes) and its explanation. Codes from
// API-NOTES' table, what the sandbox answers, and the usual neighbours of both. The texts are
// marked for lupdate here and translated when looked up.
struct Entry
{
    const char16_t* code;
    bool family;
    const char* text;
};

constexpr char kContext[] = "acrp::ErrorExplanation";

constexpr const char* kWrongSite
    = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                        "The account of this AccessKey is on the other site (China site or "
                        "International site). Use a profile of that site, or change the "
                        "order’s site.");
constexpr const char* kKeyUnknown
    = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                        "The service does not know this AccessKey ID: it is mistyped, was "
                        "deleted, or belongs to the other site. Check the profile’s "
                        "AccessKey ID and site.");
constexpr const char* kLowBalance
    = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                        "The account’s available balance and credit do not cover the "
                        "price. Top up the account, then buy again; nothing was charged.");
constexpr const char* kArrears = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                                                   "The account has overdue bills, so it may not buy. Pay them in the "
                                                   "billing console, then buy again.");
constexpr const char* kProgramFault
    = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                        "The request was not built the way the service expects. This is a "
                        "fault of this program, not of the order or the credentials: "
                        "report it with the request ID.");
constexpr const char* kNotBss = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                                                  "The endpoint does not offer this operation or API version: it is "
                                                  "probably not a BSS OpenAPI endpoint. Check the endpoint URL.");
constexpr const char* kInternal = QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                                                    "The service had an internal error. Try again later; resume an "
                                                    "order rather than buying it again, so it cannot be bought twice.");

constexpr Entry kEntries[] = {
    // The order
    {u"InvalidParameter", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The service did not accept a value of the order; its message names "
                       "the parameter. Correct that value and buy again.")},
    {u"MissingParameter", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The request lacks a value the service requires; its message names "
                       "the parameter. Check the order (an older order file may lack it); "
                       "if it keeps happening, report it with the request ID.")},
    {u"COMMODITY.INVALID_COMPONENT", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "Part of the order, usually the edition, is not sold on this site. "
                       "Check the site and the edition (the International site sells Basic "
                       "and Advanced only).")},
    {u"InstanceNameDuplicated", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The account already has an instance with this name in this region. "
                       "Choose another name.")},
    {u"IdempotentParameterMismatch", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "This client token was already used for a different order, so the "
                       "service refused this one and nothing was bought with it. Submit the "
                       "order as a new one: it gets a new client token.")},
    // The site and the credentials
    {u"NotApplicable", false, kWrongSite},
    {u"InvalidAccessKeyId", false, kKeyUnknown},
    {u"InvalidAccessKeyId.NotFound", false, kKeyUnknown},
    {u"InvalidAccessKeyId.Inactive", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "This AccessKey is disabled. Enable it in the RAM console or use "
                       "another one.")},
    {u"SignatureDoesNotMatch", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The service computed another signature than this request’s: the "
                       "AccessKey secret is wrong (pasted secrets often carry extra spaces) "
                       "or belongs to another AccessKey ID. Enter the secret again.")},
    {u"InvalidSecurityToken", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The STS security token is invalid, has expired or does not belong "
                       "to this AccessKey ID. Get a new token together with its AccessKey "
                       "pair.")},
    {u"InvalidTimeStamp.Expired", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "This computer’s clock differs from the service’s by more than 15 "
                       "minutes. Set the clock (or turn on automatic time) and try again.")},
    {u"SignatureNonceUsed", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The service has seen this request’s one-time number (nonce) "
                       "before, as with a replayed request. Try again: every attempt gets a "
                       "new one.")},
    {u"IncompleteSignature", false, kProgramFault},
    {u"InvalidTimeStamp.Format", false, kProgramFault},
    {u"InvalidAction.NotFound", false, kNotBss},
    {u"InvalidVersion", false, kNotBss},
    // Assuming the RAM role of a RAM role profile (STS AssumeRole)
    {u"EntityNotExist.Role", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The RAM role of this profile does not exist. Check the account ID "
                       "and the role name in the profile’s role ARN.")},
    {u"InvalidParameter.DurationSeconds", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The profile’s session duration is longer than the role allows; the "
                       "service’s message names the maximum. Lower the duration in the "
                       "profile. Nothing was sent to buy anything.")},
    {u"InvalidParameter.RoleSessionName", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "STS refused the profile’s session name. Use 2 to 64 characters: "
                       "letters, digits and . @ _ - only.")},
    {u"InvalidParameter.RoleArn", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "STS refused the profile’s role ARN. Copy it again from the role’s "
                       "page in the RAM console.")},
    // Permissions
    {u"NotAuthorized", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "This RAM user may not buy: it lacks the bss:ModifyInstance "
                       "permission. Ask the account’s administrator to grant it (for "
                       "example with the AliyunBSSOrderAccess policy).")},
    {u"Forbidden", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "RAM denied the request: no policy of this user or role allows it. "
                       "Ask the account’s administrator for the permission.")},
    {u"InvalidOwner", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The account of this AccessKey is not the one that owns or pays for "
                       "this. Use the AccessKey of the paying account.")},
    // Money
    {u"PAY.INSUFFICIENT_BALANCE", false, kLowBalance},
    {u"NotEnoughBalance", false, kLowBalance},
    {u"InsufficientBalance", false, kLowBalance},
    {u"Account.Balance.NotEnough", false, kLowBalance},
    {u"InvalidAccount.Arrears", false, kArrears},
    {u"ORDER.ARREARAGE", false, kArrears},
    // Load and the service's health
    {u"Throttling", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "Too many requests in a short time: the service limits their rate. "
                       "Wait a minute and try again.")},
    {u"OperationDenied.OrderProcessing", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "An earlier order of this account is still being processed. Wait a "
                       "minute and try again.")},
    {u"ServiceUnavailable", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The service is unavailable for a moment. Try again in a few "
                       "minutes.")},
    {u"InternalError", false, kInternal},
    {u"UnknownError", false, kInternal},
    // Reads that name an order or instance
    {u"NotFound.Order", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The service has no order with this ID on this account. Check that "
                       "the profile is the account that placed it.")},
    // Renewals
    {u"ResourceStatusError", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The instance is in a state that cannot be renewed now (for example it is "
                       "still being created, or a renewal of it is being processed). Nothing was "
                       "charged. Sync the account, wait a few minutes, and renew again.")},
    {u"ResourceNotExists", true,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "The service knows no such instance on this account: the ID is wrong, the "
                       "instance belongs to another account or site, or it was released (7 days "
                       "after it expired). Nothing was charged.")},
    {u"INSTANCE_NOT_EXIST", false,
     QT_TRANSLATE_NOOP("acrp::ErrorExplanation",
                       "Container Registry has no instance with this ID in this region on "
                       "this account. A new instance may take a moment to appear.")},
};

bool covers(const Entry& entry, const QString& code)
{
    const QStringView name(entry.code);
    if (code.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    return entry.family && code.size() > name.size() && code.at(name.size()) == u'.'
        && code.startsWith(name, Qt::CaseInsensitive);
}

// Errors of this side: the network, a timeout, an unreadable answer, a cancellation.
bool isLocal(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        break;
    }
    return false;
}

} // namespace

QString ErrorExplanation::forCode(const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    // An exact entry wins over a family (InvalidAccessKeyId.Inactive over InvalidAccessKeyId).
    const Entry* found = nullptr;
    for (const Entry& entry : kEntries) {
        if (!covers(entry, trimmed))
            continue;
        if (trimmed.compare(QStringView(entry.code), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate(kContext, entry.text);
        if (!found)
            found = &entry;
    }
    return found ? QCoreApplication::translate(kContext, found->text) : QString();
}

QString ErrorExplanation::forError(const ApiError& error)
{
    return isLocal(error) ? QString() : forCode(error.code);
}

QString ErrorExplanation::summary(const ApiError& error)
{
    const QString explanation = forError(error);
    return explanation.isEmpty() ? error.userMessage() : explanation;
}

QString ErrorExplanation::serviceWords(const ApiError& error)
{
    // A local error's message is this program's own (technical) text, not the service's words.
    const QString message = error.message.trimmed();
    if (isLocal(error) || message.isEmpty() || summary(error).contains(message))
        return {};
    return message;
}

QString ErrorExplanation::instanceIssue(const QString& issue)
{
    const QString trimmed = issue.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.compare(u"OSS_BUCKET_ALREADY_EXISTS", Qt::CaseInsensitive) == 0)
        return tr("The OSS bucket this instance stores its images in could not be created: a bucket of that name "
                  "exists already. Choose another bucket in the Container Registry console, or contact Alibaba "
                  "Cloud support (%1).")
            .arg(trimmed);
    return tr("Container Registry reports a problem with this instance: %1. See the instance in the Container "
              "Registry console.")
        .arg(trimmed);
}

QStringList ErrorExplanation::knownCodes()
{
    QStringList codes;
    for (const Entry& entry : kEntries)
        codes.append(QString::fromUtf16(entry.code));
    return codes;
}

} // namespace acrp
