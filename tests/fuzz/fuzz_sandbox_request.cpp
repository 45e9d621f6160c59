// Fuzz target: the sandbox's reading of a request, without a socket — the HTTP request as
// HttpEndpoint hands it over (IncomingRequest), RpcEnvelope::read, RequestAuthenticator
// (signature V1 and V3, timestamp, AccessKey, STS token, nonce), then the operations' parameter
// parsing (SandboxApi, orderFromCreateInstanceParameters) on an in-memory ledger, at a fixed server
// time so every run of an input does the same.
//
// Two input forms:
//  - a request as on the wire: "METHOD TARGET[ HTTP/1.1]", header lines "Name: value", an empty
//    line, the body. A signature in it is taken as it is (so it rarely matches);
//  - "!sign v1-form" | "!sign v1-query" | "!sign v1-get" | "!sign v3" on the first line, then the
//    AccessKeyId, the Action, the Version and one "name=value" parameter per line: the harness signs
//    that call with acrp::signer as the client does. The sandbox must accept what the client
//    signs, so this form reaches the operations with every account.
// With both forms the operation also runs as if authenticated, so its parameter parsing is fuzzed
// whatever the signature.
#include "FuzzSupport.h"
#include "core/api/Signer.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/Validator.h"
#include "sandbox/HttpMessage.h"
#include "sandbox/RequestAuthenticator.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxLedger.h"

#include <QSet>
#include <cstdio>

using namespace acrp;
using namespace acrp::sandbox;
using namespace Qt::StringLiterals;
using fuzz::check;

