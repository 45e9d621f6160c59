#pragma once

#include <QCoreApplication>
#include <QString>

namespace acrp {

// What a pasted AccessKey ID, secret or STS token must look like. Values copied from a console or a
// mail often carry spaces, tabs or a line break at either end: those are trimmed. Whitespace inside
// or characters that can never occur mean a broken copy, and are rejected with a message rather than
// sent to the service (where they would come back as a confusing signature error).
class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(acrp::CredentialRules)

public:
    // `pasted` without leading and trailing whitespace (spaces, tabs, line breaks).
    static QString cleaned(const QString& pasted);

    // Each returns an empty string when the (already cleaned) value is acceptable, otherwise one
    // sentence saying what is wrong.
    // AccessKey ID: 1-128 characters from A-Z, a-z, 0-9.
    static QString accessKeyIdProblem(const QString& value);
    // AccessKey secret: 1-256 printable ASCII characters, no space.
    static QString secretProblem(const QString& value);
    // STS security token: 1-8192 printable ASCII characters, no space (tokens are long and
    // base64-like).
    static QString securityTokenProblem(const QString& value);
};

} // namespace acrp
