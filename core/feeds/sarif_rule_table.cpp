// SPDX-License-Identifier: GPL-3.0-or-later
// A tool component's rules by index and by id.
#include "sarif_rule_table.h"

namespace closeloop {

void SarifRuleTable::add(std::size_t index, SarifRule&& rule)
{
    if (m_rules.size() <= index)
        m_rules.resize(index + 1);
    m_byId.emplace(rule.id, index);
    m_rules[index] = std::move(rule);
}

const SarifRule* SarifRuleTable::at(std::size_t index) const
{
    return index < m_rules.size() && !m_rules[index].id.empty() ? &m_rules[index] : nullptr;
}

const SarifRule* SarifRuleTable::find(const std::string& id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_rules[it->second];
}

} // namespace closeloop
