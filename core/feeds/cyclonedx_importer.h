// SPDX-License-Identifier: GPL-3.0-or-later
// CycloneDX BOMs that carry vulnerabilities (spec 1.4 to 1.7 in JSON and XML,
// and the 1.2/1.3 XML vulnerability extension): grype, trivy, jake and
// cdxgen output, and "CycloneDX VEX" documents.
//
// A finding is one (vulnerability, affected component) pair: each
// vulnerabilities[].affects[].ref is looked up among the components, at any
// nesting depth and including metadata.component; a ref that names no
// component (a VEX pointing into another BOM) still makes a finding, with
// the package read from the ref when it is a purl. A vulnerability without
// affects makes one finding on the scanned target itself. Components are
// kept as a bom-ref -> {name, group, version, purl, type, file} map, so
// memory grows with the component count (not the file size); vulnerabilities
// wait in memory only while the metadata or the components have not been read
// yet (a file that puts them first is buffered until its end).
//
// analysis.state: in a BOM with components each pair is a finding whose
// source state follows the analysis (not_affected, false_positive:
// suppressed; resolved: fixed), and a vulnerability that is not_affected,
// false_positive or resolved ALSO yields one VexStatement, so the exceptions
// work sees the justification with its provenance. A document without
// components whose vulnerabilities carry analysis is a CycloneDX VEX: those
// vulnerabilities yield VexStatements only, and the document covers no scope.
//
// Scope target: metadata.component as "group/name" without its version (a
// container name also without its tag, see scope_names.h; the version stays
// in the asset), else the serialNumber. It is covered only when the document
// has a vulnerabilities list (a plain SBOM is no vulnerability scan and must
// not close anything) and is not a VEX; without either name nothing is
// covered. Tool: the first named entry of metadata.tools (1.4 array or 1.5+
// {components, services}), else "CycloneDX".
//
// Rating: the highest method wins (CVSSv4, CVSSv31, CVSSv3, CVSSv2, then
// OWASP, SSVC, other; on a tie the NVD rating); its score and vector become
// cvssScore/cvssVector when it is a CVSS method. Severity: that rating's word,
// else the first rating's word, else derived from its CVSS score. An "other"
// rating from FIRST (EPSS) becomes epss.
//
// Fingerprint (family "cyclonedx"): tool name (lower case), scope target,
// vulnerability id, the component's identity without its version (purl type,
// namespace and name; else type/group/name; else the unresolved ref) and its
// file (trivy FilePath, syft location, cdxgen SrcFile, evidence occurrence).
// Versions, bom-refs (often random UUIDs) and ratings are left out.
//
// XML is read with QXmlStreamReader fed chunk by chunk; each top-level
// component and each vulnerability is turned into the same JSON shape and
// mapped by the same code. Its raw text is the element re-serialized. The
// 1.2/1.3 vulnerability extension (v:vulnerabilities) is read at bom level,
// where its ref names a component, and inside a component, as grype 0.3x
// wrote it (with a ref to nothing): there it affects the enclosing component.
// A root that declares the extension namespace counts as a vulnerability scan
// even without a single vulnerability (grype then writes none). A
// DOCTYPE is refused outright: QXmlStreamReader expands no external entities,
// but internal ones can still blow up (billion laughs), and no CycloneDX
// producer writes a DTD.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class CycloneDxJsonImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "cyclonedx-json"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

class CycloneDxXmlImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "cyclonedx-xml"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
