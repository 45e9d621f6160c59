#include "ui/OrderPage.h"

#include "core/order/OrderFile.h"
#include "ui/OrderDraft.h"
#include "ui/OrderText.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

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

namespace {

// `text` with its last two words joined by a no-break space, so a wrapped message never ends with one
// word alone on its last line ("…48 or 60" / "months."). Only a space that ends a word is joined (not
// one quoted as a value: (not " ")); text without spaces (Chinese) is unchanged.
QString keepLastWordsTogether(QString text)
{
    const qsizetype at = text.lastIndexOf(u' ');
    if (at > 0 && at + 1 < text.size() && text.at(at - 1).isLetterOrNumber() && !text.at(at + 1).isSpace()
        && text.lastIndexOf(u' ', at - 1) > 0)
        text[at] = QChar::Nbsp;
    return text;
}

// The height of the line `input` sits on: its own, or that of the row of widgets it shares (a combo
// box with a button beside it), where it is centred.
int lineHeight(const QWidget* input)
{
    int height = input->sizeHint().height();
    if (const QWidget* parent = input->parentWidget()) {
        for (const QHBoxLayout* row : parent->findChildren<QHBoxLayout*>()) {
            if (row->indexOf(input) >= 0)
                height = std::max(height, row->sizeHint().height());
        }
    }
    return height;
}

} // namespace

QWidget* OrderPage::bind(OrderField field, QLabel* label, QWidget* input, QWidget* row)
{
    auto* message = new QLabel(this);
    message->setObjectName(orderFieldKey(field) + u"Message");
    message->setWordWrap(true);
    message->setVisible(false);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* cell = new QWidget(this);
    // As tall as what it holds: a form gives a cell that may grow part of its spare height, which
    // moved the rows apart (the spare height goes below the form instead: addForm()).
    cell->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(row ? row : input);
    box->addWidget(message);
    input->installEventFilter(this);
    m_bindings.append({field, input, label, message, false, true, QString()});
    return cell;
}

QFormLayout* OrderPage::addForm()
{
    auto* box = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    box->addLayout(form);
    box->addStretch();
    return form;
}

void OrderPage::addFieldRow(QFormLayout* form, OrderField field, const QString& labelText, QWidget* input, QWidget* row)
{
    auto* label = new QLabel(this);
    label->setBuddy(input);
    label->setObjectName(orderFieldKey(field) + u"Label");
    form->addRow(label, bind(field, label, input, row));
    setFieldLabel(field, labelText);
    updateMessages();
}

void OrderPage::addCheckRow(QFormLayout* form, OrderField field, QAbstractButton* check)
{
    form->addRow(bind(field, nullptr, check, nullptr));
    updateMessages();
}

void OrderPage::alignLabels()
{
    // QFormLayout gives a label the top of its row, up to 7/4 of its own height, and the label centres
    // its text in that: beside a taller cell (an input with a description, a list or a message under
    // it) the text sinks below the input's centre, the more so with a Chinese font's taller lines. A
    // label as tall as its input's line centres its text on the input.
    for (const QFormLayout* form : findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
            if (!label || !label->buddy())
                continue;
            label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
            label->setMaximumHeight(std::max(label->sizeHint().height(), lineHeight(label->buddy())));
        }
    }
}

void OrderPage::setFieldLabel(OrderField field, const QString& labelText)
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (binding.field != field || !binding.label)
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

void OrderPage::editedByUser(OrderField field, const OrderSpec& before)
{
    const QJsonObject was = OrderFile::orderToJson(before);
    const QJsonObject now = OrderFile::orderToJson(m_draft->order());
    for (Binding& binding : m_bindings) {
        const QString key = orderFieldKey(binding.field);
        if (binding.field == field) {
            binding.serviceProblem.clear();
        } else if (was.value(key) != now.value(key)) {
            // A value this edit reset (the renewal period when auto-renewal is turned off): not the
            // one the person worked on, so asked for again quietly when it is needed again.
            binding.serviceProblem.clear();
            binding.revealed = false;
        }
    }
    reveal(field);
    updateMessages();
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
    // Leaving a field counts as having worked on it.
    if (isLeavingField(event)) {
        for (Binding& binding : m_bindings) {
            if (binding.input == watched && !binding.revealed) {
                binding.revealed = true;
                updateMessages();
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

bool OrderPage::isLeavingField(const QEvent* event)
{
    if (event->type() != QEvent::FocusOut)
        return false;
    const Qt::FocusReason reason = static_cast<const QFocusEvent*>(event)->reason();
    return reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason;
}

void OrderPage::messageChanged()
{
    m_relayout = true;
    relayoutIfNeeded();
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
        // Last: on a page with a form (addForm()) below the page's spare height, above the wizard's
        // buttons. Not a row of the form: a form with a word-wrapped row across it hands its spare
        // height to the rows above, which moved them apart whenever the line came or went.
        layout()->addWidget(m_missing);
    }
    m_syncing = true;
    syncFromDraft();
    m_syncing = false;
    updateMessages();
    alignLabels();
}

void OrderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The draft's validation keeps its messages as data, so this words the shown ones in the new
        // language without validating again.
        updateMessages();
        alignLabels();
    } else if (event->type() == QEvent::PaletteChange) {
        updateMessages();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        alignLabels();
    }
    QWizardPage::changeEvent(event);
}

void OrderPage::showEvent(QShowEvent* event)
{
    alignLabels();
    QWizardPage::showEvent(event);
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
        const QString shown = keepLastWordsTogether(text);
        if (shown != binding.message->text() || text.isEmpty() != binding.message->isHidden()) {
            binding.message->setText(shown);
            binding.message->setVisible(!text.isEmpty());
            // The form keeps the cell's height for its width until the cell says it changed: a
            // message gone left its row that much taller, and the rows spread (Instance page).
            binding.message->parentWidget()->updateGeometry();
            m_relayout = true;
        }
        OrderText::setTone(binding.message, OrderText::Tone::Error);
        binding.input->setAccessibleDescription(text);
    }
    const bool complete = isComplete();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        emit completeChanged();
    }
    updateMissingLine();
}

void OrderPage::relayoutIfNeeded()
{
    // QFormLayout keeps the height it computed for its wrapping rows (the messages) from before a
    // message appeared: the page then got too little height, and the inputs above the messages were
    // squeezed (a line edit 15 px high). Forgetting it makes the form measure its rows again.
    if (!m_relayout)
        return;
    m_relayout = false;
    for (QFormLayout* form : findChildren<QFormLayout*>())
        form->invalidate();
}

QString OrderPage::missingText() const
{
    // A message shown under its field says it already: the line does not repeat it.
    const ValidationResult& validation = m_draft->validation();
    for (const Binding& binding : m_bindings) {
        if (!validation.isValid(binding.field) && !binding.revealed)
            return validation.message(binding.field);
    }
    return QString();
}

void OrderPage::updateMissingLine()
{
    const QString text = isComplete() ? QString() : missingText();
    const QString shown = keepLastWordsTogether(text);
    if (shown != m_missing->text() || text.isEmpty() != m_missing->isHidden()) {
        m_missing->setText(shown);
        m_missing->setVisible(!text.isEmpty());
        m_relayout = true;
    }
    relayoutIfNeeded();
}

} // namespace acrp::ui
