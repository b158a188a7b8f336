// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_field_form.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace closeloop {

CaseFieldForm::CaseFieldForm(QWidget* parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

QLabel* CaseFieldForm::makeValueLabel(QWidget* parent, Value kind)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // A long unbroken token (a hash, a purl) must not widen the view: it may be
    // cut at the edge, but it stays whole for selection and copy.
    label->setMinimumWidth(1);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (kind == Value::Text) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    } else {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    if (kind == Value::Monospace)
        label->setFont(monospaceFont());
    return label;
}

QFont CaseFieldForm::monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QLabel* CaseFieldForm::makeMutedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setMinimumWidth(1);
    // From the palette, so it is readable in light and dark themes alike.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* CaseFieldForm::makeKeyLabel()
{
    QLabel* key = makeMutedLabel(this);
    key->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (m_keyWidth > 0)
        key->setFixedWidth(m_keyWidth);
    return key;
}

int CaseFieldForm::addRow(const QString& objectName, Value kind)
{
    Row row;
    row.key = makeKeyLabel();
    row.value = makeValueLabel(this, kind);
    row.value->setObjectName(objectName);
    row.field = row.value;
    m_form->addRow(row.key, row.field);
    m_rows.push_back(row);
    return int(m_rows.size()) - 1;
}

int CaseFieldForm::addWidgetRow(QWidget* field)
{
    Row row;
    row.key = makeKeyLabel();
    row.field = field;
    field->setParent(this);
    m_form->addRow(row.key, field);
    m_rows.push_back(row);
    return int(m_rows.size()) - 1;
}

void CaseFieldForm::setKey(int row, const QString& key)
{
    m_rows[std::size_t(row)].key->setText(key);
}

void CaseFieldForm::setValue(int row, const QString& text)
{
    Row& r = m_rows[std::size_t(row)];
    if (r.value && r.value->text() != text)
        r.value->setText(text);
    setRowVisible(row, !text.isEmpty());
}

void CaseFieldForm::setRowVisible(int row, bool visible)
{
    Row& r = m_rows[std::size_t(row)];
    if (r.visible == visible)
        return;
    r.visible = visible;
    m_form->setRowVisible(row, visible);
}

QLabel* CaseFieldForm::valueLabel(int row) const
{
    return m_rows[std::size_t(row)].value;
}

QLabel* CaseFieldForm::keyLabel(int row) const
{
    return m_rows[std::size_t(row)].key;
}

void CaseFieldForm::setPairs(const std::vector<std::pair<QString, QString>>& pairs, Value kind)
{
    while (m_rows.size() < pairs.size())
        addRow(QString(), kind);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (i < pairs.size()) {
            m_rows[i].key->setText(pairs[i].first);
            m_rows[i].value->setText(pairs[i].second.isEmpty() ? QStringLiteral("\u2014") : pairs[i].second);
            setRowVisible(int(i), true);
        } else {
            setRowVisible(int(i), false);
        }
    }
}

int CaseFieldForm::visibleRowCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.visible; }));
}

int CaseFieldForm::keyWidthHint() const
{
    int w = 0;
    for (const Row& r : m_rows)
        w = std::max(w, r.key->fontMetrics().horizontalAdvance(r.key->text()));
    return w;
}

void CaseFieldForm::setKeyWidth(int width)
{
    m_keyWidth = width;
    for (const Row& r : m_rows)
        r.key->setFixedWidth(width);
}

} // namespace closeloop
