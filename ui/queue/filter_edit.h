// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's filter field: validated as you type (green frame when the
// filter is good, red with the error underlined and explained when not),
// completion of field names and values, and the filter applied a moment
// after typing stops. Compiling and completing are the core's filter
// language; this widget only shows them.
#pragma once

#include "query/queue_query.h"

#include <QLineEdit>

#include <functional>

class QCompleter;
class QStringListModel;
class QTimer;

namespace closeloop {

struct FilterCheck
{
    bool ok = true;
    std::string where = "1";
    std::string countWhere; // empty: where
    std::vector<SqlValue> binds;
    int errorStart = 0;   // characters
    int errorLength = 0;
    QString message;
};

struct FilterSuggestions
{
    int replaceStart = 0;  // characters of the text the chosen candidate replaces
    int replaceLength = 0;
    QStringList candidates;     // inserted as written
    QStringList descriptions;   // shown beside them, may be empty
};

class FilterEdit : public QLineEdit
{
    Q_OBJECT
public:
    // typing: the last word may still grow (prefix search).
    using CheckFn = std::function<FilterCheck(const QString&, bool typing)>;
    using CompleteFn = std::function<FilterSuggestions(const QString&, int cursor)>;

    explicit FilterEdit(QWidget* parent = nullptr);
    void setChecker(CheckFn fn) { m_check = std::move(fn); }
    void setCompleter(CompleteFn fn) { m_complete = std::move(fn); }
    // Sets the text and applies it at once (a saved view was chosen).
    void setFilterText(const QString& text);
    const FilterCheck& lastCheck() const { return m_last; }
    // The last change was typing (its last word may still grow).
    bool isTyping() const { return m_typing; }
    // Applies what is typed now instead of after the pause.
    void applyNow();

signals:
    // A valid filter to run.
    void filterApplied(const closeloop::FilterCheck& check, const QString& text);
    // The text is not a valid filter (the previous one stays in force).
    void filterInvalid(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onTextEdited();
    void validate();
    void showSuggestions();
    void insertSuggestion(const QString& candidate);
    void setState(bool ok, bool empty);

    CheckFn m_check;
    CompleteFn m_complete;
    FilterCheck m_last;
    QString m_appliedText;
    QTimer* m_applyTimer = nullptr;
    QCompleter* m_popup = nullptr;
    QStringListModel* m_popupModel = nullptr;
    FilterSuggestions m_suggestions;
    bool m_typing = false;
};

} // namespace closeloop
