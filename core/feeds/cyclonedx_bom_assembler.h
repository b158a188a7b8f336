// SPDX-License-Identifier: GPL-3.0-or-later
// A CycloneDX document assembled from the parts its JSON or XML reader hands
// over, each vulnerability becoming findings and VEX statements.
#pragma once

#include "feed_importer.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace closeloop {

// Keeps the document-level context (serial number, tools, the scanned
// component) and the component map; a vulnerability is turned into findings
// once the context it needs has been read. What comes out is documented with
// the importers, in cyclonedx_importer.h.
class CycloneDxBomAssembler
{
public:
    // xml: places are the XML reader's "line L, column C", not JSON pointers.
    CycloneDxBomAssembler(FindingSink& sink, bool xml);

    void setSerial(std::string serial);
    void setMetadata(const nlohmann::json& md, const std::string& place);
    // One top-level component, with the components nested in it.
    void addComponent(const nlohmann::json& c, const std::string& place);
    void componentsEnded();
    // The document has a vulnerabilities list (or declares the extension):
    // it is a vulnerability scan, even without a single vulnerability.
    void vulnerabilitiesPresent() { m_vulnerabilitiesPresent = true; }
    // Vulnerabilities that come before the metadata or the components wait in
    // memory until those are read (or the document ends).
    void addVulnerability(nlohmann::json&& v, std::string place, std::string raw);
    // The end of the document: the rest of the waiting vulnerabilities, the tool and the scope.
    void finish();

private:
    // What a finding needs to know about a component its vulnerability affects.
    struct Component
    {
        std::string name;
        std::string group;
        std::string version;
        std::string purl;
        std::string type;
        std::string file;
    };

    struct Pending
    {
        nlohmann::json value;
        std::string place;
        std::string raw;
    };

    struct Rating
    {
        Severity severity = Severity::Unknown;
        std::optional<double> cvssScore;
        std::string cvssVector;
        std::optional<double> epss;
    };

    struct Target
    {
        std::string ref;
        const nlohmann::json* versions = nullptr;
    };

    // A place inside a record: a JSON pointer below the record's pointer; in
    // XML the record's line and column (the field is named in the reason).
    std::string at(const std::string& place, const std::string& sub) const { return m_xml ? place : place + sub; }
    [[noreturn]] void fail(const std::string& place, const std::string& sub, const std::string& reason) const;

    bool ready() const;
    void flushIfReady();
    std::string tool() const { return m_tool.empty() ? std::string("CycloneDX") : m_tool; }
    std::string target() const { return m_target.empty() ? m_serial : m_target; }
    void readTools(const nlohmann::json& md);
    void registerComponent(const nlohmann::json& c, const std::string& place, int depth);
    Rating rating(const nlohmann::json& v, const std::string& place) const;
    std::vector<Target> targets(const nlohmann::json& v, const std::string& place) const;
    void handle(const Pending& p);
    // What every pair of one vulnerability shares.
    Finding common(const nlohmann::json& v, const std::string& id, const std::string& place) const;
    // Fills in the affected component (or the target itself when there is none).
    void finishFinding(Finding& f, const Target* t, const std::string& recommendation, const std::string& id,
                       bool onlyTarget) const;
    VexStatement statement(const nlohmann::json& v, const std::string& id, VexStatus status,
                           const nlohmann::json& analysis, const std::vector<Target>& affected,
                           const std::string& raw) const;

    FindingSink& m_sink;
    bool m_xml;
    std::string m_serial;
    bool m_serialSeen = false;
    bool m_metadataSeen = false;
    bool m_componentsDone = false;
    bool m_hasComponents = false;
    bool m_vulnerabilitiesPresent = false;
    bool m_sawAnalysis = false;
    std::string m_target;
    std::string m_assetName; // the scanned component with its version
    AssetKind m_assetKind = AssetKind::Unknown;
    std::string m_tool, m_toolVersion, m_author, m_timestamp;
    std::map<std::string, Component> m_components;
    std::vector<Pending> m_buffered;
};

} // namespace closeloop
