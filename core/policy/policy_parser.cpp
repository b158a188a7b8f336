// SPDX-License-Identifier: GPL-3.0-or-later
// The policy file is read like every other untrusted input: size and depth
// caps before nlohmann builds anything, then a walk that checks each key and
// type and names the line of the value at fault (docs/policy.md lists the
// schema and the messages). Nothing of a bad file is kept.
#include "policy.h"

#include "context/catalog_json_scan.h"
#include "feeds/feed_error.h"
#include "query/filter_field.h"
#include "util/ascii_text.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string_view>

namespace closeloop {

namespace policy_resources {
// The shipped default policy, generated from resources/policy/default-policy.json.
extern const char defaultPolicyJson[];
extern const std::size_t defaultPolicyJsonSize;
} // namespace policy_resources

namespace {

// File order is kept so that the first problem reported is the first in the file.
using json = nlohmann::ordered_json;
using Path = std::vector<std::string>;
using Words = std::initializer_list<std::string_view>;

constexpr std::size_t MaxPolicyBytes = std::size_t(4) << 20;
constexpr int MaxDepth = 32;
constexpr std::size_t MaxValues = 200000;
constexpr std::size_t MaxListItems = 1000; // rules, holidays, values of one condition
constexpr std::size_t MaxNamed = 100;      // calendars, SLA classes
constexpr std::size_t MaxSteps = 16;       // escalation steps of a clock, reminder days
constexpr std::size_t MaxTextBytes = 2000;
constexpr std::size_t MaxWordBytes = 256;
constexpr int MaxDays = 3650;
constexpr std::int64_t MaxDurationSeconds = std::int64_t(MaxDays) * 86400;

constexpr std::string_view Schema = "closeloop-policy/1";
const Words ClockNames = {"acknowledge", "contain", "remediate", "verify"};
const Words PathNames = {"enforce", "approve", "ticket", "incident", "batch"};
const Words NotifyNames = {"owner", "backup", "manager", "operations-lead", "assignee", "security"};
const Words TierNames = {"low", "medium", "high"};
const Words ApprovalNames = {"automatic", "automatic_notify", "manager"};
const Words DayNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const Words SeverityNames = {"info", "low", "medium", "high", "critical", "unknown"}; // 0..4, then unknown
const Words ConditionNames = {"severity",  "cvss",     "kev",          "epss",          "epss_percentile",
                              "environment", "criticality", "customer_facing", "internet_facing", "data_classes",
                              "lifecycle", "tool",     "tags",         "owner",         "service"};

Path operator/(Path p, std::string token)
{
    p.push_back(std::move(token));
    return p;
}

Path operator/(Path p, std::size_t index)
{
    p.push_back(std::to_string(index));
    return p;
}

std::string inQuotes(std::string_view s)
{
    return '"' + std::string(s) + '"';
}

std::string joined(Words words)
{
    std::string out;
    for (const auto w : words) {
        if (!out.empty())
            out += ", ";
        out += w;
    }
    return out;
}

std::string joinedKeys(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words) {
        if (!out.empty())
            out += ", ";
        out += w;
    }
    return out.empty() ? std::string("(none)") : out;
}

int indexOf(Words words, std::string_view w)
{
    int i = 0;
    for (const auto c : words) {
        if (c == w)
            return i;
        ++i;
    }
    return -1;
}

// " (did you mean "x"?)" or ", expected one of: ..." for a word not in the list.
std::string hintFor(std::string_view word, const std::vector<std::string_view>& choices, const std::string& listText)
{
    const std::string close = closestWord(word, choices);
    if (!close.empty())
        return "; did you mean " + inQuotes(close) + "?";
    return "; expected one of: " + listText;
}

std::string hintFor(std::string_view word, Words choices)
{
    return hintFor(word, std::vector<std::string_view>(choices), joined(choices));
}

// Ids of calendars, classes and rules: what a person can type and a column
// can hold without quoting.
bool validId(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.';
    });
}

// Line numbers of many offsets without counting from the start each time.
class LineIndex
{
public:
    explicit LineIndex(const std::string& text)
    {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n')
                m_newlines.push_back(i);
        }
    }
    int lineAt(std::size_t offset) const
    {
        return 1 + int(std::lower_bound(m_newlines.begin(), m_newlines.end(), offset) - m_newlines.begin());
    }

private:
    std::vector<std::size_t> m_newlines;
};

// JSON keeps the last of two equal keys, so a policy with "rules" written
// twice would lose the first list without a word. Runs on text nlohmann
// accepted; gives the offset of the second key.
std::optional<std::size_t> duplicateKeyOffset(const std::string& t, std::string* key)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        std::set<std::string> keys;
    };
    std::vector<Frame> stack;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"') {
            const std::size_t start = i;
            std::string s;
            for (++i; i < t.size() && t[i] != '"'; ++i) {
                if (t[i] == '\\' && i + 1 < t.size())
                    s.push_back(t[i++]);
                s.push_back(t[i]);
            }
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                stack.back().expectKey = false;
                if (!stack.back().keys.insert(s).second) {
                    *key = s;
                    return start;
                }
            }
        } else if (c == '{' || c == '[') {
            stack.push_back({c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty() && stack.back().object) {
            stack.back().expectKey = true;
        }
    }
    return std::nullopt;
}

