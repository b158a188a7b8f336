// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_index.h"

#include "catalog_entity.h"
#include "catalog_keys.h"
#include "util/ascii_text.h"

#include <algorithm>
#include <map>

namespace closeloop {

using nlohmann::json;

namespace {

std::string slugOf(const std::string& repoKey)
{
    // "host/org/repo" -> "org/repo"; a key without a host is a slug already.
    const auto slash = repoKey.find('/');
    if (slash == std::string::npos)
        return repoKey;
    const std::string first = repoKey.substr(0, slash);
    if (first.find('.') == std::string::npos && first != "localhost")
        return repoKey;
    return repoKey.substr(slash + 1);
}

std::string_view withoutSuffixNote(std::string_view s)
{
    // Snyk scopes read "name (path/to/manifest)".
    if (const auto p = s.find(" ("); p != std::string_view::npos && !s.empty() && s.back() == ')')
        return s.substr(0, p);
    return s;
}

bool looksLikeResourceId(std::string_view a)
{
    return a.substr(0, 4) == "arn:" || a.substr(0, 15) == "/subscriptions/" || a.substr(0, 2) == "//";
}

} // namespace

std::string OwnershipMatch::toJson() const
{
    // Insertion order, so a reader sees "matched" first.
    using ojson = nlohmann::ordered_json;
    ojson j = ojson::object();
    if (matched()) {
        j["matched"] = kind;
        j["key"] = key;
        j["entity"] = entity;
        j["source"] = source;
        if (!via.empty())
            j["via"] = via;
        j["owner"] = owner;
        j["owner_from"] = ownerFrom;
        if (codeowners) {
            j["codeowners"] = {{"file", codeowners->file},
                               {"line", codeowners->rule.line},
                               {"pattern", codeowners->rule.pattern},
                               {"owners", codeowners->rule.owners},
                               {"group", codeowners->group.empty() ? ojson(nullptr) : ojson(codeowners->group)}};
        }
    } else {
        j["matched"] = nullptr;
        ojson t = ojson::array();
        for (const auto& x : tried)
            t.push_back({{"kind", x.kind}, {"key", x.key}});
        j["tried"] = std::move(t);
        j["reason"] = reason;
    }
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

void CatalogIndex::add(const std::string& kind, const std::string& key, const std::string& entity,
                       const std::string& source)
{
    ++m_keyCount;
    KeyRef ref{key, entity, source};
    if (kind == "repository") {
        m_repos.emplace(key, ref);
        m_repoSlugs[slugOf(key)].push_back(ref);
    } else if (kind == "path") {
        const auto colon = key.find(':');
        if (colon == std::string::npos)
            return;
        const std::string repo = key.substr(0, colon);
        PathKey p{key.substr(colon + 1), ref};
        if (repo.empty()) {
            m_globalPaths.push_back(std::move(p));
        } else {
            m_pathsBySlug[slugOf(repo)].push_back(p);
            m_pathsByRepo[repo].push_back(std::move(p));
        }
    } else if (kind == "image") {
        m_images.emplace(key, ref);
    } else if (kind == "host") {
        if (key.rfind("*.", 0) == 0)
            m_hostSuffixes.emplace_back(key.substr(1), ref);
        else
            m_hosts.emplace(key, ref);
    } else if (kind == "resource") {
        if (!key.empty() && key.back() == '*')
            m_resourcePrefixes.emplace_back(key.substr(0, key.size() - 1), ref);
        else
            m_resources.emplace(key, ref);
    }
}

CatalogIndex CatalogIndex::load(Database& db)
{
    CatalogIndex idx;
    {
        auto st = db.prepare("SELECT ref, kind, name, owner_ref, system_ref, email, annotations FROM catalog_entities");
        while (st.step()) {
            const std::string ref = st.text(0);
            const std::string kind = st.text(1);
            idx.m_entities.emplace(ref, Entity{kind, st.text(3), st.text(4)});
            if (kind != "group")
                continue;
            idx.m_groupsByTeam.emplace(asciiLower(st.text(2)), ref);
            if (const std::string email = asciiLower(st.text(5)); !email.empty())
                idx.m_groupsByTeam.emplace(email, ref);
            const json ann = json::parse(st.text(6), nullptr, false);
            if (ann.is_object()) {
                const auto it = ann.find("github.com/team-slug");
                if (it != ann.end() && it->is_string())
                    idx.m_groupsByTeam[asciiLower(it->get<std::string>())] = ref; // the slug is the exact name
            }
        }
    }
    {
        auto st = db.prepare("SELECT kind, key, entity_ref, source FROM ownership_keys ORDER BY kind, key");
        while (st.step())
            idx.add(st.text(0), st.text(1), st.text(2), st.text(3));
    }
    // Longest prefixes first, so the first hit is the most specific.
    auto longestFirst = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
    std::sort(idx.m_hostSuffixes.begin(), idx.m_hostSuffixes.end(), longestFirst);
    std::sort(idx.m_resourcePrefixes.begin(), idx.m_resourcePrefixes.end(), longestFirst);
    {
        std::map<std::string, std::vector<CodeownersRule>> rules;
        std::map<std::string, std::string> files;
        auto st = db.prepare("SELECT repository, position, pattern, owners, source_file, source_line"
                             " FROM codeowners_rules ORDER BY repository, position");
        while (st.step()) {
            CodeownersRule r;
            r.position = int(st.int64(1));
            r.pattern = st.text(2);
            const std::string owners = st.text(3);
            std::size_t start = 0;
            while (start < owners.size()) {
                auto end = owners.find(' ', start);
                if (end == std::string::npos)
                    end = owners.size();
                if (end > start)
                    r.owners.push_back(owners.substr(start, end - start));
                start = end + 1;
            }
            r.line = int(st.int64(5));
            const std::string repo = st.text(0);
            files.emplace(repo, st.text(4));
            rules[repo].push_back(std::move(r));
        }
        for (auto& [repo, list] : rules)
            idx.m_codeowners.emplace(repo, CodeownersFile{files[repo], Codeowners::fromRules(std::move(list))});
    }
    return idx;
}

std::string CatalogIndex::groupForOwner(const std::string& ownerIn) const
{
    std::string owner = asciiLower(ownerIn);
    if (!owner.empty() && owner[0] == '@')
        owner.erase(0, 1);
    if (const auto it = m_groupsByTeam.find(owner); it != m_groupsByTeam.end())
        return it->second;
    // "@org/team": the team part names the group; "@group/subgroup" likewise.
    if (const auto slash = owner.rfind('/'); slash != std::string::npos) {
        if (const auto it = m_groupsByTeam.find(owner.substr(slash + 1)); it != m_groupsByTeam.end())
            return it->second;
    }
    return {};
}

const CatalogIndex::PathKey* CatalogIndex::pathUnderRepo(const std::vector<PathKey>* paths,
                                                         std::string_view location) const
{
    if (!paths || location.empty())
        return nullptr;
    const PathKey* best = nullptr;
    for (const auto& p : *paths) {
        if (pathUnder(location, p.prefix) && (!best || p.prefix.size() > best->prefix.size()))
            best = &p;
    }
    return best;
}

void CatalogIndex::finishOwner(OwnershipMatch& m, std::string_view location) const
{
    const auto e = m_entities.find(m.entity);
    if (e != m_entities.end()) {
        if (!e->second.owner.empty()) {
            m.owner = e->second.owner;
            m.ownerFrom = "spec.owner";
        } else if (!e->second.system.empty()) {
            if (const auto s = m_entities.find(e->second.system); s != m_entities.end() && !s->second.owner.empty()) {
                m.owner = s->second.owner;
                m.ownerFrom = "system " + e->second.system;
            }
        }
    }
    if (m.repository.empty() || location.empty())
        return;
    const auto co = m_codeowners.find(m.repository);
    if (co == m_codeowners.end())
        return;
    const std::string path = normalizePath(location);
    auto rule = co->second.rules.match(path);
    if (!rule)
        return;
    OwnershipMatch::CodeownersHit hit{co->second.file, std::move(*rule), {}};
    for (const auto& o : hit.rule.owners) {
        hit.group = groupForOwner(o);
        if (!hit.group.empty())
            break;
    }
    if (!hit.group.empty()) {
        m.owner = hit.group;
        m.ownerFrom = "codeowners";
    }
    m.codeowners = std::move(hit);
}

OwnershipMatch CatalogIndex::resolve(std::string_view assetKind, std::string_view asset, std::string_view scope,
                                     std::string_view locationIn, bool* locationDependent) const
{
    OwnershipMatch m;
    bool dependsOnLocation = false;
    const std::string location = normalizePath(locationIn);
    auto tried = [&](const std::string& kind, const std::string& key) {
        for (const auto& t : m.tried) {
            if (t.kind == kind && t.key == key)
                return;
        }
        m.tried.push_back({kind, key});
    };
    auto take = [&](const std::string& kind, const KeyRef& k) {
        m.kind = kind;
        m.key = k.key;
        m.entity = k.entity;
        m.source = k.source;
    };
    std::string ambiguity;

    // Repositories (and folders of them, for monorepos).
    std::vector<RepositoryRef> repos;
    auto addRepo = [&](std::string_view text, bool strict) {
        if (strict && text.find("://") == std::string_view::npos && text.rfind("git@", 0) != 0)
            return;
        if (auto r = parseRepository(withoutSuffixNote(text))) {
            for (const auto& x : repos) {
                if (x.key() == r->key())
                    return;
            }
            repos.push_back(std::move(*r));
        }
    };
    const bool repoKind = assetKind == "repository";
    addRepo(asset, !repoKind);
    addRepo(scope, !repoKind);
    for (const auto& r : repos) {
        const std::string full = r.key();
        const std::string slug = r.slug;
        const auto byRepo = m_pathsByRepo.find(full);
        const auto bySlug = m_pathsBySlug.find(slug);
        if (byRepo != m_pathsByRepo.end() || bySlug != m_pathsBySlug.end())
            dependsOnLocation = true;
        tried("repository", full);
        if (const PathKey* p = pathUnderRepo(byRepo == m_pathsByRepo.end() ? nullptr : &byRepo->second, location)) {
            take("path", p->ref);
            m.repository = full;
            break;
        }
        if (const auto it = m_repos.find(full); it != m_repos.end()) {
            take("repository", it->second);
            m.repository = full;
            break;
        }
        // By slug, when the finding names no host or another host (a mirror).
        if (const PathKey* p = pathUnderRepo(bySlug == m_pathsBySlug.end() ? nullptr : &bySlug->second, location)) {
            take("path", p->ref);
            m.via = "slug " + slug;
            m.repository = p->ref.key.substr(0, p->ref.key.find(':'));
            break;
        }
        if (const auto it = m_repoSlugs.find(slug); it != m_repoSlugs.end()) {
            if (it->second.size() == 1) {
                take("repository", it->second.front());
                m.via = "slug " + slug;
                m.repository = it->second.front().key;
                break;
            }
            ambiguity = "repository " + slug + " is in the catalog under several hosts (";
            for (std::size_t i = 0; i < it->second.size(); ++i)
                ambiguity += (i ? ", " : "") + it->second[i].key;
            ambiguity += "), and the finding names none of them";
        }
    }

    // Container images.
    // An ECR image ARN is an image whatever kind the feed gave it (Inspector
    // via ASFF calls it a cloud resource).
    if (!m.matched() && (assetKind == "image" || asset.substr(0, 12) == "arn:aws:ecr:")) {
        for (std::string_view text : {asset, scope}) {
            const std::string img = normalizeImage(text);
            if (img.empty())
                continue;
            tried("image", img);
            if (const auto it = m_images.find(img); it != m_images.end()) {
                take("image", it->second);
                break;
            }
        }
    }

    // Cloud resources: the key itself or an id below it.
    if (!m.matched() && (assetKind == "cloud_resource" || assetKind == "cluster" || looksLikeResourceId(asset))) {
        const std::string r = normalizeResource(asset);
        if (!r.empty()) {
            tried("resource", r);
            for (std::size_t len = r.size(); len > 0; --len) {
                if (len != r.size() && r[len] != '/' && r[len] != ':')
                    continue;
                if (const auto it = m_resources.find(r.substr(0, len)); it != m_resources.end()) {
                    take("resource", it->second);
                    break;
                }
            }
            if (!m.matched()) {
                for (const auto& [prefix, ref] : m_resourcePrefixes) {
                    if (r.compare(0, prefix.size(), prefix) == 0) {
                        take("resource", ref);
                        break;
                    }
                }
            }
        }
    }

    // Hosts: by name, or under a "*.domain" key.
    const bool hostKind = assetKind == "host" || assetKind == "service";
    const bool bareName = asset.find('/') == std::string_view::npos && asset.find(':') == std::string_view::npos;
    if (!m.matched() && (hostKind || ((assetKind == "cloud_resource" || assetKind == "cluster") && bareName))) {
        const std::string h = normalizeHost(asset);
        if (!h.empty()) {
            tried("host", h);
            if (const auto it = m_hosts.find(h); it != m_hosts.end()) {
                take("host", it->second);
            } else {
                for (const auto& [suffix, ref] : m_hostSuffixes) {
                    if (h.size() > suffix.size() && h.compare(h.size() - suffix.size(), suffix.size(), suffix) == 0) {
                        take("host", ref);
                        break;
                    }
                }
            }
        }
    }

    // Paths that belong to a service wherever they are found.
    if (!m.matched() && !m_globalPaths.empty()) {
        dependsOnLocation = true;
        std::vector<std::string> candidates;
        if (!location.empty())
            candidates.push_back(location);
        if ((assetKind == "repository" || assetKind == "unknown" || assetKind == "host") &&
            asset.find("://") == std::string_view::npos && asset.find('/') != std::string_view::npos)
            candidates.push_back(normalizePath(asset));
        for (const auto& c : candidates) {
            tried("path", c);
            if (const PathKey* p = pathUnderRepo(&m_globalPaths, c)) {
                take("path", p->ref);
                break;
            }
        }
    }

    if (!m.repository.empty() && m_codeowners.count(m.repository))
        dependsOnLocation = true;
    if (locationDependent)
        *locationDependent = dependsOnLocation;
    if (m.matched()) {
        finishOwner(m, location);
        return m;
    }
    if (m_entities.empty()) {
        m.reason = "no service catalog is loaded";
    } else if (m.tried.empty()) {
        m.reason = "the finding names no repository, image, host or cloud resource";
        if (!asset.empty())
            m.reason += " that Closeloop can match (asset \"" + std::string(asset) + "\", kind " +
                        std::string(assetKind) + ")";
        else if (!scope.empty())
            m.reason += " (no asset; the scan's scope is \"" + std::string(scope) + "\")";
        m.reason += "; catalog has " + std::to_string(m_entities.size()) + " entities";
    } else {
        m.reason = "no catalog entity names ";
        for (std::size_t i = 0; i < m.tried.size(); ++i)
            m.reason += (i == 0 ? "" : i + 1 == m.tried.size() ? " or " : ", ") + m.tried[i].kind + ' ' + m.tried[i].key;
        m.reason += "; catalog has " + std::to_string(m_entities.size()) + " entities";
        if (!ambiguity.empty())
            m.reason += "; " + ambiguity;
    }
    return m;
}

} // namespace closeloop
