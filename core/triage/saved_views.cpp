// SPDX-License-Identifier: GPL-3.0-or-later
#include "saved_views.h"

namespace closeloop {

nlohmann::json SavedView::definition() const
{
    return {{"filter", filter}, {"columns", columns}, {"sort", {{"column", sortColumn}, {"descending", descending}}}};
}

SavedView SavedView::fromDefinition(std::string name, const nlohmann::json& d)
{
    SavedView v;
    v.name = std::move(name);
    if (!d.is_object())
        return v;
    if (auto it = d.find("filter"); it != d.end() && it->is_string())
        v.filter = it->get<std::string>();
    if (auto it = d.find("columns"); it != d.end() && it->is_array()) {
        for (const auto& c : *it) {
            if (c.is_string())
                v.columns.push_back(c.get<std::string>());
        }
    }
    if (auto it = d.find("sort"); it != d.end() && it->is_object()) {
        if (auto c = it->find("column"); c != it->end() && c->is_string())
            v.sortColumn = c->get<std::string>();
        if (auto o = it->find("descending"); o != it->end() && o->is_boolean())
            v.descending = o->get<bool>();
    }
    return v;
}

std::vector<SavedView> builtinViews()
{
    auto view = [](const char* name, const char* filter, const char* sort = "severity", bool desc = true) {
        SavedView v;
        v.name = name;
        v.filter = filter;
        v.sortColumn = sort;
        v.descending = desc;
        v.builtin = true;
        return v;
    };
    return {
        view("My queue", "assignee:me is:open"),
        view("New", "status:new"),
        view("Known exploited", "kev:yes is:open"),
        view("Unowned", "is:unowned is:open"),
        view("Pending verification", "status:pending_verification", "last_seen"),
        view("All", ""),
    };
}

std::vector<SavedView> SavedViewStore::list()
{
    return m_writer
        .run([](Database& db) {
            Transaction tx(db);
            auto exists = db.prepare("SELECT 1 FROM saved_views WHERE name = ?");
            auto ins = db.prepare("INSERT INTO saved_views (name, position, definition, builtin) VALUES (?,?,?,1)");
            int position = 0;
            for (const auto& v : builtinViews()) {
                exists.bind(1, v.name);
                const bool there = exists.step();
                exists.reset();
                if (!there) {
                    ins.bind(1, v.name).bind(2, position).bind(3, v.definition().dump());
                    ins.exec();
                }
                ++position;
            }
            tx.commit();
            std::vector<SavedView> out;
            auto st = db.prepare("SELECT id, name, position, definition, builtin FROM saved_views ORDER BY position, id");
            while (st.step()) {
                auto def = nlohmann::json::parse(st.text(3), nullptr, false);
                SavedView v = SavedView::fromDefinition(st.text(1), def);
                v.id = st.int64(0);
                v.position = int(st.int64(2));
                v.builtin = st.int64(4) != 0;
                out.push_back(std::move(v));
            }
            return out;
        })
        .get();
}

std::int64_t SavedViewStore::save(const SavedView& view)
{
    return m_writer
        .run([&](Database& db) -> std::int64_t {
            if (view.id == 0) {
                auto ins = db.prepare("INSERT INTO saved_views (name, position, definition, builtin)"
                                      " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM saved_views), ?, 0)");
                ins.bind(1, view.name).bind(2, view.definition().dump());
                ins.exec();
                return db.lastInsertId();
            }
            auto upd = db.prepare("UPDATE saved_views SET name = ?, definition = ? WHERE id = ?");
            upd.bind(1, view.name).bind(2, view.definition().dump()).bind(3, view.id);
            upd.exec();
            return view.id;
        })
        .get();
}

bool SavedViewStore::remove(std::int64_t id)
{
    return m_writer
        .run([&](Database& db) {
            auto del = db.prepare("DELETE FROM saved_views WHERE id = ? AND builtin = 0");
            del.bind(1, id);
            del.exec();
            return db.changes() > 0;
        })
        .get();
}

} // namespace closeloop
