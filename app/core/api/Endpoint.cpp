#include "core/api/Endpoint.h"

#include <QHostAddress>

namespace acrp {

bool Endpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<Endpoint> Endpoint::parse(const QString& text, QString* error, const Catalog& catalog)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"sandbox", Qt::CaseInsensitive) == 0)
        return sandbox();
    Site site;
    if (siteFromId(trimmed, &site))
        return forSite(site, catalog);

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        if (error)
            *error = tr("\"%1\" is not an endpoint: use sandbox, cn, intl or an http(s) URL.").arg(trimmed);
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (!url.path().isEmpty() && url.path() != u"/")) {
        if (error)
            *error = tr("The endpoint URL \"%1\" must be just scheme, host and port (no path, query or user name).")
                         .arg(trimmed);
        return std::nullopt;
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        if (error)
            *error = tr("The endpoint URL \"%1\" uses plain http to another computer; use https.").arg(trimmed);
        return std::nullopt;
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    return custom(base);
}

Endpoint Endpoint::sandbox(const QUrl& baseUrl)
{
    Endpoint endpoint;
    endpoint.m_kind = Kind::Sandbox;
    endpoint.m_baseUrl = baseUrl;
    return endpoint;
}

Endpoint Endpoint::forSite(Site site, const Catalog& catalog)
{
    Endpoint endpoint;
    endpoint.m_kind = site == Site::China ? Kind::China : Kind::International;
    endpoint.m_baseUrl.setScheme(QStringLiteral("https"));
    endpoint.m_baseUrl.setHost(catalog.site(site).endpoint);
    return endpoint;
}

Endpoint Endpoint::custom(const QUrl& baseUrl)
{
    Endpoint endpoint;
    endpoint.m_kind = Kind::Custom;
    endpoint.m_baseUrl = baseUrl;
    return endpoint;
}

std::optional<Site> Endpoint::site() const
{
    switch (m_kind) {
    case Kind::China:
        return Site::China;
    case Kind::International:
        return Site::International;
    case Kind::Sandbox:
    case Kind::Custom:
        break;
    }
    return std::nullopt;
}

QString Endpoint::id() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::China:
        return siteId(Site::China);
    case Kind::International:
        return siteId(Site::International);
    case Kind::Custom:
        break;
    }
    return m_baseUrl.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

QString Endpoint::displayName() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return tr("the sandbox");
    case Kind::China:
        return tr("the China site (%1)").arg(m_baseUrl.host());
    case Kind::International:
        return tr("the International site (%1)").arg(m_baseUrl.host());
    case Kind::Custom:
        break;
    }
    return id();
}

QString Endpoint::title() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return tr("Sandbox (built-in, no charge)");
    case Kind::China:
        return tr("China site (%1)").arg(m_baseUrl.host());
    case Kind::International:
        return tr("International site (%1)").arg(m_baseUrl.host());
    case Kind::Custom:
        break;
    }
    return id();
}

QString Endpoint::hostAndPort() const
{
    const int port = m_baseUrl.port();
    return port < 0 ? m_baseUrl.host() : m_baseUrl.host() + u':' + QString::number(port);
}

QString Endpoint::crScheme() const
{
    return (m_kind == Kind::China || m_kind == Kind::International) ? QStringLiteral("https") : scheme();
}

QString Endpoint::crHostAndPort(const QString& region) const
{
    if (m_kind == Kind::China || m_kind == Kind::International)
        return QStringLiteral("cr.") + region + QStringLiteral(".aliyuncs.com");
    return hostAndPort();
}

QString Endpoint::stsHostAndPort() const
{
    switch (m_kind) {
    case Kind::China:
        return QStringLiteral("sts.aliyuncs.com");
    case Kind::International:
        return QStringLiteral("sts.ap-southeast-1.aliyuncs.com");
    case Kind::Sandbox:
    case Kind::Custom:
        break;
    }
    return hostAndPort();
}

} // namespace acrp
