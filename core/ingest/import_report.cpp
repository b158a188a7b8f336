// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_report.h"

#include <cstdio>

namespace closeloop {

std::string_view ImportReport::statusName(Status s)
{
    switch (s) {
    case Status::Imported: return "imported";
    case Status::Unchanged: return "unchanged";
    case Status::Rejected: return "rejected";
    case Status::Cancelled: return "cancelled";
    case Status::Failed: break;
    }
    return "failed";
}

std::string ImportReport::error() const
{
    if (errorReason.empty())
        return {};
    return file + (errorPlace.empty() ? "" : ": " + errorPlace) + ": " + errorReason;
}

nlohmann::json ImportReport::toJson() const
{
    nlohmann::json scopesJson = nlohmann::json::array();
    for (const auto& s : scopes)
        scopesJson.push_back({{"tool", s.tool}, {"target", s.target}});
    nlohmann::json j = {
        {"file", file},
        {"format", format.empty() ? nlohmann::json(nullptr) : nlohmann::json(format)},
        {"tool", tool.empty() ? nlohmann::json(nullptr) : nlohmann::json(tool)},
        {"tool_version", toolVersion},
        {"sha256", sha256},
        {"status", statusName(status)},
        {"import_id", importId ? nlohmann::json(importId) : nlohmann::json(nullptr)},
        {"findings", counts.findings},
        {"new", counts.created},
        {"updated", counts.updated},
        {"unchanged", counts.unchanged},
        {"duplicate", counts.duplicate},
        {"closed", counts.closed},
        {"reopened", counts.reopened},
        {"rejected", counts.rejected},
        {"vex", counts.vex},
        {"scopes", scopesJson},
        {"seconds", seconds},
        {"error", errorReason.empty() ? nlohmann::json(nullptr) : nlohmann::json(error())},
    };
    if (!errorPlace.empty())
        j["error_place"] = errorPlace;
    return j;
}

std::string ImportReport::summary() const
{
    char buf[512];
    switch (status) {
    case Status::Imported:
        std::snprintf(buf, sizeof buf,
                      "%s: imported (%s, %s): %lld findings: %lld new, %lld updated, %lld unchanged, "
                      "%lld closed, %lld reopened%s",
                      file.c_str(), format.c_str(), tool.c_str(), (long long)counts.findings,
                      (long long)counts.created, (long long)counts.updated, (long long)counts.unchanged,
                      (long long)counts.closed, (long long)counts.reopened,
                      counts.vex ? (", " + std::to_string(counts.vex) + " VEX statements").c_str() : "");
        return buf;
    case Status::Unchanged:
        return file + ": unchanged: the same file was already imported (import " + std::to_string(previousImportId) +
               "); nothing changed";
    case Status::Cancelled:
        return file + ": cancelled; nothing was stored";
    case Status::Rejected:
    case Status::Failed:
        break;
    }
    return error() + "; nothing was stored";
}

} // namespace closeloop