namespace {

const QDateTime& serverNow()
{
    static const QDateTime now = QDateTime::fromString(u"2024-06-01T12:00:00Z"_s, Qt::ISODate);
    return now;
}

// The demo accounts and one with an STS token, so the token check has something to compare.
QList<SandboxAccount> fuzzAccounts()
{
    QList<SandboxAccount> accounts = demoAccounts();
    accounts.append({u"FuzzStsKey"_s, u"fuzz-sts-secret"_s, Site::International, u"fuzz-sts-token"_s});
    return accounts;
}

// One sandbox per input: nonces, orders and balances start empty every time.
struct Sandbox
{
    QList<SandboxAccount> accounts = fuzzAccounts();
    RequestAuthenticator authenticator {accounts};
    SandboxLedger ledger {accounts, 100000000, QString()}; // 1,000,000.00: most orders can be paid
    SandboxApi api {ledger, Catalog::builtIn(), u"CNY"_s, 6};
};

QByteArray withoutCarriageReturn(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// "METHOD TARGET ..." / headers / empty line / body.
IncomingRequest parseWireRequest(const QByteArray& input)
{
    IncomingRequest request;
    qsizetype position = 0;
    const auto nextLine = [&](bool* found) {
        const qsizetype end = input.indexOf('\n', position);
        *found = position < input.size();
        const QByteArray line = input.mid(position, end < 0 ? -1 : end - position);
        position = end < 0 ? input.size() : end + 1;
        return withoutCarriageReturn(line);
    };
    bool found = false;
    const QList<QByteArray> requestLine = nextLine(&found).split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (QByteArray line = nextLine(&found); found && !line.isEmpty(); line = nextLine(&found)) {
        const qsizetype colon = line.indexOf(':');
        request.headers.append(
            {colon < 0 ? line : line.left(colon), colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()});
    }
    request.body = input.mid(position);
    return request;
}

// The parameter names V1 signing sets itself: a call parameter of the same name replaces the
// signer's (as pop-core does), so such a request may rightly be refused.
bool overridesCommonParameter(const ParameterList& parameters)
{
    static const QSet<QString> common {
        u"Action"_s,           u"Version"_s,        u"Format"_s,    u"AccessKeyId"_s,   u"SignatureMethod"_s,
        u"SignatureVersion"_s, u"SignatureNonce"_s, u"Timestamp"_s, u"SecurityToken"_s, u"Signature"_s};
    return std::any_of(parameters.cbegin(), parameters.cend(),
                       [](const auto& parameter) { return common.contains(parameter.first); });
}

struct SignedInput
{
    IncomingRequest request;
    bool mustAuthenticate = false; // signed with a known key and nothing overriding the signer
};

// "!sign MODE" / AccessKeyId / Action / Version / name=value lines, signed as the client does.
std::optional<SignedInput> signedInput(const Sandbox& sandbox, const QByteArray& input)
{
    QList<QByteArray> lines = input.split('\n');
    for (QByteArray& line : lines)
        line = withoutCarriageReturn(line);
    const QByteArray mode = lines.value(0);
    if (!mode.startsWith("!sign "))
        return std::nullopt;
    const QByteArray kind = mode.mid(6);
    const bool v3 = kind == "v3";

    RpcCall call;
    call.method = kind == "v1-get" ? "GET" : "POST";
    call.scheme = u"http"_s;
    call.host = u"127.0.0.1:8099"_s;
    call.action = QString::fromUtf8(lines.value(2));
    call.version = QString::fromUtf8(lines.value(3));
    for (qsizetype i = 4; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype equals = line.indexOf('=');
        call.parameters.append({QString::fromUtf8(equals < 0 ? line : line.left(equals)),
                                equals < 0 ? QString() : QString::fromUtf8(line.mid(equals + 1))});
    }
    Credentials credentials {QString::fromUtf8(lines.value(1)), u"not-a-sandbox-secret"_s, {}};
    const SandboxAccount* account = sandbox.authenticator.account(credentials.accessKeyId);
    if (account) {
        credentials.accessKeySecret = account->accessKeySecret;
        credentials.securityToken = account->securityToken;
    }
    const QDateTime time = serverNow().addSecs(-30);
    const QString nonce = u"fuzz-nonce-0001"_s;
    const SignedRequest signedRequest = v3
        ? signer::signV3(call, credentials, time, nonce)
        : signer::signV1(call, credentials, time, nonce,
                         kind == "v1-form" ? V1Placement::FormBody : V1Placement::Query);

    SignedInput result;
    IncomingRequest& request = result.request;
    request.method = signedRequest.method;
    // scheme://host/path?query
    const qsizetype hostStart = signedRequest.url.indexOf("://") + 3;
    const QByteArray target = signedRequest.url.mid(signedRequest.url.indexOf('/', hostStart));
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    request.headers = signedRequest.headers;
    request.body = signedRequest.body;
    result.mustAuthenticate = account && (v3 || !overridesCommonParameter(call.parameters));
    return result;
}

// ACRP_FUZZ_TRACE=1: one line per stage on stderr, to see how far an input (a new seed) gets.
void trace(const char* stage, const QString& what)
{
    static const bool enabled = qEnvironmentVariableIsSet("ACRP_FUZZ_TRACE");
    if (enabled)
        std::fprintf(stderr, "  %s: %s\n", stage, qUtf8Printable(what));
}

QString describe(const std::optional<SandboxError>& error)
{
    return error ? error->code + u" (" + error->message + u")" : u"ok"_s;
}

void checkError(const SandboxError& error)
{
    check(!error.code.isEmpty(), "a sandbox error has a code");
    check(!error.message.isEmpty(), "a sandbox error has a message", error.code);
    check(error.httpStatus >= 400 && error.httpStatus < 600, "a sandbox error is a 4xx or 5xx", error.code);
}

// The operation the request names, run with `account` as the caller, then the same call again.
void runOperation(Sandbox& sandbox, const RpcEnvelope& envelope, const SandboxAccount& account)
{
    // SandboxServer::handleApi refuses these before authenticating.
    if (!SandboxApi::knowsVersion(envelope.version) || !SandboxApi::knowsAction(envelope.action, envelope.version))
        return;
    ApiCall call;
    call.account = account;
    call.action = envelope.action;
    call.version = envelope.version;
    call.parameters = envelope.parameters();
    call.serverNow = serverNow();

    const qint64 balanceBefore = sandbox.ledger.balanceCents(account.accessKeyId);
    const ApiOutcome outcome = sandbox.api.handle(call);
    trace("operation", call.action + u" as " + account.accessKeyId + u": " + describe(outcome.error));
    const qint64 balanceAfter = sandbox.ledger.balanceCents(account.accessKeyId);
    if (outcome.error) {
        checkError(*outcome.error);
        check(!outcome.orderCommitted && !outcome.newOrder, "a refused call records no order");
        check(balanceAfter == balanceBefore, "a refused call charges nothing");
        return;
    }
    check(!outcome.body.isEmpty(), "a successful call has an answer");
    if (!outcome.newOrder) {
        check(balanceAfter == balanceBefore, "only a new order is charged");
        return;
    }
    const SandboxOrder& order = *outcome.newOrder;
    const ValidationResult validation = Validator().validate(order.order);
    check(validation.isValid(), "the sandbox records only valid orders",
          validation.isValid() ? QString() : validation.message(validation.invalidFields().constFirst()));
    check(balanceAfter >= 0 && balanceAfter < balanceBefore, "a new order is charged once, within the balance");

    // The same call again: with a ClientToken the first result, charged once; without one, the
    // instance name is taken by now.
    const ApiOutcome again = sandbox.api.handle(call);
    check(sandbox.ledger.balanceCents(account.accessKeyId) == balanceAfter, "a repeated CreateInstance is not charged");
    if (order.clientToken.isEmpty()) {
        check(again.error && again.error->code == u"InstanceNameDuplicated"_s,
              "without a ClientToken a repeated order is refused as a duplicate name");
    } else {
        check(!again.error && again.orderCommitted && !again.newOrder && again.body == outcome.body,
              "the same ClientToken returns the first result", order.clientToken);
    }
}

void serve(Sandbox& sandbox, const IncomingRequest& request, bool mustAuthenticate)
{
    // Everything SandboxServer reads off a request before the operation.
    request.header("host");
    request.headerValues("x-acs-action");
    const RpcEnvelope envelope = RpcEnvelope::read(request);

    SandboxAccount account;
    const std::optional<SandboxError> refused
        = sandbox.authenticator.authenticate(request, envelope, serverNow(), &account);
    trace("authentication", describe(refused));
    if (refused) {
        checkError(*refused);
        check(!mustAuthenticate, "a request signed by acrp::signer is accepted",
              refused->code + u": " + refused->message);
        // Parameter parsing still gets the input, as the China demo account.
        account = sandbox.accounts.constFirst();
    } else {
        check(sandbox.authenticator.account(account.accessKeyId), "the caller is a configured account");
        SandboxAccount replayAccount;
        const std::optional<SandboxError> replay
            = sandbox.authenticator.authenticate(request, envelope, serverNow(), &replayAccount);
        check(replay && replay->code == u"SignatureNonceUsed"_s, "a replayed request is refused (nonce used)",
              replay ? replay->code : u"accepted"_s);
    }

    // The CreateInstance reader on whatever parameters came, ProductType or not.
    const QMap<QString, QString> parameters = envelope.parameters();
    OrderSpec order;
    QString badParameter, problem;
    if (!orderFromCreateInstanceParameters(parameters, Catalog::builtIn(), &order, &badParameter, &problem))
        check(!badParameter.isEmpty() && !problem.isEmpty(), "a refused CreateInstance names the parameter and why");

    runOperation(sandbox, envelope, account);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::installMessageHandler();
    Catalog::builtIn();
    serverNow();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    Sandbox sandbox;
    if (const std::optional<SignedInput> signedRequest = signedInput(sandbox, input))
        serve(sandbox, signedRequest->request, signedRequest->mustAuthenticate);
    else
        serve(sandbox, parseWireRequest(input), false);
    return 0;
}
