// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of one SARIF tool component (the driver or an extension), as
// results look them up: by index into the component's rules, or by id.
#pragma once

#include "sarif_rule.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace closeloop {

class SarifRuleTable
{
public:
    const std::string& name() const { return m_name; }
    void setName(std::string name) { m_name = std::move(name); }

    // Rules arrive one at a time, each with its index in the component.
    void add(std::size_t index, SarifRule&& rule);
    const SarifRule* at(std::size_t index) const;
    const SarifRule* find(const std::string& id) const;

private:
    std::string m_name;
    std::vector<SarifRule> m_rules; // by index; a gap has an empty id
    std::unordered_map<std::string, std::size_t> m_byId;
};

} // namespace closeloop
