// SPDX-License-Identifier: GPL-3.0-or-later
#include "cyclonedx_importer.h"

#include "cyclonedx_bom_assembler.h"
#include "cyclonedx_xml_reader.h"
#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"

namespace closeloop {

using nlohmann::json;

int CycloneDxJsonImporter::detect(const FeedSniff& sniff) const
{
    if (sniff.kind != FeedSniff::Kind::Json || sniff.jsonRoot != '{')
        return 0;
    return sniff.value("/bomFormat") == "CycloneDX" ? 90 : 0;
}

void CycloneDxJsonImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not a CycloneDX JSON document");
    CycloneDxBomAssembler bom(sink, false);
    JsonRecordReader reader;
    reader.capture("/serialNumber", [&](auto&, json&& v) { bom.setSerial(js::str(&v)); });
    // Metadata and one top-level component with its children are bounded;
    // the lists of components and vulnerabilities are not, so they stream.
    reader.capture("/metadata", [&](auto& p, json&& v) { bom.setMetadata(v, JsonRecordReader::pointer(p)); });
    reader.capture("/components/*", [&](auto& p, json&& v) { bom.addComponent(v, JsonRecordReader::pointer(p)); });
    reader.onEnd("/components", [&](auto&) { bom.componentsEnded(); });
    reader.capture("/vulnerabilities/*", [&](auto& p, json&& v) {
        std::string raw = v.dump();
        bom.addVulnerability(std::move(v), JsonRecordReader::pointer(p), std::move(raw));
    });
    reader.onEnd("/vulnerabilities", [&](auto&) { bom.vulnerabilitiesPresent(); });
    reader.run(src);
    bom.finish();
}

int CycloneDxXmlImporter::detect(const FeedSniff& sniff) const
{
    if (sniff.kind != FeedSniff::Kind::Xml || sniff.xmlRoot != "bom")
        return 0;
    return startsWith(sniff.xmlNamespace, CycloneDxXmlReader::BomNamespace) ? 90 : 0;
}

void CycloneDxXmlImporter::parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const
{
    if (!detect(sniff))
        throw FeedError({}, "not a CycloneDX XML document");
    CycloneDxBomAssembler bom(sink, true);
    CycloneDxXmlReader(src, bom).run();
}

} // namespace closeloop
