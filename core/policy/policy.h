// SPDX-License-Identifier: GPL-3.0-or-later
// The policy in force, as the policy file (JSON, schema "closeloop-policy/1",
// docs/policy.md) describes it: routing rules that give each finding a path
// and an SLA class, the classes' four clocks, escalation thresholds, and the
// exception tiers. Its version is the SHA-256 of the file's bytes, stored
// with every decision it makes.
#pragma once

#include "business_calendar.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace closeloop {

enum class SlaClockKind { Acknowledge = 0, Contain = 1, Remediate = 2, Verify = 3 };
constexpr int SlaClockCount = 4;
const char* slaClockName(SlaClockKind k);             // "acknowledge", ...
std::optional<SlaClockKind> slaClockFromName(const std::string& name);

// What a clock does when it comes back after a stop: start over with its
// whole time, or go on with what is left.
enum class ClockResumeMode { Restart, Continue };

// At `share` of a clock's time (1.0 = the deadline), notify `notify`: one of
// owner, backup, manager, operations-lead (the service's escalation chain),
// assignee, or security (the exception policy's security team).
struct EscalationStep
{
    double share = 1.0;
    std::string notify;
};

struct ClockSpec
{
    std::int64_t seconds = 0;  // the clock's time; 0 = this class has no such clock
    std::string calendar;      // '' = calendar time, else a name in Policy::calendars
    std::vector<EscalationStep> escalation; // ascending share
};

struct SlaClass
{
    std::string id;
    std::string title;
    std::array<ClockSpec, SlaClockCount> clocks;
    double atRiskShare = 0.75; // past this share of its time a clock is at risk
    int line = 0;
};

// One condition of a rule on one fact of a finding. Lists match any of their
// values; ranges are inclusive; flags must equal.
struct PolicyCondition
{
    enum class Kind { AnyOf, Range, Flag };
    std::string field; // severity, cvss, kev, epss, epss_percentile, environment, criticality,
                       // customer_facing, internet_facing, data_classes, lifecycle, tool, tags, owner, service
    Kind kind = Kind::AnyOf;
    std::vector<std::string> values;  // AnyOf (lower case; severity by name)
    std::optional<double> min, max;   // Range (severity as 0..4, criticality tier 1..4)
    bool flag = false;                // Flag
};

struct PolicyMatch
{
    std::vector<PolicyCondition> all; // every condition holds; empty matches everything
};

struct RoutingRule
{
    std::string id;
    std::string description;
    PolicyMatch when;
    std::string path;     // enforce, approve, ticket, incident, batch
    std::string slaClass;
    int line = 0;
};

struct ExceptionTier
{
    enum class Approval { Automatic, AutomaticNotify, Manager };
    std::string id;         // low, medium, high
    int maxDays = 30;       // the longest expiry this tier allows
    Approval approval = Approval::Manager;
};

struct TierRule
{
    std::string id;
    PolicyMatch when;
    std::string tier;
    int line = 0;
};

struct ExceptionPolicy
{
    std::map<std::string, ExceptionTier> tiers; // low, medium, high: all three
    std::vector<TierRule> tierRules;            // first match wins
    std::string defaultTier = "high";
    std::vector<int> reminderDays{14, 7, 1};    // descending
    std::string securityTeam;                   // who "security" notifications go to
    int vexExpiryDays = 180;                    // VEX statements become exceptions this long
};

struct Policy
{
    std::string version;   // SHA-256 (hex) of the file's bytes
    std::string name;
    std::string text;      // the file as loaded
    std::map<std::string, BusinessCalendar> calendars;
    std::map<std::string, SlaClass> classes;
    ClockResumeMode onReopen = ClockResumeMode::Restart;
    ClockResumeMode onExceptionExpiry = ClockResumeMode::Continue;
    std::vector<RoutingRule> rules; // first match wins
    RoutingRule defaultRoute;       // id "default"
    ExceptionPolicy exceptions;

    // The calendar a clock counts in; nullptr for calendar time.
    const BusinessCalendar* calendarOf(const ClockSpec& c) const;
    std::string shortVersion() const { return version.substr(0, 12); }
};

// The facts of a finding the rules look at (the finding plus its service).
struct FindingFacts
{
    int severity = -1; // -1 unknown, 0 info .. 4 critical
    std::optional<double> cvss;
    bool kev = false;
    std::optional<double> epss;
    std::optional<double> epssPercentile;
    std::string environment; // the finding's, else the service's; space separated
    std::optional<int> criticality; // service tier 1 (highest) .. 4
    std::optional<bool> customerFacing;
    std::optional<bool> internetFacing;
    std::vector<std::string> dataClasses;
    std::string lifecycle;
    std::string tool;
    std::vector<std::string> tags;
    std::string owner;
    std::string service;
};

struct RouteDecision
{
    std::string path;
    std::string slaClass;
    std::string rule; // the rule's id, "default" when none matched
};

bool matches(const PolicyMatch& m, const FindingFacts& f);
RouteDecision route(const Policy& p, const FindingFacts& f);
// The exception tier for one finding; known exploited is always "high",
// whatever the rules say. rule receives the rule's id ("kev", "default").
std::string exceptionTier(const Policy& p, const FindingFacts& f, std::string* rule = nullptr);
// The higher of two tiers (low < medium < high).
std::string higherTier(const std::string& a, const std::string& b);

// Thrown for a policy file that is not valid: where is "file:line", reason
// says what is wrong and, where it helps, what was expected.
class PolicyError : public std::runtime_error
{
public:
    PolicyError(std::string where, std::string reason)
        : std::runtime_error(where + ": " + reason), m_where(std::move(where)), m_reason(std::move(reason)) {}
    const std::string& where() const { return m_where; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_where, m_reason;
};

// Parses and fully validates a policy file's bytes. fileName is used in
// errors. Throws PolicyError naming the first problem (file:line: reason).
Policy parsePolicy(const std::string& bytes, const std::string& fileName);
// The shipped default policy (resources/policy/default-policy.json).
const std::string& defaultPolicyText();
Policy defaultPolicy();

} // namespace closeloop
