// SPDX-License-Identifier: GPL-3.0-or-later
// CycloneDX XML, streamed element by element into the JSON shape the assembler reads.
#include "cyclonedx_xml_reader.h"

#include "cyclonedx_bom_assembler.h"
#include "feed_error.h"
#include "json_record_reader.h"

#include <QXmlStreamWriter>

#include <set>

namespace closeloop {

using nlohmann::json;

CycloneDxXmlReader::CycloneDxXmlReader(ByteSource& src, CycloneDxBomAssembler& bom)
    : m_src(src)
    , m_bom(bom)
{
}

void CycloneDxXmlReader::run()
{
    while (next() != QXmlStreamReader::StartElement) {
    }
    if (m_xml.name() != u"bom" || !m_xml.namespaceUri().startsWith(QString::fromStdString(BomNamespace)))
        throw FeedError(where(), "the root element is not a CycloneDX <bom>");
    m_namespaces = m_xml.namespaceDeclarations();
    // A producer that declares the vulnerability extension scanned for
    // vulnerabilities even when it found none (it then writes no element).
    for (const auto& ns : m_namespaces) {
        if (ns.namespaceUri().startsWith(u"http://cyclonedx.org/schema/ext/vulnerability"))
            m_bom.vulnerabilitiesPresent();
    }
    m_bom.setSerial(m_xml.attributes().value(QLatin1StringView("serialNumber")).toString().toStdString());
    for (;;) {
        const auto t = next();
        if (t == QXmlStreamReader::EndElement)
            break; // </bom>: anything after it is not read
        if (t != QXmlStreamReader::StartElement)
            continue;
        const std::string place = where();
        if (m_xml.name() == u"metadata") {
            std::size_t bytes = 0;
            m_bom.setMetadata(element(1, nullptr, bytes), place);
            flushNested();
        } else if (m_xml.name() == u"components") {
            components();
        } else if (m_xml.name() == u"vulnerabilities") { // the bom namespace or the 1.2 extension
            vulnerabilities(1, {});
            m_bom.vulnerabilitiesPresent();
        } else {
            skip(1);
        }
    }
    m_bom.finish();
}

std::string CycloneDxXmlReader::where() const
{
    return "line " + std::to_string(m_xml.lineNumber()) + ", column " + std::to_string(m_xml.columnNumber());
}

QXmlStreamReader::TokenType CycloneDxXmlReader::next()
{
    for (;;) {
        const auto t = m_xml.readNext();
        if (!m_xml.hasError()) {
            if (t == QXmlStreamReader::DTD)
                throw FeedError(where(), "a DOCTYPE is not allowed in a CycloneDX document");
            if (t == QXmlStreamReader::EndDocument)
                throw FeedError(where(), "the document ends before its root element");
            return t;
        }
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
            std::string buf(FeedBytes, '\0');
            const std::size_t n = m_src.read(buf.data(), buf.size());
            if (n == 0)
                m_eof = true; // the next read reports the premature end as an error
            else
                m_xml.addData(QByteArray(buf.data(), qsizetype(n)));
            continue;
        }
        throw FeedError(where(), "invalid XML: " + m_xml.errorString().toStdString());
    }
}

void CycloneDxXmlReader::skip(int depth)
{
    int open = 1;
    while (open > 0) {
        const auto t = next();
        if (t == QXmlStreamReader::StartElement && ++open + depth > JsonRecordReader::MaxDepth)
            throw FeedError(where(), "nesting deeper than " + std::to_string(JsonRecordReader::MaxDepth) + " levels");
        if (t == QXmlStreamReader::EndElement)
            --open;
    }
}

void CycloneDxXmlReader::components()
{
    for (;;) {
        const auto t = next();
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != u"component") {
            skip(2);
            continue;
        }
        const std::string place = where();
        std::size_t bytes = 0;
        m_bom.addComponent(element(2, nullptr, bytes), place);
        flushNested();
    }
    m_bom.componentsEnded();
}

void CycloneDxXmlReader::flushNested()
{
    for (auto& n : m_nested)
        m_bom.addVulnerability(std::move(n.value), std::move(n.place), std::move(n.raw));
    m_nested.clear();
}

