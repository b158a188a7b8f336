// SPDX-License-Identifier: GPL-3.0-or-later
// The loaded catalog in memory, arranged for one question asked a million
// times: which service (and owner) does this finding's asset belong to, and
// if none, what was tried. Built from catalog_entities, ownership_keys and
// codeowners_rules (a few thousand rows), so a mapping pass never queries
// the catalog per finding.
#pragma once

#include "codeowners.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace closeloop {

struct OwnershipMatch
{
    struct Tried
    {
        std::string kind;
        std::string key;
    };

    std::string entity;     // "" when nothing matched
    std::string owner;      // group (or user) ref, "" when the entity has none
    std::string ownerFrom;  // "spec.owner", "system <ref>", "codeowners"
    std::string kind;       // repository, path, image, host, resource
    std::string key;        // the catalog's key that matched
    std::string source;     // where the catalog said so, e.g. "annotation closeloop.io/images"
    std::string via;        // how the finding's value met the key when not verbatim ("slug acme/pay")
    std::string repository; // catalog repository key when matched by repository or path
    std::vector<Tried> tried;
    std::string reason;     // when nothing matched

    struct CodeownersHit
    {
        std::string file;
        CodeownersRule rule;
        std::string group; // the owners' first Group, "" when none is in the catalog
    };
    std::optional<CodeownersHit> codeowners;

    bool matched() const { return !entity.empty(); }
    // The compact JSON stored in findings.ownership.
    std::string toJson() const;
};

class CatalogIndex
{
public:
    // Reads the catalog tables through db (inside the caller's transaction, if any).
    static CatalogIndex load(Database& db);

    std::size_t entityCount() const { return m_entities.size(); }
    std::size_t keyCount() const { return m_keyCount; }

    // locationDependent (optional) says whether another location_file could
    // change the answer for the same asset and scope, so a caller can cache
    // the others by asset and scope alone.
    OwnershipMatch resolve(std::string_view assetKind, std::string_view asset, std::string_view scopeTarget,
                           std::string_view locationFile, bool* locationDependent = nullptr) const;

    // A CODEOWNERS owner ("@org/team", "@group", "team@example.com") as a Group ref, or "".
    std::string groupForOwner(const std::string& owner) const;

private:
    struct KeyRef
    {
        std::string key;
        std::string entity;
        std::string source;
    };
    struct PathKey
    {
        std::string prefix;
        KeyRef ref;
    };
    struct Entity
    {
        std::string kind;
        std::string owner;
        std::string system;
    };
    struct CodeownersFile
    {
        std::string file;
        Codeowners rules;
    };

    void add(const std::string& kind, const std::string& key, const std::string& entity, const std::string& source);
    const PathKey* pathUnderRepo(const std::vector<PathKey>* paths, std::string_view location) const;
    void finishOwner(OwnershipMatch& m, std::string_view location) const;

    std::unordered_map<std::string, Entity> m_entities;
    std::size_t m_keyCount = 0;
    std::unordered_map<std::string, KeyRef> m_repos;                  // host/org/repo
    std::unordered_map<std::string, std::vector<KeyRef>> m_repoSlugs; // org/repo -> claims under any host
    std::unordered_map<std::string, std::vector<PathKey>> m_pathsByRepo;
    std::unordered_map<std::string, std::vector<PathKey>> m_pathsBySlug;
    std::vector<PathKey> m_globalPaths;
    std::unordered_map<std::string, KeyRef> m_images;
    std::unordered_map<std::string, KeyRef> m_hosts;
    std::vector<std::pair<std::string, KeyRef>> m_hostSuffixes; // ".pay.example" for "*.pay.example"
    std::unordered_map<std::string, KeyRef> m_resources;
    std::vector<std::pair<std::string, KeyRef>> m_resourcePrefixes; // keys written with a trailing '*'
    std::unordered_map<std::string, CodeownersFile> m_codeowners;   // repository key -> rules
    std::unordered_map<std::string, std::string> m_groupsByTeam;    // "org/team", "name", e-mail -> group ref
};

} // namespace closeloop
