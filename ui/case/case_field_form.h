// SPDX-License-Identifier: GPL-3.0-or-later
// Label/value rows for a case panel. Keys are muted, values are plain,
// wrapping, selectable text; a row with no value hides itself, so a sparse
// finding shows a short panel rather than a column of dashes. Rows are made
// once and refilled, which keeps opening a case cheap.
#pragma once

#include <QWidget>

#include <utility>
#include <vector>

class QFormLayout;
class QLabel;

namespace closeloop {

class CaseFieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFieldForm(QWidget* parent = nullptr);

    enum class Value { Text, Copyable, Monospace };
    // A row with a value label; returns its index.
    int addRow(const QString& objectName, Value kind = Value::Text);
    // A row whose field is a widget of the caller's; it shows or hides with setRowVisible.
    int addWidgetRow(QWidget* field);
    void setKey(int row, const QString& key);
    // Empty text hides the row.
    void setValue(int row, const QString& text);
    void setRowVisible(int row, bool visible);
    QLabel* valueLabel(int row) const;
    QLabel* keyLabel(int row) const;

    // Replaces every row by these name/value pairs (fingerprint inputs); the
    // labels are reused between calls.
    void setPairs(const std::vector<std::pair<QString, QString>>& pairs, Value kind = Value::Copyable);
    int visibleRowCount() const;

    // The widest key this form wants, so a view can line up all its forms.
    int keyWidthHint() const;
    void setKeyWidth(int width);

    // Every value label is built here, so none can fall back to rich text.
    static QLabel* makeValueLabel(QWidget* parent, Value kind);
    static QLabel* makeMutedLabel(QWidget* parent);
    // The desktop's fixed-width font, for hashes and raw records.
    static QFont monospaceFont();

private:
    struct Row
    {
        QLabel* key = nullptr;
        QWidget* field = nullptr;
        QLabel* value = nullptr; // null for widget rows
        bool visible = true;
    };
    QLabel* makeKeyLabel();
    QFormLayout* m_form = nullptr;
    std::vector<Row> m_rows;
    int m_keyWidth = 0;
};

} // namespace closeloop
