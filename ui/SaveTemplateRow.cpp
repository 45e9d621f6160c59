#include "ui/SaveTemplateRow.h"

#include "core/store/TemplateStore.h"
#include "ui/OrderText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acrp::ui {

SaveTemplateRow::SaveTemplateRow(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_label(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("templateNameLabel"));
    m_label->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setClearButtonEnabled(true);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setAutoDefault(false); // Enter in the field saves; it must not also press a dialog's default
    m_message->setObjectName(QStringLiteral("saveTemplateMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_name, 1);
    row->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &SaveTemplateRow::save);
    m_name->installEventFilter(this);
    // Checked as typed, like the order's fields: the message goes as soon as the name is fine.
    connect(m_name, &QLineEdit::textEdited, this, &SaveTemplateRow::showNameProblem);
    retranslate();
}

void SaveTemplateRow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_showsNameProblem)
            showNameProblem();
    } else if (event->type() == QEvent::PaletteChange && m_message->isVisible())
        showMessage(m_message, m_message->text(), m_message->property("problem").toBool());
    QWidget::changeEvent(event);
}

bool SaveTemplateRow::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the field saves, and goes no further: on the Review page it must not also press Buy.
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SaveTemplateRow::setTemplates(TemplateStore* templates)
{
    m_context.templates = templates;
    showMessage(m_message, QString(), false);
    retranslate();
}

void SaveTemplateRow::retranslate()
{
    m_label->setText(tr("Save as te&mplate:"));
    m_name->setAccessibleName(tr("Template name"));
    m_name->setPlaceholderText(tr("Template name"));
    m_save->setText(tr("Save &template"));
    if (!m_context.templates)
        showMessage(m_message, unavailableText(), true);
    m_name->setEnabled(m_context.templates != nullptr);
    m_save->setEnabled(m_context.templates != nullptr);
}

void SaveTemplateRow::showNameProblem()
{
    const QString problem = m_context.templates ? m_context.templates->nameProblem(m_name->text()) : QString();
    showMessage(m_message, problem, true);
    m_name->setAccessibleDescription(problem);
    m_showsNameProblem = !problem.isEmpty();
}

QString SaveTemplateRow::unavailableText()
{
    return tr("Templates are unavailable: the order journal could not be opened.");
}

void SaveTemplateRow::setOrder(const OrderSpec& order, const QString& suggestedName)
{
    m_order = order;
    m_name->setText(suggestedName.isEmpty() ? order.instanceName : suggestedName);
    m_name->setAccessibleDescription(QString());
    m_showsNameProblem = false;
    if (m_context.templates)
        showMessage(m_message, QString(), false);
}

bool SaveTemplateRow::save()
{
    if (!m_context.templates) {
        showMessage(m_message, unavailableText(), true);
        return false;
    }
    const QString name = m_name->text().trimmed();
    QString error = m_context.templates->nameProblem(name);
    const bool nameRefused = !error.isEmpty();
    qint64 id = 0;
    if (!nameRefused)
        id = m_context.templates->add(name, m_order, &error);
    m_showsNameProblem = !id && nameRefused;
    if (!id) {
        showMessage(m_message, error, true);
        m_name->setAccessibleDescription(error);
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showMessage(m_message, tr("Saved as template “%1”.").arg(name), false);
    m_name->setAccessibleDescription(QString());
    emit saved(id, name);
    return true;
}

void SaveTemplateRow::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void SaveTemplateRow::showMessage(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setProperty("problem", problem);
    OrderText::setTone(label, problem ? OrderText::Tone::Error : OrderText::Tone::Normal);
    label->setVisible(!text.isEmpty());
}

} // namespace acrp::ui