struct Duration
{
    std::int64_t seconds = 0;
    bool usesDays = false; // "d" or "w"
};

// "<n>w<n>d<n>h<n>m", any of them, largest unit first, each at most once.
std::optional<Duration> parseDuration(std::string_view s)
{
    static constexpr std::string_view Units = "wdhm";
    static constexpr std::int64_t UnitSeconds[] = {7 * 86400, 86400, 3600, 60};
    Duration d;
    std::size_t lastUnit = 0, i = 0;
    bool first = true;
    if (s.empty())
        return std::nullopt;
    while (i < s.size()) {
        std::int64_t n = 0;
        std::size_t digits = 0;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits) {
            if (digits >= 9)
                return std::nullopt;
            n = n * 10 + (s[i] - '0');
        }
        if (digits == 0 || i >= s.size())
            return std::nullopt;
        const std::size_t unit = Units.find(s[i++]);
        if (unit == std::string_view::npos || (!first && unit <= lastUnit))
            return std::nullopt;
        first = false;
        lastUnit = unit;
        d.seconds += n * UnitSeconds[unit];
        if (unit <= 1 && n > 0)
            d.usesDays = true;
    }
    return d;
}

// "HH:MM" in minutes of the day; "24:00" only as an end.
std::optional<int> parseClockTime(std::string_view s, bool end)
{
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (s.size() != 5 || !digit(s[0]) || !digit(s[1]) || s[2] != ':' || !digit(s[3]) || !digit(s[4]))
        return std::nullopt;
    const int h = (s[0] - '0') * 10 + (s[1] - '0');
    const int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !end)))
        return std::nullopt;
    return h * 60 + m;
}

std::string shareText(double share)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", share);
    return buf;
}

QTime timeOfMinutes(int minutes)
{
    return minutes >= 24 * 60 ? QTime() : QTime(minutes / 60, minutes % 60);
}

class PolicyReader
{
public:
    PolicyReader(const std::string& text, const std::string& fileName)
        : m_text(text), m_file(fileName), m_scan(text), m_lines(text)
    {
        if (m_text.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_base = 3;
    }

    Policy read();

private:
    [[noreturn]] void failAtLine(int line, const std::string& reason) const
    {
        throw PolicyError(m_file + ':' + std::to_string(line), reason);
    }
    [[noreturn]] void fail(const Path& at, const std::string& reason) const { failAtLine(lineOf(at), reason); }
    int lineOf(const Path& at) const { return m_lines.lineAt(m_scan.offsetOf(m_base, at)); }

    json parseJson() const;

    const json& object(const json& v, const Path& at, const std::string& what) const
    {
        if (!v.is_object())
            fail(at, what + " must be an object {...}");
        return v;
    }
    const json& array(const json& v, const Path& at, const std::string& what, std::size_t maxItems) const
    {
        if (!v.is_array())
            fail(at, what + " must be a list [...]");
        if (v.size() > maxItems)
            fail(at, what + " has " + std::to_string(v.size()) + " entries; at most " + std::to_string(maxItems) +
                         " are allowed");
        return v;
    }
    // Refuses keys outside `allowed`, naming the closest allowed one.
    void onlyKeys(const json& obj, const Path& at, Words allowed, const std::string& where) const
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (indexOf(allowed, it.key()) < 0)
                fail(at / it.key(), "unknown key " + inQuotes(it.key()) + " in " + where + hintFor(it.key(), allowed));
        }
    }
    const json* member(const json& obj, const char* key) const
    {
        const auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }
    const json& required(const json& obj, const Path& at, const char* key, const std::string& where) const
    {
        if (const json* v = member(obj, key))
            return *v;
        fail(at, where + " needs " + inQuotes(key));
    }

    std::string text(const json& v, const Path& at, const std::string& what, std::size_t maxBytes) const
    {
        if (!v.is_string())
            fail(at, what + " must be a string");
        const auto& s = v.get_ref<const std::string&>();
        if (s.size() > maxBytes)
            fail(at, what + " is longer than " + std::to_string(maxBytes) + " bytes");
        return s;
    }
    std::string id(const json& v, const Path& at, const std::string& what) const
    {
        const std::string s = text(v, at, what, MaxWordBytes);
        if (!validId(s))
            fail(at, what + ' ' + inQuotes(s) + " is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'");
        return s;
    }
    std::string word(const json& v, const Path& at, const std::string& what, Words choices) const
    {
        const std::string s = text(v, at, what, MaxWordBytes);
        if (indexOf(choices, s) < 0)
            fail(at, inQuotes(s) + " is not " + what + hintFor(s, choices));
        return s;
    }
    double number(const json& v, const Path& at, const std::string& what) const
    {
        if (!v.is_number())
            fail(at, what + " must be a number");
        return v.get<double>();
    }
    int integer(const json& v, const Path& at, const std::string& what, int min, int max) const
    {
        if (!v.is_number_integer())
            fail(at, what + " must be a whole number");
        // Unsigned values past INT64_MAX would wrap: compare them as written.
        const bool huge = v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(max);
        const auto n = huge ? std::int64_t(max) + 1 : v.get<std::int64_t>();
        if (n < min || n > max)
            fail(at, what + " must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                         v.dump());
        return int(n);
    }
    bool flag(const json& v, const Path& at, const std::string& what) const
    {
        if (!v.is_boolean())
            fail(at, what + " must be true or false");
        return v.get<bool>();
    }
    double share(const json& v, const Path& at, const std::string& what) const
    {
        const double d = number(v, at, what);
        if (!(d > 0.0 && d < 1.0))
            fail(at, what + " must be between 0 and 1 (exclusive), e.g. 0.75");
        return d;
    }

    void readCalendars(const json& v, const Path& at);
    BusinessCalendar readCalendar(const std::string& name, const json& v, const Path& at) const;
    void readClockDefaults(const json& v, const Path& at);
    void readEscalation(const json& v, const Path& at, std::array<std::vector<EscalationStep>, SlaClockCount>& out) const;
    void readClasses(const json& v, const Path& at);
    ClockSpec readClock(const std::string& cls, const std::string& clock, const json& v, const Path& at) const;
    void readRouting(const json& v, const Path& at);
    void readExceptions(const json& v, const Path& at);
    void readTiers(const json& v, const Path& at);
    PolicyMatch readWhen(const json& v, const Path& at) const;
    PolicyCondition readCondition(const std::string& field, const json& v, const Path& at) const;
    void readRange(const std::string& field, const json& v, const Path& at, PolicyCondition& c, double lo,
                   double hi, bool names) const;
    std::vector<std::string> readWords(const json& v, const Path& at, const std::string& what) const;
    std::string knownClass(const json& v, const Path& at) const;
    std::vector<std::size_t> ruleLines(const Path& at) const;

    const std::string& m_text;
    std::string m_file;
    CatalogJsonScan m_scan;
    LineIndex m_lines;
    std::size_t m_base = 0;
    Policy m_policy;
    double m_atRisk = 0.75;
    std::array<std::vector<EscalationStep>, SlaClockCount> m_escalation;
};