void CycloneDxXmlReader::vulnerabilities(int depth, const std::string& owner)
{
    for (;;) {
        const auto t = next();
        if (t == QXmlStreamReader::EndElement)
            return;
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != u"vulnerability") {
            skip(depth + 1);
            continue;
        }
        const std::string place = where();
        std::size_t bytes = 0;
        QString raw;
        QXmlStreamWriter writer(&raw);
        for (const auto& ns : m_namespaces) {
            if (ns.prefix().isEmpty())
                writer.writeDefaultNamespace(ns.namespaceUri().toString());
            else
                writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
        }
        json v = element(depth + 1, &writer, bytes);
        if (owner.empty()) {
            m_bom.addVulnerability(std::move(v), place, raw.toStdString());
        } else {
            if (v.is_object())
                v["affects"] = json::array({json{{"ref", owner}}});
            m_nested.push_back({std::move(v), place, raw.toStdString()});
        }
    }
}

const char* CycloneDxXmlReader::itemOf(QStringView name)
{
    static const std::pair<const char16_t*, const char*> lists[] = {
        {u"components", "component"}, {u"services", "service"},         {u"vulnerabilities", "vulnerability"},
        {u"ratings", "rating"},       {u"cwes", "cwe"},                 {u"advisories", "advisory"},
        {u"affects", "target"},       {u"versions", "version"},         {u"properties", "property"},
        {u"references", "reference"}, {u"externalReferences", "reference"}, {u"responses", "response"},
        {u"recommendations", "recommendation"}, {u"tools", "tool"},     {u"hashes", "hash"},
        {u"licenses", "license"},     {u"authors", "author"},           {u"endpoints", "endpoint"},
        {u"organizations", "organization"}, {u"individuals", "individual"}, {u"occurrences", "occurrence"},
    };
    for (const auto& [list, item] : lists) {
        if (name == QStringView(list))
            return item;
    }
    return nullptr;
}

void CycloneDxXmlReader::count(std::size_t& bytes, qsizetype n) const
{
    bytes += std::size_t(n);
    if (bytes > JsonRecordReader::MaxRecordBytes)
        throw FeedError(where(), "record larger than " + std::to_string(JsonRecordReader::MaxRecordBytes >> 20) +
                                     " MiB");
}

json CycloneDxXmlReader::element(int depth, QXmlStreamWriter* raw, std::size_t& bytes)
{
    if (depth > JsonRecordReader::MaxDepth)
        throw FeedError(where(), "nesting deeper than " + std::to_string(JsonRecordReader::MaxDepth) + " levels");
    const char* item = itemOf(m_xml.name());
    const bool component = m_xml.name() == u"component" && !raw;
    json obj = json::object();
    for (const auto& a : m_xml.attributes()) {
        count(bytes, a.value().size());
        obj[a.name().toString().toStdString()] = a.value().toString().toStdString();
    }
    // Vulnerabilities nested in a component affect it; one without a
    // bom-ref gets a name of its own for them to point at.
    if (component && js::str(obj, "bom-ref").empty())
        obj["bom-ref"] = "xml-component@" + where();
    if (raw)
        raw->writeCurrentToken(m_xml);
    json items = json::array();
    bool otherChildren = false;
    std::set<std::string> repeated;
    QString text;
    for (;;) {
        const auto t = next();
        if (raw && t != QXmlStreamReader::StartElement)
            raw->writeCurrentToken(m_xml);
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t == QXmlStreamReader::Characters) {
            count(bytes, m_xml.text().size());
            text += m_xml.text();
        } else if (t == QXmlStreamReader::EntityReference) {
            throw FeedError(where(), "an entity reference is not allowed in a CycloneDX document");
        } else if (t == QXmlStreamReader::StartElement) {
            if (component && m_xml.name() == u"vulnerabilities") {
                vulnerabilities(depth + 1, js::str(obj, "bom-ref"));
                continue;
            }
            const std::string child = m_xml.name().toString().toStdString();
            json value = element(depth + 1, raw, bytes);
            if (item && child == item) {
                items.push_back(std::move(value));
                continue;
            }
            otherChildren = true;
            auto it = obj.find(child);
            if (it == obj.end()) {
                obj[child] = std::move(value);
            } else {
                if (repeated.insert(child).second) // a repeated element becomes a list
                    *it = json::array({std::move(*it)});
                it->push_back(std::move(value));
            }
        }
    }
    if (item && !otherChildren)
        return items;
    if (!otherChildren && items.empty()) {
        const std::string value = text.trimmed().toStdString();
        if (obj.empty())
            return value;
        if (!value.empty())
            obj["value"] = value; // <property name="x">value</property>
    }
    return obj;
}

} // namespace closeloop
