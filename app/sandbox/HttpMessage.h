#pragma once

#include "core/api/Signer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace acrp::sandbox {

// One HTTP request as received, copied out of QHttpServerRequest (which the server reuses for the
// next request on the same connection) so it can be answered later.
struct IncomingRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray path; // percent-encoded, e.g. "/"
    QByteArray query; // percent-encoded, without '?'
    HeaderList headers; // names as received
    QByteArray body;

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    // All values of that header (case-insensitive), in the order received.
    QList<QByteArray> headerValues(QByteArrayView name) const;
};

// An HTTP response to write: status, extra headers and body. Content-Length is added when written.
struct OutgoingResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

// "name=value&..." (query or application/x-www-form-urlencoded body) to decoded pairs, in order.
// '+' is a space, like the form encoding and the Java gateway; %XX is decoded as UTF-8.
ParameterList decodeParameters(const QByteArray& encoded);

} // namespace acrp::sandbox