json PolicyReader::parseJson() const
{
    if (m_text.size() > MaxPolicyBytes)
        failAtLine(1, "the file has " + std::to_string(m_text.size()) + " bytes; policy files over " +
                          std::to_string(MaxPolicyBytes >> 20) + " MiB are refused");
    try {
        m_scan.checkLimits(MaxDepth, MaxValues);
    } catch (const FeedError& e) {
        // FeedError's place is "line N".
        const auto digits = e.place().find_first_of("0123456789");
        failAtLine(digits == std::string::npos ? 1 : std::atoi(e.place().c_str() + digits), e.reason());
    }
    json root;
    try {
        root = json::parse(m_text);
    } catch (const json::parse_error& e) {
        // "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error ..."
        std::string reason = e.what();
        if (const auto colon = reason.find(": "); colon != std::string::npos)
            reason = reason.substr(colon + 2);
        std::size_t at = e.byte == 0 ? 0 : e.byte - 1;
        // A file cut short fails past its end: name its last written line.
        if (at >= m_text.size()) {
            at = m_text.size();
            while (at > 0 && std::string_view(" \t\r\n").find(m_text[at - 1]) != std::string_view::npos)
                --at;
            at = at == 0 ? 0 : at - 1;
        }
        failAtLine(m_lines.lineAt(at), "invalid JSON: " + reason);
    }
    std::string key;
    if (const auto dup = duplicateKeyOffset(m_text, &key))
        failAtLine(m_lines.lineAt(*dup), "the key " + inQuotes(key) +
                                             " is written twice in this object; JSON would keep only the last one");
    return root;
}

Policy PolicyReader::read()
{
    const json root = parseJson();
    if (!root.is_object())
        failAtLine(1, "a policy file is a JSON object {\"schema\": \"" + std::string(Schema) + "\", ...}");
    const json* schema = member(root, "schema");
    if (!schema)
        failAtLine(lineOf({}), "the file has no \"schema\"; a policy file starts with \"schema\": \"" +
                                   std::string(Schema) + '"');
    if (!schema->is_string() || schema->get_ref<const std::string&>() != Schema)
        fail({"schema"}, "unsupported schema " + (schema->is_string() ? inQuotes(schema->get<std::string>()) : schema->dump()) +
                             ": this version of Closeloop reads \"" + std::string(Schema) + '"');
    onlyKeys(root, {}, {"schema", "name", "calendars", "sla_classes", "clocks", "escalation", "routing", "exceptions"},
             "the policy");
    m_policy.name = m_file.substr(m_file.find_last_of("/\\") + 1); // npos + 1 == 0
    if (const json* v = member(root, "name"))
        m_policy.name = text(*v, {"name"}, "\"name\"", MaxTextBytes);
    if (const json* v = member(root, "calendars"))
        readCalendars(*v, {"calendars"});
    if (const json* v = member(root, "clocks"))
        readClockDefaults(*v, {"clocks"});
    if (const json* v = member(root, "escalation"))
        readEscalation(*v, {"escalation"}, m_escalation);
    readClasses(required(root, {}, "sla_classes", "the policy"), {"sla_classes"});
    readRouting(required(root, {}, "routing", "the policy"), {"routing"});
    readExceptions(required(root, {}, "exceptions", "the policy"), {"exceptions"});
    m_policy.text = m_text;
    m_policy.version = Sha256::hex(Sha256::of(m_text));
    return std::move(m_policy);
}

