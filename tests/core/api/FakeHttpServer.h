#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 for the client's transport rules (redirects, sizes,
// stalls, dropped connections, Date headers) that the sandbox has no reason to produce. Each
// request takes the next scripted reply; the last one repeats.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

struct FakeReply
{
    // Trickle: the headers, then the body in `pieces` parts `intervalMs` apart (with
    // Content-Length); StallAfterHeaders: the headers, then nothing.
    enum class Action { Respond, Close, Stall, Trickle, StallAfterHeaders };
    Action action = Action::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool chunked = false; // send the body chunked, without Content-Length
    int pieces = 1; // Trickle
    int intervalMs = 0; // Trickle

    static FakeReply json(int status, const QByteArray& body)
    {
        FakeReply reply;
        reply.status = status;
        reply.headers = {{"Content-Type", "application/json"}};
        reply.body = body;
        return reply;
    }
    static FakeReply close()
    {
        FakeReply reply;
        reply.action = Action::Close;
        return reply;
    }
    static FakeReply stall()
    {
        FakeReply reply;
        reply.action = Action::Stall;
        return reply;
    }
    static FakeReply trickle(const QByteArray& body, int pieces, int intervalMs)
    {
        FakeReply reply = json(200, body);
        reply.action = Action::Trickle;
        reply.pieces = pieces;
        reply.intervalMs = intervalMs;
        return reply;
    }
    static FakeReply stallAfterHeaders(const QByteArray& body)
    {
        FakeReply reply = json(200, body);
        reply.action = Action::StallAfterHeaders;
        return reply;
    }
};

struct FakeRequest
{
    QByteArray method;
    QByteArray target;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray raw; // everything received for this request

    // Query and form parameters together, decoded.
    QMap<QString, QString> parameters() const
    {
        QMap<QString, QString> result;
        const auto add = [&result](const QByteArray& encoded) {
            for (const QByteArray& pair : encoded.split('&')) {
                if (pair.isEmpty())
                    continue;
                const int eq = pair.indexOf('=');
                const QByteArray name = eq < 0 ? pair : pair.left(eq);
                const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
                result.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                              QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
            }
        };
        const int question = target.indexOf('?');
        if (question >= 0)
            add(target.mid(question + 1));
        if (headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
            add(body);
        return result;
    }
};

class FakeHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit FakeHttpServer(QObject* parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    void script(const QList<FakeReply>& replies)
    {
        m_script = replies;
        m_next = 0;
    }
    const QList<FakeRequest>& requests() const { return m_requests; }

signals:
    void requestReceived();

private:
    void accept()
    {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void readFrom(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length", "0").toInt();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            request.raw = buffer.left(end + 4 + length);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            const FakeReply reply = m_script.isEmpty()
                ? FakeReply::json(200, "{}")
                : m_script.at(std::min<qsizetype>(m_next++, m_script.size() - 1));
            emit requestReceived();
            respond(socket, reply);
        }
    }

    void respond(QTcpSocket* socket, const FakeReply& reply)
    {
        if (reply.action == FakeReply::Action::Close) {
            socket->abort();
            return;
        }
        if (reply.action == FakeReply::Action::Stall)
            return; // never answers; the client's timeout has to act
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
        for (const auto& [name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        if (reply.chunked) {
            out += "Transfer-Encoding: chunked\r\n\r\n";
            socket->write(out);
            // Several chunks so the client sees the body grow.
            const qsizetype piece = 64 * 1024;
            for (qsizetype offset = 0; offset < reply.body.size(); offset += piece) {
                const QByteArray chunk = reply.body.mid(offset, piece);
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            }
            socket->write("0\r\n\r\n");
            return;
        }
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        if (reply.action == FakeReply::Action::StallAfterHeaders) {
            socket->write(out);
            return;
        }
        if (reply.action == FakeReply::Action::Trickle) {
            socket->write(out);
            const qsizetype piece = (reply.body.size() + reply.pieces - 1) / reply.pieces;
            for (int i = 0; i < reply.pieces; ++i) {
                QTimer::singleShot((i + 1) * reply.intervalMs, socket,
                                   [socket, part = reply.body.mid(i * piece, piece)] { socket->write(part); });
            }
            return;
        }
        socket->write(out + reply.body);
    }

    QList<FakeReply> m_script;
    qsizetype m_next = 0;
    QList<FakeRequest> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
};
