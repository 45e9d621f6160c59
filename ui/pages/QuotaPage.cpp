#include "ui/pages/QuotaPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QValidator>
#include <algorithm>
#include <limits>
#include <optional>

namespace acrp::ui {

namespace {
constexpr auto kNormalMinimum = "acrpNormalMinimum";
constexpr auto kNormalMaximum = "acrpNormalMaximum";

// The value `steps` valid values away from `value` under `rule` (the valid ones are min + k·step up
// to max), or nothing when there is none that way. From a value that is not valid itself (typed, or
// loaded from a hand-edited template) the first step goes to the nearest valid value that way: up
// from 1500 in steps of 1000 is 2000, down is 1000.
std::optional<int> steppedQuota(const QuotaRule& rule, int value, int steps)
{
    if (steps == 0 || rule.step < 1 || rule.max < rule.min)
        return std::nullopt;
    const qint64 min = rule.min;
    const qint64 step = rule.step;
    const qint64 last = min + (rule.max - min) / step * step; // the largest valid value
    const qint64 from = value;
    qint64 to = 0;
    if (steps > 0) {
        if (from >= last)
            return std::nullopt;
        to = from < min ? min : min + ((from - min) / step + 1) * step;
        to = std::min(last, to + (steps - 1) * step);
    } else {
        if (from <= min)
            return std::nullopt;
        to = from > last ? last : min + (from - min - 1) / step * step;
        to = std::max(min, to + (steps + 1) * step);
    }
    return int(to);
}

// A quota's spin box: the arrows, Page Up/Down and the wheel move between the rule's valid values,
// so stepping never makes a value the validator refuses; typing stays free (the field's message
// says what is wrong with a typed value).
class QuotaSpinBox : public QSpinBox
{
public:
    // `widest`: the largest number of any quota beside this one, so the boxes make one column.
    QuotaSpinBox(const QuotaRule& rule, int widest, QWidget* parent)
        : QSpinBox(parent)
        , m_rule(rule)
        , m_widest(widest)
    { }

    void stepBy(int steps) override
    {
        const std::optional<int> target = steppedQuota(m_rule, value(), steps);
        if (!target)
            return;
        setValue(*target);
        if (style()->styleHint(QStyle::SH_SpinBox_SelectOnStep, nullptr, this))
            selectAll();
    }