void PolicyReader::readCalendars(const json& v, const Path& at)
{
    object(v, at, "\"calendars\"");
    if (v.size() > MaxNamed)
        fail(at, "more than " + std::to_string(MaxNamed) + " calendars");
    for (auto it = v.begin(); it != v.end(); ++it) {
        const Path here = at / it.key();
        if (!validId(it.key()))
            fail(here, "calendar name " + inQuotes(it.key()) + " is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'");
        m_policy.calendars.emplace(it.key(), readCalendar(it.key(), it.value(), here));
    }
}

BusinessCalendar PolicyReader::readCalendar(const std::string& name, const json& v, const Path& at) const
{
    const std::string where = "calendar " + inQuotes(name);
    object(v, at, where);
    onlyKeys(v, at, {"time_zone", "working_days", "hours", "holidays"}, where);

    const std::string zoneId = text(required(v, at, "time_zone", where), at / "time_zone", "\"time_zone\"", MaxWordBytes);
    const QTimeZone zone(QByteArray::fromStdString(zoneId));
    if (zoneId.empty() || !zone.isValid())
        fail(at / "time_zone", inQuotes(zoneId) + " is not a time zone this system knows; use an IANA id such as \"Europe/Berlin\"");

    std::array<bool, 7> working{true, true, true, true, true, false, false};
    if (const json* days = member(v, "working_days")) {
        array(*days, at / "working_days", "\"working_days\"", 7);
        working.fill(false);
        for (std::size_t i = 0; i < days->size(); ++i) {
            const std::string day = word((*days)[i], at / "working_days" / i, "a day", DayNames);
            if (working[std::size_t(indexOf(DayNames, day))])
                fail(at / "working_days" / i, inQuotes(day) + " is listed twice");
            working[std::size_t(indexOf(DayNames, day))] = true;
        }
        if (days->empty())
            fail(at / "working_days", where + " has no working day, so its clocks would never end");
    }

    const json& hours = array(required(v, at, "hours", where), at / "hours", "\"hours\"", 24);
    if (hours.empty())
        fail(at / "hours", where + " needs at least one range of working hours, e.g. \"09:00-17:00\"");
    std::vector<WorkingHours> ranges;
    int previousEnd = -1;
    std::string previous;
    for (std::size_t i = 0; i < hours.size(); ++i) {
        const Path here = at / "hours" / i;
        const std::string range = text(hours[i], here, "a range of hours", MaxWordBytes);
        const auto dash = range.find('-');
        const auto from = dash == std::string::npos ? std::nullopt : parseClockTime(std::string_view(range).substr(0, dash), false);
        const auto to = dash == std::string::npos ? std::nullopt : parseClockTime(std::string_view(range).substr(dash + 1), true);
        if (!from || !to)
            fail(here, "bad hours " + inQuotes(range) + ": write \"HH:MM-HH:MM\" (24-hour clock, \"24:00\" as an end), e.g. \"09:00-17:30\"");
        if (*to <= *from)
            fail(here, inQuotes(range) + " ends before it starts; a range of hours cannot cross midnight");
        if (*from < previousEnd)
            fail(here, inQuotes(range) + " overlaps or comes before " + inQuotes(previous) +
                           "; list the ranges of a day in order, without overlaps");
        previousEnd = *to;
        previous = range;
        ranges.push_back({timeOfMinutes(*from), timeOfMinutes(*to)});
    }

    std::set<QDate> holidays;
    if (const json* list = member(v, "holidays")) {
        array(*list, at / "holidays", "\"holidays\"", MaxListItems);
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Path here = at / "holidays" / i;
            const std::string day = text((*list)[i], here, "a holiday", MaxWordBytes);
            const QDate date = QDate::fromString(QString::fromStdString(day), Qt::ISODate);
            if (day.size() != 10 || day[4] != '-' || day[7] != '-' || !date.isValid())
                fail(here, "bad holiday " + inQuotes(day) + ": write a date as YYYY-MM-DD, e.g. \"2026-12-25\"");
            holidays.insert(date);
        }
    }

    std::array<std::vector<WorkingHours>, 7> week;
    for (std::size_t d = 0; d < 7; ++d) {
        if (working[d])
            week[d] = ranges;
    }
    return BusinessCalendar(name, zone, std::move(week), std::move(holidays));
}

