#include "ui/OrderPage.h"

#include "ui/OrderDraft.h"
#include "ui/OrderText.h"

#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace acrp::ui {

OrderPage::OrderPage(OrderDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_missing(new QLabel(this))
{
    m_missing->setObjectName(QStringLiteral("missingLine"));
    m_missing->setWordWrap(true);
    m_missing->setVisible(false);
    // Pages with more conditions than their fields (the Account page's profile) say so with
    // completeChanged(); the fields' own changes come through updateMessages().
    connect(this, &QWizardPage::completeChanged, this, &OrderPage::updateMissingLine);
    connect(m_draft, &OrderDraft::changed, this, &OrderPage::onDraftChanged);
    connect(m_draft, &OrderDraft::loaded, this, &OrderPage::forgetServiceProblems);
    connect(m_draft, &OrderDraft::loaded, this, &OrderPage::revealAll);
    connect(m_draft, &OrderDraft::startedOver, this, [this] {
        for (Binding& binding : m_bindings)
            binding.revealed = false;
        updateMessages();
    });
}

void OrderPage::addFieldRow(QFormLayout* form, OrderField field, const QString& labelText, QWidget* input, QWidget* row)
{
    auto* label = new QLabel(this);
    label->setBuddy(input);
    label->setObjectName(orderFieldKey(field) + u"Label");
    auto* message = new QLabel(this);
    message->setObjectName(orderFieldKey(field) + u"Message");
    message->setWordWrap(true);
    message->setVisible(false);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* cell = new QWidget(this);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(row ? row : input);
    box->addWidget(message);
    form->addRow(label, cell);
    input->installEventFilter(this);
    m_bindings.append({field, input, label, message, false, true, QString()});
    setFieldLabel(field, labelText);
    updateMessages();
}

void OrderPage::setFieldLabel(OrderField field, const QString& labelText)
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (binding.field != field)
            continue;
        binding.label->setText(labelText);
        // A screen reader says the name without the mnemonic marker (also the "(&N)" form Chinese labels
        // use) and without the label's colon.
        QString name = labelText;
        if (const qsizetype at = name.indexOf(u"(&"); at >= 0 && at + 3 < name.size() && name.at(at + 3) == u')')
            name.remove(at, 4);
        name = name.remove(u'&').trimmed();
        if (name.endsWith(u':') || name.endsWith(u'\uff1a'))
            name.chop(1);
        binding.input->setAccessibleName(name);
    }
}

QWidget* OrderPage::inputFor(OrderField field) const
{
    for (const Binding& binding : m_bindings) {
        if (binding.field == field)
            return binding.input;
    }
    return nullptr;
}

void OrderPage::showServiceProblem(OrderField field, const QString& text)
{
    for (Binding& binding : m_bindings) {
        if (binding.field == field)
            binding.serviceProblem = text;
    }
    updateMessages();
}

void OrderPage::forgetServiceProblem(OrderField field)
{
    for (Binding& binding : m_bindings) {
        if (binding.field == field)
            binding.serviceProblem.clear();
    }
}

void OrderPage::forgetServiceProblems()
{
    for (Binding& binding : m_bindings)
        binding.serviceProblem.clear();
}

bool OrderPage::isComplete() const
{
    const ValidationResult& validation = m_draft->validation();
    for (const Binding& binding : m_bindings) {
        if (!validation.isValid(binding.field))
            return false;
    }
    return true;
}

bool OrderPage::validatePage()
{
    revealAll();
    const ValidationResult& validation = m_draft->validation();
    for (const Binding& binding : m_bindings) {
        if (!validation.isValid(binding.field)) {
            binding.input->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

bool OrderPage::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving a field (Tab, a click elsewhere) counts as having worked on it; switching to another
    // window or opening a popup (a context menu to paste, a combo box list) does not.
    const auto isLeaving = [](QEvent* e) {
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(e)->reason();
        return reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason;
    };
    if (event->type() == QEvent::FocusOut && isLeaving(event)) {
        for (Binding& binding : m_bindings) {
            if (binding.input == watched && !binding.revealed) {
                binding.revealed = true;
                updateMessages();
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void OrderPage::reveal(OrderField field)
{
    for (Binding& binding : m_bindings) {
        if (binding.field == field)
            binding.revealed = true;
    }
}

void OrderPage::revealField(OrderField field)
{
    reveal(field);
    updateMessages();
}

void OrderPage::revealAll()
{
    for (Binding& binding : m_bindings)
        binding.revealed = true;
    updateMessages();
}

void OrderPage::initializePage()
{
    refresh();
}

void OrderPage::refresh()
{
    // Pages call this at the end of their constructor, after their own rows: the line goes last.
    if (m_missing->parentWidget() == this && layout() && layout()->indexOf(m_missing) < 0) {
        if (auto* form = qobject_cast<QFormLayout*>(layout()))
            form->addRow(m_missing);
        else
            layout()->addWidget(m_missing);
    }
    m_syncing = true;
    syncFromDraft();
    m_syncing = false;
    updateMessages();
}

void OrderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The draft's validation keeps its messages as data, so this words the shown ones in the new
        // language without validating again.
        updateMessages();
    } else if (event->type() == QEvent::PaletteChange) {
        updateMessages();
    }
    QWizardPage::changeEvent(event);
}

void OrderPage::onDraftChanged()
{
    // A change made elsewhere (another page, e.g. the site on the Account page) that breaks a field of
    // this page shows its message: otherwise the page would just refuse Next without saying why.
    if (!m_editing) {
        const ValidationResult& validation = m_draft->validation();
        for (Binding& binding : m_bindings) {
            if (binding.wasValid && !validation.isValid(binding.field))
                binding.revealed = true;
        }
    }
    if (!m_syncing) {
        m_syncing = true;
        syncFromDraft();
        m_syncing = false;
    }
    updateMessages();
}

void OrderPage::updateMessages()
{
    const ValidationResult& validation = m_draft->validation();
    for (Binding& binding : m_bindings) {
        binding.wasValid = validation.isValid(binding.field);
        // The local rule's message comes first: a field the service refused may since have been broken
        // from elsewhere (a loaded order clears the service's reason anyway).
        QString text = binding.revealed ? validation.message(binding.field) : QString();
        if (text.isEmpty())
            text = binding.serviceProblem;
        binding.message->setText(text);
        OrderText::setTone(binding.message, OrderText::Tone::Error);
        binding.message->setVisible(!text.isEmpty());
        binding.input->setAccessibleDescription(text);
    }
    const bool complete = isComplete();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        emit completeChanged();
    }
    updateMissingLine();
}

QString OrderPage::missingText() const
{
    const ValidationResult& validation = m_draft->validation();
    for (const Binding& binding : m_bindings) {
        if (!validation.isValid(binding.field))
            return validation.message(binding.field);
    }
    return QString();
}

void OrderPage::updateMissingLine()
{
    const QString text = isComplete() ? QString() : missingText();
    m_missing->setText(text);
    m_missing->setVisible(!text.isEmpty());
}

} // namespace acrp::ui
