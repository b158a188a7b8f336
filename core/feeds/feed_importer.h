// SPDX-License-Identifier: GPL-3.0-or-later
// One importer per feed format: it judges by content whether a feed is its
// format, and streams the feed into normalized findings.
#pragma once

#include "byte_source.h"
#include "feed_sniff.h"
#include "model/finding.h"

#include <string>
#include <string_view>
#include <tuple>

namespace closeloop {

// What a scan looked at: findings of this tool on this target that the scan
// did not report are gone (pending verification); nothing else is touched.
struct ScanScope
{
    std::string tool;
    std::string target;
    bool operator<(const ScanScope& o) const { return std::tie(tool, target) < std::tie(o.tool, o.target); }
    bool operator==(const ScanScope& o) const = default;
};

// Receives an importer's output. Findings and statements arrive in feed order.
class FindingSink
{
public:
    virtual ~FindingSink() = default;
    virtual void addFinding(Finding&& f) = 0;
    virtual void addVexStatement(VexStatement&& s) = 0;
    // Declares a scope the scan covered; call it even when the scan found
    // nothing there (that is what closes fixed findings).
    virtual void coverScope(const ScanScope& scope) = 0;
    // Tool name and version for the import record, when the feed names them.
    virtual void setTool(const std::string& tool, const std::string& version) = 0;
};

class FeedImporter
{
public:
    virtual ~FeedImporter() = default;
    // Stable machine name: "sarif", "trivy-json", "cyclonedx-xml", ...
    virtual std::string_view format() const = 0;
    // 0: not this format. 1-100: confidence; the highest wins. Must decide from
    // the sniff alone (never the file name).
    virtual int detect(const FeedSniff& sniff) const = 0;
    // Streams the source into the sink. Throws FeedError naming the place.
    virtual void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const = 0;
};

} // namespace closeloop