void PolicyReader::readClockDefaults(const json& v, const Path& at)
{
    object(v, at, "\"clocks\"");
    onlyKeys(v, at, {"on_reopen", "on_exception_expiry", "at_risk"}, "\"clocks\"");
    auto mode = [&](const char* key, ClockResumeMode& out) {
        if (const json* m = member(v, key))
            out = word(*m, at / key, "a way to resume a clock", {"restart", "continue"}) == "restart"
                      ? ClockResumeMode::Restart
                      : ClockResumeMode::Continue;
    };
    mode("on_reopen", m_policy.onReopen);
    mode("on_exception_expiry", m_policy.onExceptionExpiry);
    if (const json* r = member(v, "at_risk"))
        m_atRisk = share(*r, at / "at_risk", "\"at_risk\"");
}

void PolicyReader::readEscalation(const json& v, const Path& at,
                                  std::array<std::vector<EscalationStep>, SlaClockCount>& out) const
{
    object(v, at, "\"escalation\"");
    onlyKeys(v, at, ClockNames, "\"escalation\" (its keys are clocks)");
    for (auto it = v.begin(); it != v.end(); ++it) {
        const Path list = at / it.key();
        array(it.value(), list, "the escalation of " + inQuotes(it.key()), MaxSteps);
        std::vector<EscalationStep> steps;
        for (std::size_t i = 0; i < it.value().size(); ++i) {
            const Path here = list / i;
            const json& step = object(it.value()[i], here, "an escalation step {\"at\": 1.0, \"notify\": \"owner\"}");
            onlyKeys(step, here, {"at", "notify"}, "an escalation step");
            const double share = number(required(step, here, "at", "an escalation step"), here / "at", "\"at\"");
            if (!(share > 0.0 && share <= 10.0))
                fail(here / "at", "\"at\" is a share of the clock's time: above 0 and at most 10 (1.0 = the deadline)");
            if (!steps.empty() && share <= steps.back().share)
                fail(here / "at", "escalation steps must be in ascending order of \"at\"; " + shareText(share) +
                                      " does not come after " + shareText(steps.back().share));
            const std::string who = word(required(step, here, "notify", "an escalation step"), here / "notify",
                                         "someone to notify", NotifyNames);
            steps.push_back({share, who});
        }
        out[std::size_t(indexOf(ClockNames, it.key()))] = std::move(steps);
    }
}

void PolicyReader::readClasses(const json& v, const Path& at)
{
    object(v, at, "\"sla_classes\"");
    if (v.empty())
        fail(at, "\"sla_classes\" is empty; the routing needs at least one class");
    if (v.size() > MaxNamed)
        fail(at, "more than " + std::to_string(MaxNamed) + " SLA classes");
    const std::size_t base = m_scan.offsetOf(m_base, at);
    for (auto it = v.begin(); it != v.end(); ++it) {
        const Path here = at / it.key();
        const std::string where = "SLA class " + inQuotes(it.key());
        if (!validId(it.key()))
            fail(here, "SLA class name " + inQuotes(it.key()) + " is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'");
        const json& c = object(it.value(), here, where);
        onlyKeys(c, here, {"title", "at_risk", "clocks", "escalation"}, where);
        SlaClass cls;
        cls.id = it.key();
        cls.line = m_lines.lineAt(m_scan.offsetOf(base, {it.key()}));
        cls.title = cls.id;
        if (const json* t = member(c, "title"))
            cls.title = text(*t, here / "title", "\"title\"", MaxTextBytes);
        cls.atRiskShare = m_atRisk;
        if (const json* r = member(c, "at_risk"))
            cls.atRiskShare = share(*r, here / "at_risk", "\"at_risk\"");
        const json& clocks = object(required(c, here, "clocks", where), here / "clocks", "\"clocks\"");
        onlyKeys(clocks, here / "clocks", ClockNames, "the clocks of " + where);
        for (const char* needed : {"acknowledge", "remediate"}) {
            if (!member(clocks, needed))
                fail(here / "clocks", where + " has no " + inQuotes(needed) +
                                          " clock; every class needs acknowledge and remediate");
        }
        std::array<std::vector<EscalationStep>, SlaClockCount> escalation = m_escalation;
        if (const json* e = member(c, "escalation"))
            readEscalation(*e, here / "escalation", escalation); // replaces the named clocks only
        for (auto k = clocks.begin(); k != clocks.end(); ++k) {
            const std::size_t i = std::size_t(indexOf(ClockNames, k.key()));
            cls.clocks[i] = readClock(cls.id, k.key(), k.value(), here / "clocks" / k.key());
            cls.clocks[i].escalation = escalation[i];
        }
        m_policy.classes.emplace(cls.id, std::move(cls));
    }
}

