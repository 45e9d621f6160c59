#pragma once

#include "core/order/Catalog.h"
#include "core/order/OrderSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace acrp {

// Where BSS calls go: the embedded sandbox, the China site, the International site, or a custom
// URL (how tests reach acr-bss-sandbox, e.g. http://127.0.0.1:PORT).
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Endpoint)

public:
    enum class Kind { Sandbox, China, International, Custom };

    Endpoint() = default;

    // "sandbox", "cn", "intl" (case-insensitive) or an http(s) URL. Plain http is only accepted
    // for a loopback host: anything else would carry signed requests in clear text.
    static std::optional<Endpoint> parse(const QString& text, QString* error,
                                         const Catalog& catalog = Catalog::builtIn());
    // The embedded sandbox; its URL is known once it listens (setBaseUrl).
    static Endpoint sandbox(const QUrl& baseUrl = {});
    static Endpoint forSite(Site site, const Catalog& catalog = Catalog::builtIn());
    static Endpoint custom(const QUrl& baseUrl);
    // localhost, 127.0.0.0/8 or ::1: this machine (plain http is allowed there, no proxy reaches it).
    static bool isLoopbackHost(const QString& host);

    Kind kind() const { return m_kind; }
    bool isSandbox() const { return m_kind == Kind::Sandbox; }
    // Real endpoints spend money (cn, intl, and any custom URL: we cannot know what is behind it).
    bool isReal() const { return m_kind != Kind::Sandbox; }
    // The site a site endpoint belongs to; empty for sandbox and custom URLs.
    std::optional<Site> site() const;

    // "sandbox", "cn", "intl" or the URL: what the journal records and parse() reads back.
    QString id() const;
    // A name for the user: "the sandbox", "the China site (business.aliyuncs.com)", the URL.
    QString displayName() const;
    // The same as a name that stands alone, in sentence case (a table cell, a summary row):
    // "Sandbox (built-in, no charge)", "China site (business.aliyuncs.com)", the URL.
    QString title() const;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QString scheme() const { return m_baseUrl.scheme(); }
    // host[:port] as it goes into the Host header and the URL.
    QString hostAndPort() const;

    // ACR's own API for a region: cr.<region>.aliyuncs.com over HTTPS on the real sites; the same
    // base URL for the sandbox and custom endpoints (the sandbox answers both APIs).
    QString crScheme() const;
    QString crHostAndPort(const QString& region) const;
    // STS (AssumeRole, GetCallerIdentity): sts.aliyuncs.com on the China site,
    // sts.ap-southeast-1.aliyuncs.com on the International site, over HTTPS; the same base URL for
    // the sandbox and custom endpoints (the sandbox answers STS too, by Action).
    QString stsScheme() const { return crScheme(); }
    QString stsHostAndPort() const;

    friend bool operator==(const Endpoint&, const Endpoint&) = default;

private:
    Kind m_kind = Kind::Sandbox;
    QUrl m_baseUrl;
};

} // namespace acrp
