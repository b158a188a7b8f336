// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop-cli catalog load|list and owners: the service catalog and who
// owns the findings.
#include "cli_support.h"

#include "context/catalog_loader.h"
#include "store/store_writer.h"

#include <cstdio>

namespace closeloop::cli {

namespace {

int catalogLoad(const Globals& g, const std::vector<std::string>& args)
{
    bool json = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--json")
            json = true;
        else if (a.size() > 1 && a[0] == '-')
            return usageError("catalog load: unknown option " + a);
        else
            files.push_back(a);
    }
    if (files.empty())
        return usageError("catalog load: no FILE given");
    const auto writer = openWriter(g);
    if (!writer)
        return Internal;
    const CatalogLoadResult r = loadCatalog(*writer, files, {});
    if (json)
        printJsonLine(r.toJson());
    for (const auto& w : r.warnings)
        std::fprintf(stderr, "closeloop-cli: warning: %s\n", w.c_str());
    for (const auto& e : r.errors)
        std::fprintf(stderr, "closeloop-cli: %s\n", e.text().c_str());
    if (!r.failure.empty()) {
        std::fprintf(stderr, "closeloop-cli: %s\n", r.failure.c_str());
        return Internal;
    }
    if (!r.ok) {
        std::fprintf(stderr, "closeloop-cli: catalog not loaded; the previous catalog stays in force\n");
        return BadInput;
    }
    if (!json) {
        std::string kinds;
        for (const auto& [kind, n] : r.byKind)
            kinds += (kinds.empty() ? "" : ", ") + std::to_string(n) + ' ' + kind + (n == 1 ? "" : "s");
        std::printf("catalog loaded: %lld entities (%s), %lld ownership keys, %lld CODEOWNERS rules",
                    (long long)r.entities, kinds.c_str(), (long long)r.ownershipKeys, (long long)r.codeownersRules);
        if (r.skipped > 0)
            std::printf(", %lld documents of other kinds skipped", (long long)r.skipped);
        std::printf("\nfindings: %lld mapped to a service, %lld unowned\n", (long long)r.ownership.mapped,
                    (long long)r.ownership.unowned);
    }
    return Ok;
}

int catalogList(const Globals& g, const std::vector<std::string>& args)
{
    bool json = false;
    for (const auto& a : args) {
        if (a == "--json")
            json = true;
        else
            return usageError("catalog list: unexpected argument " + a);
    }
    Database db = openReadOnly(g);
    auto st = db.prepare("SELECT ref, kind, name, title, owner_ref, system_ref, type, lifecycle, tier,"
                         " customer_facing, internet_facing, data_classes, environment, email, escalation"
                         " FROM catalog_entities ORDER BY CASE kind WHEN 'group' THEN 0 WHEN 'user' THEN 1"
                         " WHEN 'system' THEN 2 WHEN 'component' THEN 3 ELSE 4 END, ref");
    if (!json)
        std::printf("%-10s %-44s %-34s %-4s %s\n", "KIND", "ENTITY", "OWNER", "TIER", "LIFECYCLE");
    while (st.step()) {
        auto optInt = [&](int c) { return st.isNull(c) ? nlohmann::json(nullptr) : nlohmann::json(st.int64(c)); };
        auto optBool = [&](int c) { return st.isNull(c) ? nlohmann::json(nullptr) : nlohmann::json(st.int64(c) != 0); };
        if (json) {
            auto escalation = nlohmann::json::parse(st.text(14), nullptr, false);
            if (escalation.is_discarded())
                escalation = nlohmann::json::array();
            printJsonLine({{"ref", st.text(0)},
                           {"kind", st.text(1)},
                           {"name", st.text(2)},
                           {"title", st.text(3)},
                           {"owner", st.text(4)},
                           {"system", st.text(5)},
                           {"type", st.text(6)},
                           {"lifecycle", st.text(7)},
                           {"tier", optInt(8)},
                           {"customer_facing", optBool(9)},
                           {"internet_facing", optBool(10)},
                           {"data_classes", st.text(11)},
                           {"environment", st.text(12)},
                           {"email", st.text(13)},
                           {"escalation", escalation}});
        } else {
            const std::string tier = st.isNull(8) ? "-" : std::to_string(st.int64(8));
            const std::string owner = st.text(4).empty() ? "-" : st.text(4);
            const std::string lifecycle = st.text(7).empty() ? "-" : st.text(7);
            std::printf("%-10s %-44s %-34s %-4s %s\n", st.text(1).c_str(), st.text(0).c_str(), owner.c_str(),
                        tier.c_str(), lifecycle.c_str());
        }
    }
    return Ok;
}

int cmdCatalog(const Globals& g, const std::vector<std::string>& args)
{
    if (args.empty())
        return usageError("catalog: expected 'catalog load FILE...' or 'catalog list'");
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "load")
        return catalogLoad(g, rest);
    if (args[0] == "list")
        return catalogList(g, rest);
    return usageError("catalog: unknown subcommand '" + args[0] + "' (load, list)");
}

int cmdOwners(const Globals& g, const std::vector<std::string>& args)
{
    bool json = false;
    for (const auto& a : args) {
        if (a == "--json")
            json = true;
        else
            return usageError("owners: unexpected argument " + a);
    }
    Database db = openReadOnly(g);
    // Unowned last; owners by their number of findings.
    auto st = db.prepare("SELECT f.owner, count(*), count(DISTINCT f.service) - max(f.service = ''),"
                         " coalesce(e.title, '') FROM findings f LEFT JOIN catalog_entities e ON e.ref = f.owner"
                         " GROUP BY f.owner ORDER BY f.owner = '', count(*) DESC, f.owner");
    if (!json)
        std::printf("%-44s %9s %9s  %s\n", "OWNER", "FINDINGS", "SERVICES", "TITLE");
    while (st.step()) {
        const std::string owner = st.text(0);
        const std::int64_t findings = st.int64(1);
        const std::int64_t services = st.int64(2);
        if (json) {
            printJsonLine({{"owner", owner.empty() ? nlohmann::json(nullptr) : nlohmann::json(owner)},
                           {"title", st.text(3)},
                           {"findings", findings},
                           {"services", services}});
        } else {
            std::printf("%-44s %9lld %9lld  %s\n", owner.empty() ? "(unowned)" : owner.c_str(), (long long)findings,
                        (long long)services, st.text(3).c_str());
        }
    }
    return Ok;
}

const CommandRegistration catalogCommand{
    "catalog", cmdCatalog,
    "  catalog load FILE... [--json]\n"
    "        Replace the service catalog with Backstage catalog-info YAML files (several\n"
    "        documents each) or JSON files ([entities] or {\"entities\": [...]}), then\n"
    "        map every finding to its service and owner. All files or nothing: on an\n"
    "        error (\"file:line: reason\" on stderr, exit 2) the previous catalog stays.\n"
    "        --json prints {\"ok\",\"entities\",\"by_kind\",\"skipped\",\"ownership_keys\",\n"
    "        \"codeowners_rules\",\"mapped\",\"unowned\",\"warnings\",\"errors\",...}.\n"
    "  catalog list [--json]\n"
    "        The loaded entities with kind, owner, criticality tier and lifecycle.\n"};

const CommandRegistration ownersCommand{
    "owners", cmdOwners,
    "  owners [--json]\n"
    "        Findings per owner, and those without one (\"owner\": null in JSON).\n"};

} // namespace

} // namespace closeloop::cli
