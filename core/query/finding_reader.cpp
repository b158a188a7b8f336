// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_reader.h"

#include "model/severity.h"

namespace closeloop {

namespace {

// A finding without an asset of its own (GitLab names none) shows the scope
// its scan covered.
constexpr const char* RowColumns =
    "id, fingerprint, title, severity, status, CASE WHEN asset = '' THEN scope_target ELSE asset END,"
    " location_file, location_line, package, package_version,"
    " tool, rule_id, last_seen, service, owner, kev, epss";

FindingRow rowFrom(const Statement& st)
{
    FindingRow r;
    r.id = st.int64(0);
    r.fingerprint = st.text(1);
    r.title = st.text(2);
    r.severity = int(st.int64(3));
    r.status = st.text(4);
    r.asset = st.text(5);
    const std::string file = st.text(6);
    const std::int64_t line = st.int64(7);
    const std::string pkg = st.text(8);
    const std::string ver = st.text(9);
    if (!file.empty())
        r.location = line > 0 ? file + ':' + std::to_string(line) : file;
    if (!pkg.empty()) {
        const std::string p = ver.empty() ? pkg : pkg + '@' + ver;
        r.location = r.location.empty() ? p : r.location + " (" + p + ')';
    }
    r.tool = st.text(10);
    r.ruleId = st.text(11);
    r.lastSeen = st.text(12);
    r.service = st.text(13);
    r.owner = st.text(14);
    r.kev = st.int64(15) != 0;
    if (!st.isNull(16))
        r.epss = st.real(16);
    return r;
}

} // namespace

nlohmann::json FindingRow::toJson() const
{
    return {{"id", id},
            {"fingerprint", fingerprint},
            {"title", title},
            {"severity", severityName(Severity(severity))},
            {"status", status},
            {"asset", asset},
            {"location", location},
            {"tool", tool},
            {"rule_id", ruleId},
            {"last_seen", lastSeen},
            {"service", service},
            {"owner", owner},
            {"kev", kev},
            {"epss", epss ? nlohmann::json(*epss) : nlohmann::json(nullptr)}};
}

FindingReader::FindingReader(const std::string& path)
    : m_db(path, Database::Mode::ReadOnly)
{
}

std::int64_t FindingReader::count()
{
    auto st = m_db.prepare("SELECT count(*) FROM findings");
    st.step();
    return st.int64(0);
}

std::map<int, std::int64_t> FindingReader::countBySeverity()
{
    std::map<int, std::int64_t> out;
    auto st = m_db.prepare("SELECT severity, count(*) FROM findings GROUP BY severity");
    while (st.step())
        out[int(st.int64(0))] = st.int64(1);
    return out;
}

std::vector<FindingRow> FindingReader::list(std::int64_t limit, std::int64_t offset)
{
    std::vector<FindingRow> out;
    auto st = m_db.prepare(std::string("SELECT ") + RowColumns +
                           " FROM findings ORDER BY severity DESC, id DESC LIMIT ? OFFSET ?");
    st.bind(1, limit).bind(2, offset);
    while (st.step())
        out.push_back(rowFrom(st));
    return out;
}

void FindingReader::forEach(std::int64_t limit, const std::function<void(const FindingRow&)>& fn)
{
    auto st = m_db.prepare(std::string("SELECT ") + RowColumns + " FROM findings ORDER BY severity DESC, id DESC LIMIT ?");
    st.bind(1, limit);
    while (st.step())
        fn(rowFrom(st));
}

void FindingReader::forEach(const CompiledFilter& filter, std::int64_t limit,
                            const std::function<void(const FindingRow&)>& fn)
{
    // The columns are qualified by the filter's alias f; RowColumns names no
    // other table, so they read the same.
    auto st = m_db.prepare(std::string("SELECT ") + RowColumns + " FROM findings f WHERE " + filter.where +
                           " ORDER BY severity DESC, id DESC LIMIT ?");
    const int next = bindFilter(st, filter);
    st.bind(next, limit);
    while (st.step())
        fn(rowFrom(st));
}

std::optional<nlohmann::json> FindingReader::details(Database& db, std::int64_t id)
{
    auto st = db.prepare(
        "SELECT f.id, f.fingerprint, f.status, f.status_changed_at, f.tool, f.tool_version, f.scope_target, f.rule_id,"
        " f.cves, f.cwes, f.title, f.description, f.severity, f.cvss_score, f.cvss_vector, f.asset_kind, f.asset,"
        " f.location_file, f.location_line, f.package, f.package_version, f.purl, f.fix_version, f.remediation, f.refs,"
        " f.environment, f.confidence, f.source_state, f.source_state_reason, f.first_seen, f.last_seen,"
        " f.first_import_id, f.last_import_id, f.fingerprint_inputs, f.raw, i.format, i.file_path, f.epss,"
        " f.first_seen_in_feed"
        " FROM findings f JOIN imports i ON i.id = f.last_import_id WHERE f.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    auto split = [](const std::string& s) {
        nlohmann::json a = nlohmann::json::array();
        std::size_t pos = 0;
        while (pos < s.size()) {
            const auto sp = s.find(' ', pos);
            a.push_back(s.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos));
            if (sp == std::string::npos)
                break;
            pos = sp + 1;
        }
        return a;
    };
    auto parsed = [](const std::string& s) {
        auto j = nlohmann::json::parse(s, nullptr, false);
        return j.is_discarded() ? nlohmann::json(s) : j;
    };
    nlohmann::json j;
    j["id"] = st.int64(0);
    j["fingerprint"] = st.text(1);
    j["status"] = st.text(2);
    j["status_changed_at"] = st.text(3);
    j["tool"] = st.text(4);
    j["tool_version"] = st.text(5);
    j["scope_target"] = st.text(6);
    j["rule_id"] = st.text(7);
    j["cves"] = split(st.text(8));
    j["cwes"] = split(st.text(9));
    j["title"] = st.text(10);
    j["description"] = st.text(11);
    j["severity"] = severityName(Severity(st.int64(12)));
    j["cvss_score"] = st.isNull(13) ? nlohmann::json(nullptr) : nlohmann::json(st.real(13));
    j["cvss_vector"] = st.text(14);
    j["asset_kind"] = st.text(15);
    j["asset"] = st.text(16);
    j["location"] = {{"file", st.text(17)},
                     {"line", st.int64(18)},
                     {"package", st.text(19)},
                     {"package_version", st.text(20)},
                     {"purl", st.text(21)}};
    j["fix_version"] = st.text(22);
    j["remediation"] = st.text(23);
    j["references"] = parsed(st.text(24));
    j["environment"] = st.text(25);
    j["confidence"] = st.text(26);
    j["source_state"] = st.text(27);
    j["source_state_reason"] = st.text(28);
    j["first_seen"] = st.text(29);
    j["last_seen"] = st.text(30);
    j["first_import_id"] = st.int64(31);
    j["last_import_id"] = st.int64(32);
    j["fingerprint_inputs"] = parsed(st.text(33));
    j["raw"] = parsed(st.text(34));
    j["format"] = st.text(35);
    j["source_file"] = st.text(36);
    j["epss"] = st.isNull(37) ? nlohmann::json(nullptr) : nlohmann::json(st.real(37));
    j["first_seen_in_feed"] = st.text(38);
    return j;
}

} // namespace closeloop
