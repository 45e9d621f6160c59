#include "core/store/CredentialRules.h"

namespace acrp {

namespace {

enum class Charset { Alphanumeric, PrintableAscii };

bool hasInnerWhitespace(const QString& value)
{
    for (const QChar c : value) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool allowed(QChar c, Charset charset)
{
    const char16_t u = c.unicode();
    if (charset == Charset::Alphanumeric)
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
    // Printable ASCII without the space (which is caught as whitespace before).
    return u >= 0x21 && u <= 0x7e;
}

bool allAllowed(const QString& value, Charset charset)
{
    for (const QChar c : value) {
        if (!allowed(c, charset))
            return false;
    }
    return true;
}

} // namespace

QString CredentialRules::cleaned(const QString& pasted)
{
    // QString::trimmed() removes every Unicode whitespace at both ends: spaces, tabs, CR, LF.
    return pasted.trimmed();
}

QString CredentialRules::accessKeyIdProblem(const QString& value)
{
    if (value.isEmpty())
        return tr("Enter the AccessKey ID.");
    if (hasInnerWhitespace(value))
        return tr("The AccessKey ID has a space or line break inside it; copy it again.");
    if (!allAllowed(value, Charset::Alphanumeric))
        return tr("The AccessKey ID may contain only the letters A-Z, a-z and the digits 0-9.");
    if (value.size() > 128)
        return tr("The AccessKey ID is longer than 128 characters; copy it again.");
    return {};
}

QString CredentialRules::secretProblem(const QString& value)
{
    if (value.isEmpty())
        return tr("Enter the AccessKey secret.");
    if (hasInnerWhitespace(value))
        return tr("The AccessKey secret has a space or line break inside it; copy it again.");
    if (!allAllowed(value, Charset::PrintableAscii))
        return tr("The AccessKey secret may contain only printable ASCII characters.");
    if (value.size() > 256)
        return tr("The AccessKey secret is longer than 256 characters; copy it again.");
    return {};
}

QString CredentialRules::securityTokenProblem(const QString& value)
{
    if (value.isEmpty())
        return tr("Enter the STS security token.");
    if (hasInnerWhitespace(value))
        return tr("The STS security token has a space or line break inside it; copy it again.");
    if (!allAllowed(value, Charset::PrintableAscii))
        return tr("The STS security token may contain only printable ASCII characters.");
    if (value.size() > 8192)
        return tr("The STS security token is longer than 8192 characters; copy it again.");
    return {};
}

} // namespace acrp