ClockSpec PolicyReader::readClock(const std::string& cls, const std::string& clock, const json& v, const Path& at) const
{
    const std::string where = "the " + clock + " clock of " + inQuotes(cls);
    object(v, at, where + " ({\"within\": \"4h\"})");
    onlyKeys(v, at, {"within", "calendar"}, where);
    ClockSpec spec;
    if (const json* c = member(v, "calendar")) {
        spec.calendar = text(*c, at / "calendar", "\"calendar\"", MaxWordBytes);
        if (!m_policy.calendars.count(spec.calendar)) {
            std::vector<std::string> names;
            for (const auto& [name, cal] : m_policy.calendars)
                names.push_back(name);
            fail(at / "calendar", "unknown calendar " + inQuotes(spec.calendar) +
                                      hintFor(spec.calendar, std::vector<std::string_view>(names.begin(), names.end()),
                                              joinedKeys(names)));
        }
    }
    const Path w = at / "within";
    const std::string written =
        text(required(v, at, "within", where), w, "\"within\" (a duration such as \"4h\")", MaxWordBytes);
    const auto d = parseDuration(written);
    if (!d)
        fail(w, "bad duration " + inQuotes(written) +
                    ": write whole numbers with m, h, d or w, largest unit first, e.g. \"4h\", \"2d\" or \"1d12h\"");
    if (d->seconds == 0)
        fail(w, "the duration " + inQuotes(written) + " is zero; leave the clock out to have none");
    if (d->seconds > MaxDurationSeconds)
        fail(w, inQuotes(written) + " is longer than " + std::to_string(MaxDays) + " days");
    if (d->usesDays && !spec.calendar.empty())
        fail(w, inQuotes(written) + " counts working time on calendar " + inQuotes(spec.calendar) +
                    ": write it in hours or minutes (e.g. \"16h\"), since a business \"day\" is ambiguous");
    spec.seconds = d->seconds;
    return spec;
}

std::vector<std::size_t> PolicyReader::ruleLines(const Path& at) const
{
    std::vector<std::size_t> lines;
    for (const std::size_t offset : m_scan.elementOffsets(m_scan.offsetOf(m_base, at)))
        lines.push_back(std::size_t(m_lines.lineAt(offset)));
    return lines;
}

std::string PolicyReader::knownClass(const json& v, const Path& at) const
{
    const std::string cls = text(v, at, "\"sla_class\"", MaxWordBytes);
    if (m_policy.classes.count(cls))
        return cls;
    std::vector<std::string> names;
    for (const auto& [name, c] : m_policy.classes)
        names.push_back(name);
    fail(at, "unknown SLA class " + inQuotes(cls) +
                 hintFor(cls, std::vector<std::string_view>(names.begin(), names.end()), joinedKeys(names)));
}

void PolicyReader::readRouting(const json& v, const Path& at)
{
    object(v, at, "\"routing\"");
    onlyKeys(v, at, {"rules", "default"}, "\"routing\"");
    if (const json* rules = member(v, "rules")) {
        const Path list = at / "rules";
        array(*rules, list, "\"rules\"", MaxListItems);
        const auto lines = ruleLines(list);
        std::map<std::string, int> seen;
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const Path here = list / i;
            const json& r = object((*rules)[i], here, "a routing rule");
            onlyKeys(r, here, {"id", "description", "when", "path", "sla_class"}, "a routing rule");
            RoutingRule rule;
            rule.line = i < lines.size() ? int(lines[i]) : lineOf(here);
            rule.id = id(required(r, here, "id", "a routing rule"), here / "id", "the rule id");
            if (rule.id == "default")
                fail(here / "id", "\"default\" names the routing default; give the rule another id");
            if (const auto [it, fresh] = seen.emplace(rule.id, rule.line); !fresh)
                fail(here / "id", "duplicate rule id " + inQuotes(rule.id) + " (first at line " + std::to_string(it->second) + ')');
            if (const json* d = member(r, "description"))
                rule.description = text(*d, here / "description", "\"description\"", MaxTextBytes);
            if (const json* w = member(r, "when"))
                rule.when = readWhen(*w, here / "when");
            rule.path = word(required(r, here, "path", "a routing rule"), here / "path", "a path", PathNames);
            rule.slaClass = knownClass(required(r, here, "sla_class", "a routing rule"), here / "sla_class");
            m_policy.rules.push_back(std::move(rule));
        }
    }
    const Path at_default = at / "default";
    const json& d = object(required(v, at, "default", "\"routing\""), at_default, "the routing default");
    onlyKeys(d, at_default, {"path", "sla_class"}, "the routing default");
    m_policy.defaultRoute.id = "default";
    m_policy.defaultRoute.description = "no rule matched";
    m_policy.defaultRoute.line = lineOf(at_default);
    m_policy.defaultRoute.path = word(required(d, at_default, "path", "the routing default"), at_default / "path", "a path", PathNames);
    m_policy.defaultRoute.slaClass = knownClass(required(d, at_default, "sla_class", "the routing default"), at_default / "sla_class");
}

