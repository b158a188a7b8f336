// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views of the queue: a name and a JSON definition
// {"filter": "...", "columns": ["severity", ...], "sort": {"column": "severity", "descending": true}}.
// Kept in the workspace (table saved_views); the built-in ones are created
// on first use and can be changed but not deleted.
#pragma once

#include "store/store_writer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace closeloop {

struct SavedView
{
    std::int64_t id = 0;
    std::string name;
    int position = 0;
    bool builtin = false;
    std::string filter;
    std::vector<std::string> columns; // empty: the default columns
    std::string sortColumn = "severity";
    bool descending = true;

    nlohmann::json definition() const;
    // Missing or wrongly typed keys fall back to the defaults.
    static SavedView fromDefinition(std::string name, const nlohmann::json& definition);
};

// The views every workspace starts with, in order.
std::vector<SavedView> builtinViews();

class SavedViewStore
{
public:
    explicit SavedViewStore(StoreWriter& writer) : m_writer(writer) {}

    // All views in position order; creates the built-in ones if missing.
    std::vector<SavedView> list();
    // Inserts (id 0) or updates by id; returns the id. Throws StoreError on a
    // duplicate name.
    std::int64_t save(const SavedView& view);
    // False for a built-in view or an unknown id.
    bool remove(std::int64_t id);

private:
    StoreWriter& m_writer;
};

} // namespace closeloop
