#pragma once

#include "sandbox/HttpMessage.h"

#include <QAbstractHttpServer>
#include <QString>
#include <functional>

class QTcpSocket;

namespace acrp::sandbox {

// The HTTP side of the sandbox: QAbstractHttpServer rather than QHttpServer because the faults
// need the connection itself (answer later, or close it without an answer), which QHttpServer's
// routes do not give. Every request goes to one handler with the socket to answer on.
class HttpEndpoint : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const IncomingRequest&, QTcpSocket*)>;

    explicit HttpEndpoint(Handler handler, QObject* parent = nullptr);

    // Listens on 127.0.0.1 only; port 0 picks a free one. False with *error on failure.
    bool listenOnLoopback(quint16 port, QString* error);
    quint16 port() const { return m_port; }

    // Writes a complete HTTP/1.1 response (adds Content-Length); the connection stays open.
    static void write(QTcpSocket* socket, const OutgoingResponse& response);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
    quint16 m_port = 0;
};

} // namespace acrp::sandbox
