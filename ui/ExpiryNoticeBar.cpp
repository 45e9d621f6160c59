#include "ui/ExpiryNoticeBar.h"

#include "ui/OrderText.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

constexpr auto kDaysKey = "expiry/noticeDays";
constexpr auto kDesktopKey = "expiry/desktopNotifications";

} // namespace

ExpiryNoticeBar::ExpiryNoticeBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("expiryNoticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("expiryNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_show->setObjectName(QStringLiteral("expiryShowInstancesButton"));
    m_dismiss->setObjectName(QStringLiteral("expiryDismissButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_show, &QPushButton::clicked, this, &ExpiryNoticeBar::showInstancesRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        for (const Item& item : m_items)
            m_dismissed.insert(itemKey(item));
        hide();
    });
    retranslate();
    hide();
}

int ExpiryNoticeBar::noticeDays()
{
    const int days = QSettings().value(QLatin1String(kDaysKey), Expiry::kDefaultSoonDays).toInt();
    return days > 0 ? days : Expiry::kDefaultSoonDays;
}

void ExpiryNoticeBar::setNoticeDays(int days)
{
    QSettings().setValue(QLatin1String(kDaysKey), days);
}

const QList<int>& ExpiryNoticeBar::noticeDayChoices()
{
    static const QList<int> choices = {1, 7, 15, 30, 60};
    return choices;
}

bool ExpiryNoticeBar::desktopNotifications()
{
    return QSettings().value(QLatin1String(kDesktopKey), false).toBool();
}

void ExpiryNoticeBar::setDesktopNotifications(bool on)
{
    QSettings().setValue(QLatin1String(kDesktopKey), on);
}

QString ExpiryNoticeBar::itemKey(const Item& item)
{
    return item.row.instance.instanceId + u'/' + Expiry::levelId(item.row.expiry.level);
}

QList<ExpiryNoticeBar::Item> ExpiryNoticeBar::setItems(const QList<Item>& items)
{
    // The urgent ones (expired, released soon) first, then by end.
    m_items = items;
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
        if (a.row.expiry.isUrgent() != b.row.expiry.isUrgent())
            return a.row.expiry.isUrgent();
        return a.row.expiry.endTime < b.row.expiry.endTime;
    });
    QList<Item> fresh;
    bool undismissed = false;
    for (const Item& item : m_items) {
        const QString key = itemKey(item);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            fresh.append(item);
        }
        undismissed = undismissed || !m_dismissed.contains(key);
    }
    showText();
    setVisible(undismissed);
    return fresh;
}

QString ExpiryNoticeBar::title(const QList<Item>& items)
{
    const bool urgent
        = std::any_of(items.begin(), items.end(), [](const Item& item) { return item.row.expiry.isUrgent(); });
    return urgent ? tr("%n ACR instance(s) expired or about to expire", nullptr, int(items.size()))
                  : tr("%n ACR instance(s) about to expire", nullptr, int(items.size()));
}

QString ExpiryNoticeBar::plainText(const QList<Item>& items)
{
    QStringList lines;
    for (const Item& item : items) {
        const AccountInstance& instance = item.row.instance;
        const QString name
            = instance.name.isEmpty() ? instance.instanceId : tr("%1 (%2)").arg(instance.name, instance.instanceId);
        lines << tr("%1, %2: %3").arg(name, item.account, item.row.expiry.notice());
    }
    return lines.join(u'\n');
}

void ExpiryNoticeBar::showText()
{
    const bool urgent
        = std::any_of(m_items.begin(), m_items.end(), [](const Item& item) { return item.row.expiry.isUrgent(); });
    OrderText::setBanner(this, urgent ? OrderText::Tone::Error : OrderText::Tone::Warning);
    QString html = u"<b>" + title(m_items).toHtmlEscaped() + u"</b>";
    for (const Item& item : m_items) {
        const AccountInstance& instance = item.row.instance;
        const QString name
            = instance.name.isEmpty() ? instance.instanceId : tr("%1 (%2)").arg(instance.name, instance.instanceId);
        html += u"<br>" + tr("%1, %2: %3").arg(name, item.account, item.row.expiry.notice()).toHtmlEscaped();
    }
    m_text->setText(html);
}

void ExpiryNoticeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ExpiryNoticeBar::retranslate()
{
    m_show->setText(tr("Show &instances"));
    m_dismiss->setText(tr("Dis&miss"));
    m_text->setAccessibleName(tr("Expiry notice"));
    showText();
}

} // namespace acrp::ui
