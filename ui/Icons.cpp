#include "Icons.h"

#include <QImageReader>
#include <QProxyStyle>
#include <QStyleFactory>

namespace acrp::ui::Icons {

namespace {

// A PNG, read by Qt's own PNG reader and no plugin.
QImage pngFile(const QString& path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

// A PNG of the program's resources.
QImage png(const QString& name)
{
    return pngFile(QStringLiteral(":/acrp/icons/raster/") + name);
}

// Qt's own PNG of its common style's images.
QImage qtImage(const QString& name)
{
    return pngFile(QStringLiteral(":/qt-project.org/styles/commonstyle/images/") + name);
}

class FusionStyle : public QProxyStyle
{
public:
    // The files QCommonStyle reads for these two in Qt 6; where a Qt has other files, Fusion's own
    // pixmap or icon is used.
    FusionStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("fusion")))
        , m_clearText(QPixmap::fromImage(qtImage(QStringLiteral("cleartext-16.png"))))
    {
        for (const int size : {8, 16, 32}) {
            const QImage image = qtImage(QStringLiteral("toolbar-ext-h-%1.png").arg(size));
            if (image.isNull()) {
                m_extension = QIcon();
                break;
            }
            m_extension.addPixmap(QPixmap::fromImage(image));
        }
    }

    QPixmap standardPixmap(StandardPixmap pixmap, const QStyleOption* option, const QWidget* widget) const override
    {
        if (pixmap == SP_LineEditClearButton && !m_clearText.isNull())
            return m_clearText;
        return QProxyStyle::standardPixmap(pixmap, option, widget);
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        if (icon == SP_ToolBarHorizontalExtensionButton && !m_extension.isNull())
            return m_extension;
        return QProxyStyle::standardIcon(icon, option, widget);
    }

private:
    QPixmap m_clearText;
    QIcon m_extension;
};

} // namespace

QPixmap logo(qreal devicePixelRatio)
{
    constexpr int kSize = 48;
    QImage image
        = png(devicePixelRatio > 1 ? QStringLiteral("acr-purchase-96.png") : QStringLiteral("acr-purchase-48.png"));
    const int device = qRound(kSize * devicePixelRatio);
    if (image.width() != device)
        image = image.scaled(device, device, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon sandbox()
{
    QIcon icon;
    for (const QString& name : {QStringLiteral("sandbox-16.png"), QStringLiteral("sandbox-32.png")})
        icon.addPixmap(QPixmap::fromImage(png(name)));
    return icon;
}

QIcon application()
{
    return QIcon(QStringLiteral(":/acrp/icons/acr-purchase.svg"));
}

void useFusionWithoutImagePlugins(QApplication& app)
{
    if (QApplication::style()->name() != u"fusion" || app.layoutDirection() != Qt::LeftToRight)
        return;
    QApplication::setStyle(new FusionStyle);
}

} // namespace acrp::ui::Icons
