#pragma once

#include "core/app/AccountService.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QPushButton;

namespace acrp::ui {

// The main window's inline notice of instances about to stop serving: those with manual renewal
// that end within the days chosen in Settings (15 by default), and those ended less than 7 days ago
// (urgent: they are released then). One sentence each (Expiry::notice()), with "Show instances"
// and "Dismiss". No pop-up.
class ExpiryNoticeBar : public QFrame
{
    Q_OBJECT

public:
    // One instance to warn about and the account it belongs to, in words.
    struct Item
    {
        QString account;
        InstanceRow row;
    };

    explicit ExpiryNoticeBar(QWidget* parent = nullptr);

    // Settings → Expiry warnings, remembered (QSettings): how many days ahead, and whether a desktop
    // notification is shown too.
    static int noticeDays();
    static void setNoticeDays(int days);
    static const QList<int>& noticeDayChoices();
    static bool desktopNotifications();
    static void setDesktopNotifications(bool on);

    // Shows `items` (hidden when there are none, or when all were dismissed as they are). Returns the
    // items not shown before in this run (what a desktop notification tells).
    QList<Item> setItems(const QList<Item>& items);
    const QList<Item>& items() const { return m_items; }
    // The notice's sentences as plain text, one line per instance (the desktop notification's text).
    static QString plainText(const QList<Item>& items);
    static QString title(const QList<Item>& items);

signals:
    void showInstancesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showText();
    static QString itemKey(const Item& item);

    QLabel* m_text;
    QPushButton* m_show;
    QPushButton* m_dismiss;
    QList<Item> m_items;
    QSet<QString> m_seen; // instance and level told of in this run
    QSet<QString> m_dismissed; // instance and level dismissed: not shown again as they are
};

} // namespace acrp::ui
