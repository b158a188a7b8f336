// SPDX-License-Identifier: GPL-3.0-or-later
// CISA's Known Exploited Vulnerabilities catalog as published
// (known_exploited_vulnerabilities.json): catalogVersion, dateReleased, count
// and vulnerabilities[] with cveID, vendorProject, product, vulnerabilityName,
// dateAdded, shortDescription, requiredAction, dueDate,
// knownRansomwareCampaignUse, notes, cwes.
#pragma once

#include "feeds/byte_source.h"

#include <cstdint>
#include <string>
#include <vector>

namespace closeloop {

struct KevEntry
{
    std::string cve;
    std::string vendor;
    std::string product;
    std::string name;
    std::string dateAdded; // YYYY-MM-DD
    std::string dueDate;   // YYYY-MM-DD
    std::string shortDescription;
    std::string requiredAction;
    std::string notes;
    bool ransomware = false; // knownRansomwareCampaignUse = "Known"
    std::vector<std::string> cwes;
};

struct KevCatalog
{
    std::string catalogVersion;
    std::string dateReleased;
    std::vector<KevEntry> entries;

    // The real catalog has about 1,400 entries; anything past this is not one.
    static constexpr std::size_t MaxEntries = 200000;

    // Streams the document (the file is never held whole; one entry at a
    // time is built). Throws FeedError naming the JSON pointer or line and
    // column: a missing or mistyped required field, a malformed cveID or date,
    // a duplicate cveID, an empty catalog, or a count that disagrees with the
    // entries (a truncated download must never clear a known-exploited flag).
    static KevCatalog read(ByteSource& src);
};

} // namespace closeloop
