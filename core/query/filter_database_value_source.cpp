// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_database_value_source.h"

#include "policy/policy_store.h"

namespace closeloop {

FilterDatabaseValueSource::FilterDatabaseValueSource(Database& reader)
    : m_db(reader)
{
}

void FilterDatabaseValueSource::distinctIndexed(const char* sql, std::string_view prefix,
                                                std::set<std::string>& out) const
{
    // A loose index scan: each step seeks the next larger value in the
    // column's index, so the cost follows the number of distinct values, not
    // the million rows (SELECT DISTINCT would read them all).
    auto st = m_db.prepare(sql);
    std::string last;
    for (int i = 0; i < MaxDistinct; ++i) {
        st.reset();
        st.bind(1, last);
        if (!st.step() || st.isNull(0))
            break;
        last = st.text(0);
        if (filterValueMatches(last, prefix))
            out.insert(last);
    }
}

void FilterDatabaseValueSource::query(const char* sql, std::string_view prefix, std::set<std::string>& out) const
{
    auto st = m_db.prepare(sql);
    while (st.step()) {
        std::string v = st.text(0);
        if (!v.empty() && filterValueMatches(v, prefix))
            out.insert(std::move(v));
    }
}

std::vector<std::string> FilterDatabaseValueSource::values(std::string_view field, std::string_view prefix,
                                                           std::size_t limit) const
{
    std::set<std::string> found;
    if (field == "owner") {
        query("SELECT ref FROM catalog_entities WHERE kind = 'group'", prefix, found);
        distinctIndexed("SELECT min(owner) FROM findings WHERE owner > ?", prefix, found);
    } else if (field == "service") {
        query("SELECT ref FROM catalog_entities WHERE kind IN ('component', 'resource', 'system')", prefix, found);
        distinctIndexed("SELECT min(service) FROM findings WHERE service > ?", prefix, found);
    } else if (field == "tool") {
        distinctIndexed("SELECT min(tool) FROM findings WHERE tool > ?", prefix, found);
    } else if (field == "assignee") {
        distinctIndexed("SELECT min(assignee) FROM findings WHERE assignee > ? AND assignee <> ''", prefix, found);
    } else if (field == "env") {
        query("SELECT DISTINCT environment FROM catalog_entities", prefix, found);
        // findings.environment has no index and a full DISTINCT reads every
        // row; the newest findings show the environments feeds use.
        query("SELECT DISTINCT environment FROM (SELECT environment FROM findings ORDER BY id DESC LIMIT 20000)",
              prefix, found);
    } else if (field == "lifecycle") {
        query("SELECT DISTINCT lower(lifecycle) FROM catalog_entities", prefix, found);
    } else if (field == "class") {
        // The classes of the policy in force, and those older decisions left
        // on the newest findings (sla_class has no index: a DISTINCT over a
        // million rows would take a second per keystroke).
        if (const auto policy = PolicyStore(m_db).activeReadOnly()) {
            for (const auto& [name, cls] : policy->classes) {
                if (filterValueMatches(name, prefix))
                    found.insert(name);
            }
        }
        query("SELECT DISTINCT sla_class FROM (SELECT sla_class FROM findings ORDER BY id DESC LIMIT 20000)", prefix,
              found);
    } else if (field == "exception") {
        // The exceptions still in play, newest first.
        query("SELECT CAST(id AS TEXT) FROM exceptions WHERE state IN ('requested', 'active') ORDER BY id DESC"
              " LIMIT 200",
              prefix, found);
    } else if (field == "data") {
        auto st = m_db.prepare("SELECT DISTINCT lower(data_classes) FROM catalog_entities WHERE data_classes <> ''");
        while (st.step()) {
            const std::string classes = st.text(0);
            std::size_t pos = 0;
            while (pos < classes.size()) {
                auto sp = classes.find(' ', pos);
                if (sp == std::string::npos)
                    sp = classes.size();
                const std::string word = classes.substr(pos, sp - pos);
                if (!word.empty() && filterValueMatches(word, prefix))
                    found.insert(word);
                pos = sp + 1;
            }
        }
    }
    std::vector<std::string> out;
    for (auto& v : found) {
        if (out.size() >= limit)
            break;
        out.push_back(v);
    }
    return out;
}

} // namespace closeloop
