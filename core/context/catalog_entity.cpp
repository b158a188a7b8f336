// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_entity.h"

#include "util/ascii_text.h"

namespace closeloop {

bool validEntityName(std::string_view name)
{
    if (name.empty() || name.size() > 63)
        return false;
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if (!alnum(name.front()) || !alnum(name.back()))
        return false;
    char prev = 'a';
    for (char c : name) {
        const bool sep = c == '-' || c == '_' || c == '.';
        if (!alnum(c) && !sep)
            return false;
        if (sep && (prev == '-' || prev == '_' || prev == '.'))
            return false;
        prev = c;
    }
    return true;
}

std::optional<std::string> normalizeEntityRef(std::string_view text, std::string_view defaultKind,
                                              std::string_view defaultNamespace)
{
    std::string_view kind = defaultKind;
    std::string_view ns = defaultNamespace;
    std::string_view rest = text;
    if (const auto colon = rest.find(':'); colon != std::string_view::npos) {
        kind = rest.substr(0, colon);
        rest = rest.substr(colon + 1);
    }
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        ns = rest.substr(0, slash);
        rest = rest.substr(slash + 1);
    }
    if (kind.empty() || !validEntityName(ns) || !validEntityName(rest))
        return std::nullopt;
    for (char c : kind) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return std::nullopt;
    }
    return asciiLower(kind) + ':' + asciiLower(ns) + '/' + asciiLower(rest);
}

std::string_view entityRefName(std::string_view ref)
{
    const auto slash = ref.find('/');
    return slash == std::string_view::npos ? ref : ref.substr(slash + 1);
}

std::string_view entityRefKind(std::string_view ref)
{
    const auto colon = ref.find(':');
    return colon == std::string_view::npos ? std::string_view() : ref.substr(0, colon);
}

nlohmann::json CatalogEntity::escalationJson() const
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : escalation) {
        nlohmann::json step = {{"role", e.role}, {"name", e.name}, {"contact", e.contact}};
        if (!e.from.empty())
            step["from"] = e.from;
        out.push_back(std::move(step));
    }
    return out;
}

nlohmann::json CatalogEntity::toJson() const
{
    using nlohmann::json;
    json keysJson = json::array();
    for (const auto& k : keys)
        keysJson.push_back({{"kind", k.kind}, {"key", k.key}, {"source", k.source}});
    std::string classes;
    for (const auto& c : dataClasses)
        classes += (classes.empty() ? "" : " ") + c;
    return {{"ref", ref},
            {"kind", kind},
            {"namespace", ns},
            {"name", name},
            {"title", title},
            {"description", description},
            {"owner", ownerRef},
            {"system", systemRef},
            {"type", type},
            {"lifecycle", lifecycle},
            {"tier", tier ? json(*tier) : json(nullptr)},
            {"customer_facing", customerFacing ? json(*customerFacing) : json(nullptr)},
            {"internet_facing", internetFacing ? json(*internetFacing) : json(nullptr)},
            {"data_classes", classes},
            {"environment", environment},
            {"email", email},
            {"escalation", escalationJson()},
            {"members", members},
            {"tags", tags},
            {"ownership_keys", keysJson},
            {"source_file", sourceFile},
            {"source_line", sourceLine}};
}

} // namespace closeloop