void PolicyReader::readTiers(const json& v, const Path& at)
{
    object(v, at, "\"tiers\"");
    onlyKeys(v, at, TierNames, "\"tiers\"");
    int previousDays = 0, previousApproval = 0;
    std::string previous;
    for (const auto name : TierNames) {
        const std::string tier(name);
        const json* t = member(v, tier.c_str());
        if (!t)
            fail(at, "the tier " + inQuotes(tier) + " is missing; low, medium and high are all required");
        const Path here = at / tier;
        const std::string where = "the tier " + inQuotes(tier);
        object(*t, here, where);
        onlyKeys(*t, here, {"max_days", "approval"}, where);
        ExceptionTier et;
        et.id = tier;
        et.maxDays = integer(required(*t, here, "max_days", where), here / "max_days", "\"max_days\"", 1, MaxDays);
        if (et.maxDays < previousDays)
            fail(here / "max_days", tier + " allows " + std::to_string(et.maxDays) + " days, fewer than " + previous +
                                        "'s " + std::to_string(previousDays) + "; a higher tier cannot allow less");
        const int approval = indexOf(ApprovalNames, word(required(*t, here, "approval", where), here / "approval",
                                                         "an approval", ApprovalNames));
        if (approval < previousApproval)
            fail(here / "approval", tier + " is approved more easily than " + previous +
                                        "; a higher tier cannot need less approval");
        if (tier == "high" && approval != 2)
            fail(here / "approval", "the high tier must need a manager (\"approval\": \"manager\"): known exploited "
                                    "findings always land there");
        et.approval = ExceptionTier::Approval(approval);
        previousDays = et.maxDays;
        previousApproval = approval;
        previous = tier;
        m_policy.exceptions.tiers.emplace(tier, et);
    }
}

void PolicyReader::readExceptions(const json& v, const Path& at)
{
    object(v, at, "\"exceptions\"");
    onlyKeys(v, at, {"tiers", "rules", "default_tier", "reminder_days", "security_team", "vex_expiry_days"},
             "\"exceptions\"");
    ExceptionPolicy& ex = m_policy.exceptions;
    readTiers(required(v, at, "tiers", "\"exceptions\""), at / "tiers");
    if (const json* rules = member(v, "rules")) {
        const Path list = at / "rules";
        array(*rules, list, "\"rules\"", MaxListItems);
        const auto lines = ruleLines(list);
        std::map<std::string, int> seen;
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const Path here = list / i;
            const json& r = object((*rules)[i], here, "a tier rule");
            onlyKeys(r, here, {"id", "description", "when", "tier"}, "a tier rule");
            TierRule rule;
            rule.line = i < lines.size() ? int(lines[i]) : lineOf(here);
            rule.id = id(required(r, here, "id", "a tier rule"), here / "id", "the rule id");
            if (rule.id == "default" || rule.id == "kev")
                fail(here / "id", inQuotes(rule.id) + " is reserved (the default tier and the known-exploited rule); "
                                                    "give the rule another id");
            if (const auto [it, fresh] = seen.emplace(rule.id, rule.line); !fresh)
                fail(here / "id", "duplicate rule id " + inQuotes(rule.id) + " (first at line " + std::to_string(it->second) + ')');
            if (const json* d = member(r, "description"))
                text(*d, here / "description", "\"description\"", MaxTextBytes);
            if (const json* w = member(r, "when"))
                rule.when = readWhen(*w, here / "when");
            rule.tier = word(required(r, here, "tier", "a tier rule"), here / "tier", "a tier", TierNames);
            ex.tierRules.push_back(std::move(rule));
        }
    }
    if (const json* d = member(v, "default_tier"))
        ex.defaultTier = word(*d, at / "default_tier", "a tier", TierNames);
    if (const json* r = member(v, "reminder_days")) {
        array(*r, at / "reminder_days", "\"reminder_days\"", MaxSteps);
        ex.reminderDays.clear();
        for (std::size_t i = 0; i < r->size(); ++i) {
            const int days = integer((*r)[i], at / "reminder_days" / i, "a reminder day", 1, MaxDays);
            if (!ex.reminderDays.empty() && days >= ex.reminderDays.back())
                fail(at / "reminder_days" / i, "reminder days must be in descending order (e.g. [14, 7, 1]); " +
                                                   std::to_string(days) + " comes after " +
                                                   std::to_string(ex.reminderDays.back()));
            ex.reminderDays.push_back(days);
        }
    }
    if (const json* s = member(v, "security_team"))
        ex.securityTeam = text(*s, at / "security_team", "\"security_team\"", MaxWordBytes);
    if (const json* d = member(v, "vex_expiry_days"))
        ex.vexExpiryDays = integer(*d, at / "vex_expiry_days", "\"vex_expiry_days\"", 1, MaxDays);
}

PolicyMatch PolicyReader::readWhen(const json& v, const Path& at) const
{
    object(v, at, "\"when\"");
    PolicyMatch m;
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (indexOf(ConditionNames, it.key()) < 0)
            fail(at / it.key(), "unknown condition " + inQuotes(it.key()) + hintFor(it.key(), ConditionNames));
        m.all.push_back(readCondition(it.key(), it.value(), at / it.key()));
    }
    return m;
}

