#include "sandbox/HttpEndpoint.h"

#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

namespace acrp::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpEndpoint::HttpEndpoint(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool HttpEndpoint::listenOnLoopback(quint16 port, QString* error)
{
    // Our own QTcpServer rather than QAbstractHttpServer::listen(), which logs and drops the reason
    // of a failure.
    auto* server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *error = server->errorString();
        delete server;
        return false;
    }
    m_port = server->serverPort();
    bind(server);
    return true;
}

void HttpEndpoint::write(QTcpSocket* socket, const OutgoingResponse& response)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
}

bool HttpEndpoint::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    const QUrl url = request.url();
    incoming.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (incoming.path.isEmpty())
        incoming.path = "/";
    incoming.query = url.query(QUrl::FullyEncoded).toUtf8();
    for (const auto& [name, value] : request.headers())
        incoming.headers.append({name, value});
    incoming.body = request.body();
    m_handler(incoming, socket);
    return true;
}

void HttpEndpoint::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    // Not reached: handleRequest() takes every request.
    write(socket, {404, {}, {}});
}

} // namespace acrp::sandbox
