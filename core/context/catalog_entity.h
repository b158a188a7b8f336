// SPDX-License-Identifier: GPL-3.0-or-later
// One entity of the service catalog as Closeloop keeps it: the Backstage
// fields it uses plus what our closeloop.io/ annotations add (criticality,
// exposure, data classes, escalation chain, the assets a service owns).
// Column for column what catalog_entities stores.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

// One step of an escalation chain: role is owner, backup, manager or
// operations-lead; contact an e-mail address, phone number, chat handle or URL.
struct EscalationContact
{
    std::string role;
    std::string name;
    std::string contact;
    std::string from; // the entity whose annotation gave it, when inherited (owner group, parent group)
};

// How an asset names a service (a row of ownership_keys). kind is
// repository, image, host, resource or path; key is normalised (see
// catalog_keys.h); source says which annotation or field gave it.
struct OwnershipKey
{
    std::string kind;
    std::string key;
    std::string source;
    int line = 0; // where in the entity's file the key was written
};

struct CatalogEntity
{
    std::string ref;  // kind:namespace/name, lower case
    std::string kind; // component, resource, system, group, user
    std::string ns;
    std::string name; // as written (refs are lower case, names keep their case)
    std::string title;
    std::string description;
    std::string ownerRef;
    std::string systemRef;
    std::string type;
    std::string lifecycle;
    std::optional<int> tier;
    std::optional<bool> customerFacing;
    std::optional<bool> internetFacing;
    std::vector<std::string> dataClasses;
    std::string environment; // space separated when several
    std::string email;
    std::vector<EscalationContact> escalation;
    std::vector<std::string> members;  // groups: spec.members; users: spec.memberOf
    std::string parentRef;             // groups: spec.parent
    std::vector<std::string> children; // groups: spec.children
    std::vector<std::string> tags;
    nlohmann::json annotations = nlohmann::json::object();
    nlohmann::json links = nlohmann::json::array();
    std::string teamSlug; // groups: github.com/team-slug, "org/team", lower case

    std::vector<OwnershipKey> keys;
    std::string codeownersFile; // closeloop.io/codeowners, resolved against the catalog file
    int codeownersLine = 0;
    std::string codeownersRepository; // the repository key its rules apply to

    std::string sourceFile;
    int sourceLine = 0;
    std::string raw; // the document as compact JSON (a string: a DOM per entity costs ~10x)

    // The JSON columns of catalog_entities.
    nlohmann::json escalationJson() const;
    nlohmann::json toJson() const; // everything, for `catalog list --json` and tests
};

// Backstage entity references: "[kind:][namespace/]name", compared lower case.
// Returns "kind:namespace/name" with defaultKind and "default" filled in, or
// nullopt when the text is not a reference (empty, spaces, too many parts).
std::optional<std::string> normalizeEntityRef(std::string_view text, std::string_view defaultKind,
                                              std::string_view defaultNamespace = "default");
// Backstage's rule for names and namespaces: letters, digits and - _ .
// between them, at most 63 characters.
bool validEntityName(std::string_view name);
// The name part of a ref ("group:default/team-a" -> "team-a").
std::string_view entityRefName(std::string_view ref);
std::string_view entityRefKind(std::string_view ref);

} // namespace closeloop
