// SPDX-License-Identifier: GPL-3.0-or-later
#include "case_context.h"

#include "case_policy.h"

#include "context/intel_cve_id.h"
#include "feeds/feed_text.h"
#include "model/severity.h"
#include "query/finding_reader.h"
#include "util/clock.h"
#include "util/ascii_text.h"

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace closeloop {

using nlohmann::json;

namespace {

json nullableReal(const Statement& st, int col)
{
    return st.isNull(col) ? json(nullptr) : json(st.real(col));
}

json parsedOr(std::string_view text, json fallback)
{
    if (text.empty())
        return fallback;
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    return j.is_discarded() ? fallback : j;
}

json words(std::string_view s)
{
    json a = json::array();
    for (std::string_view w : splitCves(s))
        a.push_back(std::string(w));
    return a;
}

// At most n bytes, cut at a character boundary.
std::string shortened(std::string s, std::size_t n)
{
    if (s.size() <= n)
        return s;
    return std::string(utf8Prefix(s, n)) + "…";
}


// The finding itself: FindingReader::details (one query and one JSON shape
// for both) plus its triage and context columns, and the values the other
// parts of the case are read by.
struct CaseFinding
{
    json j;
    std::string cves, ruleId, package, service, owner, ownership, status, statusChangedAt;
    std::string firstSeen, lastSeen, firstSeenInFeed, asset, assetKind, scopeTarget;
    std::string file, pkgVersion, purl;
    std::int64_t line = 0, firstImport = 0, lastImport = 0;
    std::optional<double> epss;
};

std::optional<CaseFinding> readFinding(Database& db, std::int64_t id)
{
    std::optional<json> details = FindingReader::details(db, id);
    if (!details)
        return std::nullopt;
    auto st = db.prepare("SELECT cves, service, owner, owner_manual, ownership, kev, epss_percentile, assignee,"
                         " status_reason FROM findings WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    CaseFinding r;
    r.j = std::move(*details);
    const json& d = r.j;
    const json& location = d.at("location");
    r.status = d.at("status").get<std::string>();
    r.statusChangedAt = d.at("status_changed_at").get<std::string>();
    r.scopeTarget = d.at("scope_target").get<std::string>();
    r.ruleId = d.at("rule_id").get<std::string>();
    r.assetKind = d.at("asset_kind").get<std::string>();
    r.asset = d.at("asset").get<std::string>();
    r.file = location.at("file").get<std::string>();
    r.line = location.at("line").get<std::int64_t>();
    r.package = location.at("package").get<std::string>();
    r.pkgVersion = location.at("package_version").get<std::string>();
    r.purl = location.at("purl").get<std::string>();
    r.firstSeen = d.at("first_seen").get<std::string>();
    r.lastSeen = d.at("last_seen").get<std::string>();
    r.firstImport = d.at("first_import_id").get<std::int64_t>();
    r.lastImport = d.at("last_import_id").get<std::int64_t>();
    if (!d.at("epss").is_null())
        r.epss = d.at("epss").get<double>();
    r.firstSeenInFeed = d.at("first_seen_in_feed").get<std::string>();
    r.cves = st.text(0); // as stored: the other parts split it themselves
    r.service = st.text(1);
    r.owner = st.text(2);
    r.ownership = st.text(4);

    json& j = r.j;
    j["service"] = r.service;
    j["owner"] = r.owner;
    j["owner_manual"] = st.int64(3) != 0;
    j["ownership"] = parsedOr(r.ownership, nullptr);
    j["kev"] = st.int64(5) != 0;
    j["epss_percentile"] = nullableReal(st, 6);
    j["assignee"] = st.text(7);
    j["status_reason"] = st.text(8);
    return r;
}

json intelFor(Database& db, const CaseFinding& f)
{
    json kev = nullptr;
    json epss = nullptr;
    auto kevSt = db.prepare("SELECT cve, date_added, due_date, ransomware, required_action, name, notes"
                            " FROM kev WHERE cve = ?");
    auto epssSt = db.prepare("SELECT score, percentile, scored_on, model_version FROM epss_scores WHERE cve = ?");
    double best = -1;
    for (std::string_view cve : splitCves(f.cves)) {
        kevSt.bind(1, cve);
        // The earliest listing is the one whose due date binds.
        if (kevSt.step() && (kev.is_null() || kevSt.text(1) < kev["date_added"].get<std::string>())) {
            kev = {{"cve", kevSt.text(0)},
                   {"date_added", kevSt.text(1)},
                   {"due_date", kevSt.text(2)},
                   {"ransomware", kevSt.int64(3) != 0},
                   {"required_action", kevSt.text(4)},
                   {"name", kevSt.text(5)},
                   {"notes", kevSt.text(6)}};
        }
        kevSt.reset();
        epssSt.bind(1, cve);
        if (epssSt.step() && epssSt.real(0) > best) {
            best = epssSt.real(0);
            epss = {{"score", epssSt.real(0)},
                    {"percentile", epssSt.real(1)},
                    {"scored_on", epssSt.text(2)},
                    {"model_version", epssSt.text(3)},
                    {"cve", std::string(cve)},
                    {"source", "epss"}};
        }
        epssSt.reset();
    }
    if (epss.is_null() && f.epss) {
        // Some feeds (Grype, ASFF) carry an EPSS score of their own.
        epss = {{"score", *f.epss}, {"percentile", nullptr}, {"scored_on", nullptr},
                {"model_version", nullptr}, {"cve", nullptr}, {"source", "feed"}};
    }
    return {{"kev", kev}, {"epss", epss}};
}

struct Entity
{
    std::string ref, name, title, description, ownerRef, systemRef, type, lifecycle, dataClasses, environment;
    std::string email, escalation, tags, sourceFile;
    std::optional<std::int64_t> tier, customerFacing, internetFacing;
};

std::optional<Entity> readEntity(Database& db, const std::string& ref)
{
    if (ref.empty())
        return std::nullopt;
    auto st = db.prepare("SELECT ref, name, title, description, owner_ref, system_ref, type, lifecycle, tier,"
                         " customer_facing, internet_facing, data_classes, environment, email, escalation, tags,"
                         " source_file FROM catalog_entities WHERE ref = ?");
    st.bind(1, asciiLower(ref));
    if (!st.step())
        return std::nullopt;
    Entity e;
    e.ref = st.text(0);
    e.name = st.text(1);
    e.title = st.text(2);
    e.description = st.text(3);
    e.ownerRef = st.text(4);
    e.systemRef = st.text(5);
    e.type = st.text(6);
    e.lifecycle = st.text(7);
    auto opt = [&st](int col) { return st.isNull(col) ? std::nullopt : std::optional(st.int64(col)); };
    e.tier = opt(8);
    e.customerFacing = opt(9);
    e.internetFacing = opt(10);
    e.dataClasses = st.text(11);
    e.environment = st.text(12);
    e.email = st.text(13);
    e.escalation = st.text(14);
    e.tags = st.text(15);
    e.sourceFile = st.text(16);
    return e;
}

json serviceJson(const Entity& e)
{
    auto flag = [](const std::optional<std::int64_t>& v) { return v ? json(*v != 0) : json(nullptr); };
    json tags = parsedOr(e.tags, json::array());
    if (!tags.is_array())
        tags = json::array();
    return {{"ref", e.ref},
            {"name", e.name},
            {"title", e.title},
            {"description", e.description},
            {"type", e.type},
            {"lifecycle", e.lifecycle},
            {"tier", e.tier ? json(*e.tier) : json(nullptr)},
            {"customer_facing", flag(e.customerFacing)},
            {"internet_facing", flag(e.internetFacing)},
            {"data_classes", words(e.dataClasses)},
            {"environment", e.environment},
            {"system", e.systemRef},
            {"owner", e.ownerRef},
            {"tags", tags},
            {"source_file", e.sourceFile}};
}

json escalationOf(const Entity& e)
{
    json out = json::array();
    const json chain = parsedOr(e.escalation, json::array());
    if (!chain.is_array())
        return out;
    auto str = [](const json& o, const char* k) {
        const auto it = o.find(k);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const json& step : chain) {
        if (step.is_object())
            out.push_back({{"role", str(step, "role")}, {"name", str(step, "name")}, {"contact", str(step, "contact")}});
    }
    return out;
}

// A group named without its kind ("team-payments") is looked up as Backstage
// resolves it: group:default/team-payments.
std::optional<Entity> readOwner(Database& db, const std::string& owner)
{
    if (auto e = readEntity(db, owner))
        return e;
    if (owner.find(':') == std::string::npos)
        return readEntity(db, "group:" + std::string(owner.find('/') == std::string::npos ? "default/" : "") + owner);
    return std::nullopt;
}

json exposureOf(const CaseFinding& f, const std::string& now)
{
    json locations = json::array();
    if (!f.file.empty())
        locations.push_back(f.line > 0 ? f.file + ':' + std::to_string(f.line) : f.file);
    if (!f.package.empty())
        locations.push_back(f.pkgVersion.empty() ? f.package : f.package + '@' + f.pkgVersion);
    if (!f.purl.empty())
        locations.push_back(f.purl);
    const std::string asset = f.asset.empty() ? f.scopeTarget : f.asset;
    if (!f.scopeTarget.empty() && f.scopeTarget != asset)
        locations.push_back(f.scopeTarget);
    // Exposure ends when the fix is verified or the finding was never real;
    // an accepted risk is still exposed.
    const bool open = f.status != "resolved_verified" && f.status != "false_positive";
    const auto days = daysBetweenIso(f.firstSeen, open ? now : f.statusChangedAt);
    return {{"asset", asset},
            {"asset_kind", f.assetKind},
            {"locations", locations},
            {"first_seen", f.firstSeen},
            {"last_seen", f.lastSeen},
            {"open_days", days ? json(std::int64_t(*days)) : json(nullptr)},
            {"open", open}};
}

// The finding appeared when we first imported it, or earlier when its feed
// says so (GitHub alerts, ASFF).
QDateTime appearedAt(const CaseFinding& f)
{
    QDateTime first = parseUtcIso(f.firstSeen);
    const QDateTime feed = f.firstSeenInFeed.empty() ? QDateTime() : parseUtcIso(f.firstSeenInFeed);
    if (feed.isValid() && (!first.isValid() || feed < first))
        first = feed;
    return first;
}

json changesFor(Database& db, const CaseFinding& f, const std::optional<Entity>& service, const CaseOptions& o,
                json& window)
{
    json out = json::array();
    const QDateTime to = appearedAt(f);
    if (!to.isValid() || f.service.empty())
        return out;
    const QDateTime from = to.addDays(-o.changesWindowDays);
    window = {{"from", isoUtc(from)}, {"to", isoUtc(to)}};
    // The change log names a service by ref or by name, as its writer knew it.
    auto st = db.prepare("SELECT at, kind, reference, author, summary, service FROM change_log"
                         " WHERE service IN (?, ?) AND at >= ? AND at <= ? ORDER BY at DESC, id DESC LIMIT ?");
    st.bind(1, asciiLower(f.service)).bind(2, service ? asciiLower(service->name) : asciiLower(f.service));
    st.bind(3, isoUtc(from)).bind(4, isoUtc(to)).bind(5, o.maxChanges);
    while (st.step()) {
        out.push_back({{"at", st.text(0)},
                       {"kind", st.text(1)},
                       {"reference", st.text(2)},
                       {"author", st.text(3)},
                       {"summary", st.text(4)},
                       {"service", st.text(5)}});
    }
    return out;
}

// --- timeline ----------------------------------------------------------------

json event(std::string at, const char* kind, std::string actor, std::string summary)
{
    return {{"at", std::move(at)}, {"kind", kind}, {"actor", std::move(actor)}, {"summary", std::move(summary)}};
}

void timelineFor(Database& db, const CaseFinding& f, const CaseOptions& o, json& timeline, json& notes)
{
    std::vector<json> events;
    {
        auto st = db.prepare("SELECT id, actor, file_path, format FROM imports WHERE id IN (?, ?) ORDER BY id");
        st.bind(1, f.firstImport).bind(2, f.lastImport);
        while (st.step()) {
            const std::int64_t id = st.int64(0);
            const std::string what = "import " + std::to_string(id) + ": " + st.text(2) + " (" + st.text(3) + ")";
            if (id == f.firstImport)
                events.push_back(event(f.firstSeen, "import", st.text(1), "first seen in " + what));
            if (id == f.lastImport && f.lastImport != f.firstImport)
                events.push_back(event(f.lastSeen, "import", st.text(1), "last seen in " + what));
        }
    }
    {
        auto st = db.prepare("SELECT at, actor, action, reason FROM audit_log WHERE object_type = 'finding'"
                             " AND object_id = ? ORDER BY id LIMIT ?");
        st.bind(1, std::to_string(f.j["id"].get<std::int64_t>())).bind(2, o.maxTimelineEvents);
        while (st.step()) {
            std::string summary = st.text(2);
            if (const std::string reason = st.text(3); !reason.empty())
                summary += ": " + reason;
            events.push_back(event(st.text(0), "audit", st.text(1), shortened(std::move(summary), 300)));
        }
    }
    notes = json::array();
    {
        auto st = db.prepare("SELECT at, actor, text FROM finding_notes WHERE finding_id = ? ORDER BY at, id LIMIT ?");
        st.bind(1, f.j["id"].get<std::int64_t>()).bind(2, o.maxTimelineEvents);
        while (st.step()) {
            notes.push_back({{"at", st.text(0)}, {"actor", st.text(1)}, {"text", st.text(2)}});
            events.push_back(event(st.text(0), "note", st.text(1), shortened(st.text(2), 200)));
        }
    }
    {
        // Notes are shown as notes above; a change set's other fields become
        // one event each ("status: new → triaged").
        auto st = db.prepare("SELECT cs.id, cs.at, cs.actor, cs.action, cs.reason, fc.field, fc.before, fc.after"
                             " FROM finding_changes fc JOIN change_sets cs ON cs.id = fc.change_set"
                             " WHERE fc.finding_id = ? AND fc.field <> 'note' ORDER BY cs.id LIMIT ?");
        st.bind(1, f.j["id"].get<std::int64_t>()).bind(2, o.maxTimelineEvents);
        std::int64_t current = 0;
        json* open = nullptr;
        std::string reason;
        while (st.step()) {
            const std::int64_t cs = st.int64(0);
            const std::string change = st.text(5) + ": " + (st.textView(6).empty() ? std::string("(none)") : st.text(6)) +
                                       " → " + (st.textView(7).empty() ? std::string("(none)") : st.text(7));
            if (cs != current) {
                if (open && !reason.empty())
                    (*open)["summary"] = (*open)["summary"].get<std::string>() + " (" + reason + ")";
                current = cs;
                reason = shortened(st.text(4), 200);
                json e = event(st.text(1), "change", st.text(2), st.text(3) + " " + change);
                e["change_set"] = cs;
                events.push_back(std::move(e));
                open = &events.back();
            } else {
                (*open)["summary"] = (*open)["summary"].get<std::string>() + "; " + change;
            }
        }
        if (open && !reason.empty())
            (*open)["summary"] = (*open)["summary"].get<std::string>() + " (" + reason + ")";
    }
    std::stable_sort(events.begin(), events.end(), [](const json& a, const json& b) {
        return a["at"].get_ref<const std::string&>() < b["at"].get_ref<const std::string&>();
    });
    timeline = json::array();
    for (json& e : events)
        timeline.push_back(std::move(e));
}

} // namespace

std::optional<json> caseContext(Database& reader, std::int64_t findingId, const CaseOptions& options)
{
    ReadSnapshot snapshot(reader);
    auto f = readFinding(reader, findingId);
    if (!f)
        return std::nullopt;
    json out;
    out["intel"] = intelFor(reader, *f);

    const std::optional<Entity> service = readEntity(reader, f->service);
    out["service"] = service ? serviceJson(*service) : json(nullptr);
    const std::string ownerRef = !f->owner.empty() ? f->owner : service ? service->ownerRef : std::string();
    const std::optional<Entity> owner = ownerRef.empty() ? std::nullopt : readOwner(reader, ownerRef);
    if (owner)
        out["owner"] = {{"ref", owner->ref}, {"name", owner->name}, {"title", owner->title}, {"email", owner->email}};
    else if (!ownerRef.empty())
        out["owner"] = {{"ref", ownerRef}, {"name", ownerRef}, {"title", ""}, {"email", ""}};
    else
        out["owner"] = nullptr;
    json escalation = service ? escalationOf(*service) : json::array();
    std::string escalationFrom = escalation.empty() ? "" : "service";
    if (escalation.empty() && owner) {
        escalation = escalationOf(*owner);
        if (!escalation.empty())
            escalationFrom = "owner";
    }
    out["escalation"] = std::move(escalation);
    out["escalation_from"] = escalationFrom;

    json ownership = parsedOr(f->ownership, nullptr);
    if (!ownership.is_object()) {
        auto any = reader.prepare("SELECT EXISTS (SELECT 1 FROM catalog_entities)");
        any.step();
        ownership = {{"matched", nullptr},
                     {"reason", any.int64(0) ? "not mapped yet" : "no catalog loaded"}};
    }
    out["ownership"] = std::move(ownership);

    const std::string now = options.now.empty() ? isoUtc(QDateTime::currentDateTimeUtc()) : options.now;
    out["exposure"] = exposureOf(*f, now);
    json window = {{"from", nullptr}, {"to", nullptr}};
    out["changes"] = changesFor(reader, *f, service, options, window);
    out["changes_window"] = std::move(window);
    similarFindings(reader, {f->j["id"].get<std::int64_t>(), f->cves, f->ruleId, f->package, f->service},
                    options.similarCandidates, options.maxSimilar, out["similar"], out["similar_summary"]);
    timelineFor(reader, *f, options, out["timeline"], out["notes"]);
    out["policy"] = casePolicy(reader, f->j["id"].get<std::int64_t>(), now);
    out["finding"] = std::move(f->j);
    return out;
}

} // namespace closeloop
