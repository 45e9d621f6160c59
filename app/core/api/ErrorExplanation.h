#pragma once

#include "core/api/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace acrp {

// What a service error code means and what to do about it, in the user's language: one table for
// the Result page and the command line's report, shown next to the service's own message (which
// is usually English), never instead of it. Codes the table does not know have no explanation.
class ErrorExplanation
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ErrorExplanation)

public:
    // The explanation of `code` (case-insensitive), or an empty string. A family entry such as
    // "Throttling" also covers its dotted sub-codes ("Throttling.User").
    static QString forCode(const QString& code);
    // The explanation of a service error; empty for local errors (network, timeout, unreadable
    // answers, cancellation), whose own sentence already says everything.
    static QString forError(const ApiError& error);

    // What a person reads first about `error`: its explanation when the code is known, the error's
    // own sentence (ApiError::userMessage) otherwise.
    static QString summary(const ApiError& error);
    // The service's own message when `summary` does not already contain it; empty otherwise, and
    // for local errors (their message is this program's, not the service's).
    static QString serviceWords(const ApiError& error);

    // ACR GetInstance's InstanceIssue (e.g. OSS_BUCKET_ALREADY_EXISTS) in words, with the code;
    // empty when there is no issue.
    static QString instanceIssue(const QString& issue);

    // The codes the table names (families by their prefix), for tests and documentation.
    static QStringList knownCodes();
};

} // namespace acrp
