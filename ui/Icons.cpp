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

constexpr QStringView kRaster = u":/acrp/icons/raster/"; // the program's PNGs
constexpr QStringView kQtImages = u":/qt-project.org/styles/commonstyle/images/"; // Qt's common style's

// One icon in every size of `files`, each read as PNG; none if one of them cannot be read.
QIcon pngIcon(QStringView folder, const QStringList& files)
{
    QIcon icon;
    for (const QString& file : files) {
        const QImage image = pngFile(folder + file);
        if (image.isNull())
            return QIcon();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

class FusionStyle : public QProxyStyle
{
public:
    // The files QCommonStyle reads for these two in Qt 6; where a Qt has other files, Fusion's own
    // pixmap or icon is used.
    FusionStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("fusion")))
        , m_clearText(QPixmap::fromImage(pngFile(kQtImages + QStringLiteral("cleartext-16.png"))))
        , m_extension(pngIcon(kQtImages,
                              {QStringLiteral("toolbar-ext-h-8.png"), QStringLiteral("toolbar-ext-h-16.png"),
                               QStringLiteral("toolbar-ext-h-32.png")}))
    { }

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
    QImage image = pngFile(
        kRaster
        + (devicePixelRatio > 1 ? QStringLiteral("acr-purchase-96.png") : QStringLiteral("acr-purchase-48.png")));
    const int device = qRound(kSize * devicePixelRatio);
    if (image.width() != device)
        image = image.scaled(device, device, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon sandbox()
{
    return pngIcon(kRaster, {QStringLiteral("sandbox-16.png"), QStringLiteral("sandbox-32.png")});
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
