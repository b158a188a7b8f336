// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_parser.h"

#include "catalog_entity_reader.h"
#include "catalog_file_reader.h"
#include "feeds/feed_error.h"
#include "util/ascii_text.h"

#include <map>
#include <set>
#include <unordered_map>

namespace closeloop {

namespace {

int lineOfPlace(const std::string& place)
{
    if (place.rfind("line ", 0) == 0) {
        try {
            return std::stoi(place.substr(5));
        } catch (const std::exception&) {
        }
    }
    return 0;
}

class Collector
{
public:
    explicit Collector(ParsedCatalog& out) : m_out(out) {}

    void error(const std::string& file, int line, const std::string& reason)
    {
        if (m_out.errors.size() < CatalogParser::MaxErrors)
            m_out.errors.push_back({file, line, reason});
        else
            ++m_suppressedErrors;
    }
    void error(const std::string& file, const FeedError& e) { error(file, lineOfPlace(e.place()), e.reason()); }
    void warning(std::string text)
    {
        if (m_out.warnings.size() < CatalogParser::MaxWarnings)
            m_out.warnings.push_back(std::move(text));
        else
            ++m_suppressedWarnings;
    }
    void finish()
    {
        if (m_suppressedErrors > 0 && !m_out.errors.empty())
            m_out.errors.push_back({m_out.errors.back().file, 0,
                                    "and " + std::to_string(m_suppressedErrors) + " more errors not listed"});
        if (m_suppressedWarnings > 0)
            m_out.warnings.push_back("and " + std::to_string(m_suppressedWarnings) + " more warnings not listed");
    }

private:
    ParsedCatalog& m_out;
    std::size_t m_suppressedErrors = 0;
    std::size_t m_suppressedWarnings = 0;
};

std::string at(const CatalogEntity& e)
{
    return e.sourceFile + ":" + std::to_string(e.sourceLine);
}

// A group's chain: its own annotations, else its e-mail as the owner step,
// else its parent's chain (cycles in spec.parent are cut).
std::vector<EscalationContact> groupChain(const std::string& ref,
                                          const std::unordered_map<std::string, const CatalogEntity*>& byRef,
                                          std::set<std::string>& visiting)
{
    const auto it = byRef.find(ref);
    if (it == byRef.end() || !visiting.insert(ref).second)
        return {};
    const CatalogEntity& g = *it->second;
    std::vector<EscalationContact> chain = g.escalation;
    if (chain.empty() && !g.email.empty())
        chain.push_back({"owner", g.title.empty() ? g.name : g.title, g.email, {}});
    if (chain.empty() && !g.parentRef.empty()) {
        chain = groupChain(g.parentRef, byRef, visiting);
        for (auto& c : chain) {
            if (c.from.empty())
                c.from = g.parentRef;
        }
    }
    return chain;
}

} // namespace

int ParsedCatalog::skippedDocuments() const
{
    int n = 0;
    for (const auto& f : files) {
        for (const auto& [kind, count] : f.skipped)
            n += count;
    }
    return n;
}

ParsedCatalog CatalogParser::parseFiles(const std::vector<std::string>& files)
{
    ParsedCatalog out;
    Collector log(out);
    if (files.empty())
        log.error("(no file)", 0, "no catalog file given");

    std::unordered_map<std::string, std::size_t> index; // ref -> position in out.entities
    for (const auto& file : files) {
        CatalogFileInfo info;
        info.path = file;
        info.type = "catalog";
        auto take = [&](CatalogDocument&& doc) {
            try {
                const std::string kind = CatalogEntityReader::kindOf(doc);
                if (!CatalogEntityReader::keptKind(kind)) {
                    ++info.skipped[kind];
                    return;
                }
                std::vector<std::string> warnings;
                CatalogEntity e = CatalogEntityReader::read(doc, file, warnings);
                for (auto& w : warnings)
                    log.warning(std::move(w));
                if (const auto dup = index.find(e.ref); dup != index.end()) {
                    log.error(file, doc.line,
                              "duplicate entity " + e.ref + " (first defined at " + at(out.entities[dup->second]) + ")");
                    return;
                }
                index.emplace(e.ref, out.entities.size());
                out.entities.push_back(std::move(e));
                ++info.count;
            } catch (const FeedError& err) {
                log.error(file, err);
            }
        };
        try {
            CatalogFileReader::readFile(file, &info.sha256, take);
        } catch (const FeedError& e) {
            log.error(file, e);
        }
        out.files.push_back(std::move(info));
    }

    // References between entities: a missing one is worth telling, not
    // refusing over (catalogs are often loaded in parts).
    auto known = [&](const std::string& ref) { return index.count(ref) > 0; };
    for (const auto& e : out.entities) {
        const std::string where = at(e) + ": " + e.ref;
        if (!e.ownerRef.empty() && !known(e.ownerRef))
            log.warning(where + " is owned by " + e.ownerRef + ", which is not in the catalog");
        if (!e.systemRef.empty() && !known(e.systemRef))
            log.warning(where + " is part of " + e.systemRef + ", which is not in the catalog");
        if (!e.parentRef.empty() && !known(e.parentRef))
            log.warning(where + " has parent " + e.parentRef + ", which is not in the catalog");
        for (const auto& m : e.members) {
            if (!known(m))
                log.warning(where + (e.kind == "user" ? " is a member of " : " has member ") + m +
                            ", which is not in the catalog");
        }
    }

    // One owner per key: the first claim (in file order) wins, later ones are reported.
    std::map<std::pair<std::string, std::string>, const CatalogEntity*> claims;
    for (auto& e : out.entities) {
        std::vector<OwnershipKey> kept;
        for (auto& k : e.keys) {
            const auto [it, fresh] = claims.emplace(std::pair{k.kind, k.key}, &e);
            if (!fresh) {
                log.warning(e.sourceFile + ":" + std::to_string(k.line) + ": " + e.ref + " claims " + k.kind + " " +
                            k.key + ", already claimed by " + it->second->ref + " (" + at(*it->second) +
                            "); the first claim is kept");
                continue;
            }
            kept.push_back(std::move(k));
        }
        e.keys = std::move(kept);
    }

    // Escalation chains resolved once here, so every reader sees the chain
    // that applies: a service without its own takes its owner group's.
    std::unordered_map<std::string, const CatalogEntity*> byRef;
    for (const auto& e : out.entities)
        byRef.emplace(e.ref, &e);
    std::vector<std::vector<EscalationContact>> resolved(out.entities.size());
    for (std::size_t i = 0; i < out.entities.size(); ++i) {
        const CatalogEntity& e = out.entities[i];
        std::set<std::string> visiting;
        if (e.kind == "group") {
            resolved[i] = groupChain(e.ref, byRef, visiting);
        } else if (!e.escalation.empty() || e.kind == "user") {
            resolved[i] = e.escalation;
        } else {
            std::string owner = e.ownerRef;
            if (owner.empty() && !e.systemRef.empty()) {
                if (const auto s = byRef.find(e.systemRef); s != byRef.end())
                    owner = s->second->ownerRef;
            }
            resolved[i] = groupChain(owner, byRef, visiting);
            for (auto& c : resolved[i]) {
                if (c.from.empty())
                    c.from = owner;
            }
        }
    }
    for (std::size_t i = 0; i < out.entities.size(); ++i)
        out.entities[i].escalation = std::move(resolved[i]);

    // CODEOWNERS files named by components.
    std::map<std::string, std::string> repoFile; // repository -> CODEOWNERS file
    std::map<std::string, std::string> teams;    // "org/team" or "team" -> group ref
    for (const auto& e : out.entities) {
        if (e.kind != "group")
            continue;
        if (!e.teamSlug.empty())
            teams.emplace(e.teamSlug, e.ref);
        teams.emplace(asciiLower(e.name), e.ref);
    }
    for (const auto& e : out.entities) {
        if (e.codeownersFile.empty())
            continue;
        if (const auto prev = repoFile.find(e.codeownersRepository); prev != repoFile.end()) {
            if (prev->second != e.codeownersFile)
                log.error(e.sourceFile, e.codeownersLine,
                          "repository " + e.codeownersRepository + " already has the CODEOWNERS file " + prev->second);
            continue;
        }
        repoFile.emplace(e.codeownersRepository, e.codeownersFile);
        CatalogFileInfo info;
        info.path = e.codeownersFile;
        info.type = "codeowners";
        info.repository = e.codeownersRepository;
        try {
            const std::string text = CatalogFileReader::readChecked(e.codeownersFile, &info.sha256);
            ParsedCodeowners co{e.codeownersRepository, e.codeownersFile, e.ref, Codeowners::parse(text)};
            info.count = int(co.rules.rules().size());
            for (const auto& r : co.rules.rules()) {
                for (const auto& o : r.owners) {
                    if (o.empty() || o[0] != '@' || o.find('/') == std::string::npos)
                        continue;
                    const std::string slug = asciiLower(o.substr(1));
                    const std::string team = slug.substr(slug.find('/') + 1);
                    if (!teams.count(slug) && !teams.count(team))
                        log.warning(e.codeownersFile + ":" + std::to_string(r.line) + ": " + o +
                                    " matches no Group (by github.com/team-slug or name); it cannot own findings");
                }
            }
            out.codeowners.push_back(std::move(co));
        } catch (const FeedError& err) {
            const int line = lineOfPlace(err.place());
            if (line == 0) // the file is missing: the annotation is where to look
                log.error(e.sourceFile, e.codeownersLine,
                          "closeloop.io/codeowners: " + e.codeownersFile + ": " + err.reason());
            else
                log.error(e.codeownersFile, err);
        }
        out.files.push_back(std::move(info));
    }
    log.finish();
    return out;
}

} // namespace closeloop
