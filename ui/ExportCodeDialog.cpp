#include "ui/ExportCodeDialog.h"

#include "ui/SaveTemplateRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

std::function<QString(const QString&)>& fileChooser()
{
    static std::function<QString(const QString&)> chooser;
    return chooser;
}

} // namespace

ExportCodeDialog::ExportCodeDialog(Source source, const QString& baseName, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_write(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("exportCodeDialog"));
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_write->setObjectName(QStringLiteral("exportWriteButton"));
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_formatLabel->setBuddy(m_format);
    m_pathLabel->setBuddy(m_path);
    m_format->addItem(QString(), int(InfraFormat::Terraform));
    m_format->addItem(QString(), int(InfraFormat::Ros));
    m_browse->setAutoDefault(false);
    m_write->setDefault(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    const QString name = baseName.isEmpty() ? QStringLiteral("registry") : baseName;
    m_path->setText(QDir::toNativeSeparators(QDir::home().filePath(name + QStringLiteral(".tf"))));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_pathLabel, pathRow);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_write);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setTabOrder(m_format, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_write);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { formatChanged(); });
    connect(m_path, &QLineEdit::textEdited, m_message, &QLabel::hide);
    connect(m_browse, &QPushButton::clicked, this, [this] { browse(); });
    connect(m_write, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ExportCodeDialog* ExportCodeDialog::openFor(QWidget* parent, Source source, const QString& baseName)
{
    auto* dialog = new ExportCodeDialog(std::move(source), baseName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->m_format->setFocus();
    return dialog;
}

void ExportCodeDialog::setFileChooser(std::function<QString(const QString&)> chooser)
{
    fileChooser() = std::move(chooser);
}

InfraFormat ExportCodeDialog::format() const
{
    return InfraFormat(m_format->currentData().toInt());
}

bool ExportCodeDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Name the file to write."), true);
        m_path->setFocus();
        return false;
    }
    InfraExportResult result = m_source(format());
    InfraExportService::writeTo(result, QDir::fromNativeSeparators(path));
    if (!result.ok()) {
        QString text = result.message;
        for (OrderField field : result.validation.invalidFields())
            text += u'\n' + result.validation.message(field);
        showMessage(text, true);
        return false;
    }
    QString text = format() == InfraFormat::Terraform ? tr("Terraform configuration written to %1.").arg(path)
                                                      : tr("ROS template written to %1.").arg(path);
    if (result.input.isBought())
        text += u' '
            + (format() == InfraFormat::Terraform
                   ? tr("Its import block adopts %1, bought already: terraform plan shows “1 to import, 0 to add”.")
                         .arg(result.input.instanceId)
                   : tr("%1 was bought already: create the stack from existing resources to adopt it.")
                         .arg(result.input.instanceId));
    showMessage(text, false);
    emit exported(path);
    return true;
}

void ExportCodeDialog::formatChanged()
{
    // The suffix follows the format while the file still has the other format's suffix.
    const QString wanted = u'.' + infraFormatSuffix(format());
    const QString other
        = u'.' + infraFormatSuffix(format() == InfraFormat::Terraform ? InfraFormat::Ros : InfraFormat::Terraform);
    QString path = m_path->text();
    if (path.endsWith(other)) {
        path.chop(other.size());
        m_path->setText(path + wanted);
    }
    m_message->hide();
}

void ExportCodeDialog::browse()
{
    const QString suggested = m_path->text();
    const auto take = [this](const QString& chosen) {
        if (!chosen.isEmpty()) {
            m_path->setText(QDir::toNativeSeparators(chosen));
            m_message->hide();
        }
        m_path->setFocus();
    };
    if (fileChooser()) {
        take(fileChooser()(suggested));
        return;
    }
    // Opened, not exec()'d: no nested event loop, so nothing waits on the chooser.
    auto* chooser = new QFileDialog(this, tr("Export as code"), suggested,
                                    format() == InfraFormat::Terraform ? tr("Terraform files (*.tf)")
                                                                       : tr("ROS templates (*.json)"));
    chooser->setObjectName(QStringLiteral("exportFileChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, take);
    chooser->open();
}

void ExportCodeDialog::showMessage(const QString& text, bool problem)
{
    SaveTemplateRow::showMessage(m_message, text, problem);
    // A message of several wrapped lines makes the dialog taller rather than running under Close.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ExportCodeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportCodeDialog::retranslate()
{
    setWindowTitle(tr("Export as code"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("Terraform (alicloud provider)"));
    m_format->setItemText(1, tr("ROS template (JSON)"));
    m_format->setAccessibleName(tr("Format"));
    m_pathLabel->setText(tr("F&ile:"));
    m_path->setAccessibleName(tr("File to write"));
    m_browse->setText(tr("&Browse…"));
    m_write->setText(tr("&Export"));
    m_write->setToolTip(tr("Write the file. No credentials are written."));
}

} // namespace acrp::ui