    // Wide enough for the quotas' numbers, not for the whole range (which has room for any typed number).
    QSize sizeHint() const override
    {
        ensurePolished();
        const QFontMetrics metrics = fontMetrics();
        int width = 0;
        for (const int value : {m_rule.min, m_rule.max, m_widest})
            width = std::max(width, metrics.horizontalAdvance(prefix() + textFromValue(value) + suffix() + u' '));
        width += 2; // the blinking cursor, as QAbstractSpinBox counts it
        QStyleOptionSpinBox option;
        initStyleOption(&option);
        return style()->sizeFromContents(QStyle::CT_SpinBox, &option, QSize(width, lineEdit()->sizeHint().height()),
                                         this);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    // Shows what is typed with the digits grouped at once ("15000" reads "15,000"), keeping the cursor
    // after the same digits: QSpinBox would regroup the text itself and leave the cursor where it was,
    // so the next digit would land before the last one (typing 12345 would give 12,354).
    QValidator::State validate(QString& input, int& pos) const override
    {
        const QValidator::State state = QSpinBox::validate(input, pos);
        if (state != QValidator::Acceptable || !isGroupSeparatorShown())
            return state;
        const QString grouped = textFromValue(valueFromText(input));
        if (grouped == input)
            return state;
        const QString separator = locale().groupSeparator();
        if (separator.isEmpty())
            return state;
        const qsizetype digitsBefore = input.left(pos).remove(separator).size();
        qsizetype at = 0;
        for (qsizetype digits = 0; at < grouped.size() && digits < digitsBefore; ++at) {
            if (!QStringView(grouped).mid(at).startsWith(separator))
                ++digits;
            else
                at += separator.size() - 1;
        }
        input = grouped;
        pos = int(at);
        return state;
    }

    StepEnabled stepEnabled() const override
    {
        if (isReadOnly())
            return StepNone;
        StepEnabled enabled = StepNone;
        if (steppedQuota(m_rule, value(), 1))
            enabled |= StepUpEnabled;
        if (steppedQuota(m_rule, value(), -1))
            enabled |= StepDownEnabled;
        return enabled;
    }

private:
    QuotaRule m_rule;
    int m_widest;
};

} // namespace

QuotaPage::QuotaPage(OrderDraft* draft, QWidget* parent)
    : OrderPage(draft, parent)
{
    const Catalog& catalog = draft->catalog();
    const int widest = std::max({catalog.namespaceQuota().max, catalog.repositoryQuota().max, catalog.vpcQuota().max});
    auto* form = addForm();
    // Label texts are set by retranslate().
    m_namespaces = addQuota(form, OrderField::ExtraNamespaces, QStringLiteral("namespacesSpin"),
                            catalog.namespaceQuota(), widest, &OrderSpec::extraNamespaces);
    m_repositories = addQuota(form, OrderField::ExtraRepositories, QStringLiteral("repositoriesSpin"),
                              catalog.repositoryQuota(), widest, &OrderSpec::extraRepositories);
    m_vpc = addQuota(form, OrderField::VpcQuota, QStringLiteral("vpcSpin"), catalog.vpcQuota(), widest,
                     &OrderSpec::vpcQuota);
    retranslate();
    refresh();
}

QSpinBox* QuotaPage::addQuota(QFormLayout* form, OrderField field, const QString& objectName, QuotaRule rule,
                              int widest, int OrderSpec::*member)
{
    auto* spin = new QuotaSpinBox(rule, widest, this);
    spin->setObjectName(objectName);
    // The range is wider than the rule so an off-limit value typed by the user is shown with the
    // validator's message instead of being silently clamped or refused.
    spin->setRange(rule.min, std::numeric_limits<int>::max());
    spin->setProperty(kNormalMinimum, spin->minimum());
    spin->setProperty(kNormalMaximum, spin->maximum());
    spin->setSingleStep(rule.step);
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(true);
    // As wide as the largest number, not stretched across the window: the rest of the row stays empty.
    spin->setSizePolicy(QSizePolicy::Fixed, spin->sizePolicy().verticalPolicy());
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(spin);
    rowLayout->addStretch(1);
    addFieldRow(form, field, QString(), spin, row); // the label's text is set by retranslate()
    connect(spin, &QSpinBox::valueChanged, this,
            [this, field, member](int value) { userEdit(field, [&](OrderSpec& order) { order.*member = value; }); });
    return spin;
}

void QuotaPage::retranslate()
{
    setTitle(tr("Quotas"));
    setSubTitle(tr("Capacity bought on top of what the edition includes. Leave 0 to buy none."));
    // Alt+N belongs to the wizard's Next button.
    setFieldLabel(OrderField::ExtraNamespaces, tr("Extra na&mespaces:"));
    setFieldLabel(OrderField::ExtraRepositories, tr("Extra &repositories:"));
    setFieldLabel(OrderField::VpcQuota, tr("&VPC access-control quota:"));
}

namespace {

// Shows a loaded value even outside the spin box's usual range (a hand-edited template): clamping it
// would show a number the order does not hold, next to a message quoting the real one. The range
// returns to normal once the value is back inside it.
void showValue(QSpinBox* spin, int value)
{
    const int low = spin->property(kNormalMinimum).toInt();
    const int high = spin->property(kNormalMaximum).toInt();
    spin->setRange(std::min(low, value), std::max(high, value));
    spin->setValue(value);
}

} // namespace

void QuotaPage::syncFromDraft()
{
    const OrderSpec& order = draft()->order();
    showValue(m_namespaces, order.extraNamespaces);
    showValue(m_repositories, order.extraRepositories);
    showValue(m_vpc, order.vpcQuota);
}

} // namespace acrp::ui
