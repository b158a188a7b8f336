// SPDX-License-Identifier: GPL-3.0-or-later
// Who owns the finding and whom to call: the service, its owner team with
// contacts, how the mapping was made, and the escalation chain. An unmapped
// finding says so plainly, with the reason and every key that was tried.
#pragma once

#include <QWidget>

#include <nlohmann/json_fwd.hpp>

class QFrame;
class QLabel;

namespace closeloop {

class BadgeLabel;
class CaseFieldForm;
class CaseTable;

class CaseOwnershipPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseOwnershipPanel(QWidget* parent = nullptr);
    void setCase(const nlohmann::json& c);
    void retranslate();
    bool isUnowned() const { return m_unowned; }

private:
    static QString defaultReason();
    QFrame* m_unownedBox = nullptr;
    BadgeLabel* m_unownedBadge = nullptr;
    QLabel* m_unownedReason = nullptr;
    QLabel* m_tried = nullptr;
    CaseFieldForm* m_form = nullptr;
    QLabel* m_escalationTitle = nullptr;
    CaseTable* m_escalation = nullptr;
    int m_serviceRow = -1;
    int m_ownerRow = -1;
    int m_emailRow = -1;
    int m_assigneeRow = -1;
    int m_matchRow = -1;
    int m_whyRow = -1;
    int m_codeownersRow = -1;
    bool m_unowned = false;
    bool m_hasReason = false;
};

} // namespace closeloop
