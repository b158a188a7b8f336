// SPDX-License-Identifier: GPL-3.0-or-later
// The one dialog behind every triage decision: assign, set status with a
// reason, add a note. It says how many findings the decision will change
// before it is made (the core's preview), and is driven by the keyboard
// alone: fields in order, Enter confirms, Esc cancels.
#pragma once

#include "triage/triage_service.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace closeloop {

class TriageDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { SetStatus, AssignOwner, AssignPerson, AddNote };
    using PreviewFn = std::function<TriagePreview(const TriageRequest&)>;

    TriageDialog(Kind kind, std::vector<std::int64_t> ids, QString actor, PreviewFn preview, QWidget* parent = nullptr);

    // Preselects a status (single-key decisions) or a value to assign.
    void setInitialValue(const QString& value);
    // Values offered for owner/assignee fields (catalog groups, people seen).
    void setSuggestions(const QStringList& values);
    TriageRequest request() const;
    // What the last preview said (for tests).
    QString previewText() const;

private:
    void updatePreview();
    void updateValid();

    Kind m_kind;
    std::vector<std::int64_t> m_ids;
    QString m_actor;
    PreviewFn m_preview;
    QComboBox* m_status = nullptr;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_reason = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_previewLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace closeloop
