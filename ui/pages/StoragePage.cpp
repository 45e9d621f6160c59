#include "ui/pages/StoragePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace acrp::ui {

StoragePage::StoragePage(OrderDraft* draft, QWidget* parent)
    : OrderPage(draft, parent)
    , m_defaultBucket(new QCheckBox(this))
    , m_customBucket(new QLineEdit(this))
    , m_scanner(new QComboBox(this))
{
    m_defaultBucket->setObjectName(QStringLiteral("defaultBucketCheck"));
    m_customBucket->setObjectName(QStringLiteral("customBucketEdit"));
    m_customBucket->setMaxLength(128);
    m_scanner->setObjectName(QStringLiteral("scannerCombo"));

    // Label texts are set by retranslate().
    auto* form = addForm();
    addCheckRow(form, OrderField::DefaultBucket, m_defaultBucket);
    addFieldRow(form, OrderField::CustomBucket, QString(), m_customBucket);
    addFieldRow(form, OrderField::ImageScanner, QString(), m_scanner);

    connect(m_defaultBucket, &QCheckBox::toggled, this, [this](bool on) {
        m_customBucket->setEnabled(!on);
        // A custom name is only sent without the default bucket; switching back clears it, so the
        // order never carries a bucket the user no longer sees. Unticking touches the choice, not the
        // name: "Enter the name…" waits until the person typed or left the name, or pressed Next.
        userEdit(OrderField::DefaultBucket, [&](OrderSpec& order) {
            order.defaultBucket = on;
            if (on)
                order.customBucket.clear();
        });
        if (!on)
            m_customBucket->setFocus();
    });
    connect(m_customBucket, &QLineEdit::textEdited, this, [this](const QString& text) {
        userEdit(OrderField::CustomBucket, [&](OrderSpec& order) { order.customBucket = text; });
    });
    connect(m_scanner, &QComboBox::currentIndexChanged, this, [this] {
        const QString scanner = m_scanner->currentData().toString();
        userEdit(OrderField::ImageScanner, [&](OrderSpec& order) { order.imageScanner = scanner; });
    });
    retranslate();
    refresh();
}

void StoragePage::retranslate()
{
    setTitle(tr("Storage and security"));
    setSubTitle(tr("Where the images are stored and which engine scans them for vulnerabilities."));
    // Alt+B and Alt+N belong to the wizard's Back and Next buttons.
    m_defaultBucket->setText(tr("Use the default OSS b&ucket created for the instance"));
    setFieldLabel(OrderField::CustomBucket, tr("&Custom OSS bucket:"));
    setFieldLabel(OrderField::ImageScanner, tr("&Image scanner:"));
    m_customBucket->setPlaceholderText(tr("an existing bucket in the same region, e.g. my-registry-images"));
    fillScanners();
}

void StoragePage::fillScanners()
{
    const QSignalBlocker blocker(m_scanner);
    m_scanner->clear();
    for (const ScannerInfo& scanner : draft()->catalog().scanners())
        m_scanner->addItem(scanner.name.forLocale(QLocale().name()), scanner.id);
    m_scanner->setCurrentIndex(m_scanner->findData(draft()->order().imageScanner));
}

void StoragePage::selectScanner()
{
    // Only selects: the combo may be the one whose signal caused this sync, so it is not rebuilt here.
    const int index = m_scanner->findData(draft()->order().imageScanner);
    if (m_scanner->currentIndex() != index) {
        const QSignalBlocker blocker(m_scanner);
        m_scanner->setCurrentIndex(index);
    }
}

void StoragePage::syncFromDraft()
{
    const OrderSpec& order = draft()->order();
    m_defaultBucket->setChecked(order.defaultBucket);
    m_customBucket->setEnabled(!order.defaultBucket || !order.customBucket.isEmpty());
    if (m_customBucket->text() != order.customBucket)
        m_customBucket->setText(order.customBucket);
    selectScanner();
}

} // namespace acrp::ui
