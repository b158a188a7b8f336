// SPDX-License-Identifier: GPL-3.0-or-later
#include "severity.h"

#include <algorithm>
#include <cctype>

namespace closeloop {

std::string_view severityName(Severity s)
{
    switch (s) {
    case Severity::Critical: return "critical";
    case Severity::High: return "high";
    case Severity::Medium: return "medium";
    case Severity::Low: return "low";
    case Severity::Info: return "info";
    case Severity::Unknown: break;
    }
    return "unknown";
}

std::optional<Severity> severityFromWord(std::string_view word)
{
    std::string w(word);
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    while (!w.empty() && std::isspace(static_cast<unsigned char>(w.back())))
        w.pop_back();
    while (!w.empty() && std::isspace(static_cast<unsigned char>(w.front())))
        w.erase(w.begin());
    if (w == "critical" || w == "urgent" || w == "fatal")
        return Severity::Critical;
    if (w == "high" || w == "important" || w == "error" || w == "severe")
        return Severity::High;
    if (w == "medium" || w == "moderate" || w == "warning" || w == "warn")
        return Severity::Medium;
    if (w == "low" || w == "negligible" || w == "minor")
        return Severity::Low;
    if (w == "info" || w == "informational" || w == "information" || w == "note" || w == "none")
        return Severity::Info;
    if (w == "unknown" || w == "unspecified" || w == "undefined" || w.empty())
        return Severity::Unknown;
    return std::nullopt;
}

Severity severityFromCvss(double score)
{
    if (score >= 9.0)
        return Severity::Critical;
    if (score >= 7.0)
        return Severity::High;
    if (score >= 4.0)
        return Severity::Medium;
    if (score > 0.0)
        return Severity::Low;
    return Severity::Info;
}

} // namespace closeloop