std::vector<std::string> PolicyReader::readWords(const json& v, const Path& at, const std::string& what) const
{
    array(v, at, what, MaxListItems);
    if (v.empty())
        fail(at, what + " is an empty list, which matches nothing; leave the condition out instead");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::string s = asciiLower(text(v[i], at / i, "a value of " + what, MaxWordBytes));
        if (s.empty())
            fail(at / i, "an empty value in " + what);
        out.push_back(std::move(s));
    }
    return out;
}

void PolicyReader::readRange(const std::string& field, const json& v, const Path& at, PolicyCondition& c, double lo,
                             double hi, bool names) const
{
    const std::string what = inQuotes(field);
    onlyKeys(v, at, {"min", "max"}, "the range of " + what);
    if (v.empty())
        fail(at, "the range of " + what + " needs \"min\", \"max\" or both");
    auto bound = [&](const char* key) -> std::optional<double> {
        const json* b = member(v, key);
        if (!b)
            return std::nullopt;
        if (names) {
            // Severity bounds are names; "unknown" has no place on the scale.
            const std::string s = asciiLower(text(*b, at / key, what + " \"" + key + '"', MaxWordBytes));
            const int i = indexOf(SeverityNames, s);
            if (i < 0 || i > 4)
                fail(at / key, inQuotes(s) + " is not a severity to compare with" + hintFor(s, {"info", "low", "medium", "high", "critical"}));
            return double(i);
        }
        const double d = number(*b, at / key, what + " \"" + key + '"');
        if (d < lo || d > hi)
            fail(at / key, what + " \"" + key + "\" must be between " + std::to_string(int(lo)) + " and " +
                               std::to_string(int(hi)));
        return d;
    };
    c.kind = PolicyCondition::Kind::Range;
    c.min = bound("min");
    c.max = bound("max");
    if (c.min && c.max && *c.min > *c.max)
        fail(at / "max", what + ": \"max\" is below \"min\", so nothing would match");
}

PolicyCondition PolicyReader::readCondition(const std::string& field, const json& v, const Path& at) const
{
    PolicyCondition c;
    c.field = field;
    const std::string what = inQuotes(field);
    if (field == "kev" || field == "customer_facing" || field == "internet_facing") {
        c.kind = PolicyCondition::Kind::Flag;
        c.flag = flag(v, at, what);
    } else if (field == "cvss") {
        if (!v.is_object())
            fail(at, what + " must be a range such as {\"min\": 7.0, \"max\": 10}");
        readRange(field, v, at, c, 0, 10, false);
    } else if (field == "epss" || field == "epss_percentile") {
        if (!v.is_object())
            fail(at, what + " must be a range such as {\"min\": 0.5} (0 to 1)");
        readRange(field, v, at, c, 0, 1, false);
    } else if (field == "severity") {
        if (v.is_object()) {
            readRange(field, v, at, c, 0, 4, true);
        } else {
            if (!v.is_array())
                fail(at, what + " must be a list of severities or a range {\"min\": \"high\"}");
            c.values = readWords(v, at, what);
            for (std::size_t i = 0; i < c.values.size(); ++i) {
                if (indexOf(SeverityNames, c.values[i]) < 0)
                    fail(at / i, inQuotes(c.values[i]) + " is not a severity" + hintFor(c.values[i], SeverityNames));
            }
        }
    } else if (field == "criticality") {
        if (v.is_object()) {
            readRange(field, v, at, c, 1, 4, false);
        } else {
            if (!v.is_array())
                fail(at, what + " must be a list of tiers (1 to 4) or a range {\"max\": 2}");
            array(v, at, what, 4);
            if (v.empty())
                fail(at, what + " is an empty list, which matches nothing; leave the condition out instead");
            for (std::size_t i = 0; i < v.size(); ++i)
                c.values.push_back(std::to_string(integer(v[i], at / i, "a criticality tier", 1, 4)));
        }
    } else {
        // environment, data_classes, lifecycle, tool, tags, owner, service: any of the words.
        if (!v.is_array())
            fail(at, what + " must be a list of strings [...]");
        c.values = readWords(v, at, what);
        if (field == "environment" || field == "data_classes" || field == "tags") {
            for (std::size_t i = 0; i < c.values.size(); ++i) {
                if (c.values[i].find_first_of(" \t,") != std::string::npos)
                    fail(at / i, inQuotes(c.values[i]) + ": a value of " + what + " is one word, without spaces or commas");
            }
        }
    }
    return c;
}

} // namespace

Policy parsePolicy(const std::string& bytes, const std::string& fileName)
{
    return PolicyReader(bytes, fileName).read();
}

const std::string& defaultPolicyText()
{
    static const std::string text(policy_resources::defaultPolicyJson, policy_resources::defaultPolicyJsonSize);
    return text;
}

Policy defaultPolicy()
{
    // Parsed once: the build embeds a file the tests prove valid.
    static const Policy parsed = parsePolicy(defaultPolicyText(), "default-policy.json");
    return parsed;
}

} // namespace closeloop
