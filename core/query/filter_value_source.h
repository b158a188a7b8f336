// SPDX-License-Identifier: GPL-3.0-or-later
// Where completion finds the values of the open-ended fields (owner, service,
// tool, env, assignee, lifecycle, data): the queue asks the workspace, a test
// can hand over a fixed list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

class FilterValueSource
{
public:
    virtual ~FilterValueSource() = default;
    // At most `limit` distinct values of the canonical field `field` that
    // begin with `prefix` (case-insensitive; for refs such as
    // group:default/team-a the name after the '/' counts too), sorted.
    virtual std::vector<std::string> values(std::string_view field, std::string_view prefix,
                                            std::size_t limit) const = 0;
};

// Whether value starts with prefix, ignoring ASCII case, or (for an entity
// ref) its name after the last '/' or ':' does.
bool filterValueMatches(std::string_view value, std::string_view prefix);

} // namespace closeloop
