#include "Icons.h"

#include <QImageReader>

namespace acrp::ui::Icons {

namespace {

// A PNG of the resources, read by Qt's own PNG reader and no plugin.
QImage png(const QString& name)
{
    QImageReader reader(QStringLiteral(":/acrp/icons/raster/") + name, "png");
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

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

} // namespace acrp::ui::Icons
