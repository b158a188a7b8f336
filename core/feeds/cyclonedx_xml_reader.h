// SPDX-License-Identifier: GPL-3.0-or-later
// Streams a CycloneDX XML document into a CycloneDxBomAssembler, each element
// built into the JSON shape of the same object: one assembly for both encodings.
#pragma once

#include "byte_source.h"

#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

class QXmlStreamWriter;

namespace closeloop {

class CycloneDxBomAssembler;

// QXmlStreamReader is fed from the source chunk by chunk; each top-level
// component and each vulnerability is built whole, nothing else is.
class CycloneDxXmlReader
{
public:
    // The namespace of the <bom> root, followed by the spec version ("1.5").
    inline static const std::string BomNamespace = "http://cyclonedx.org/schema/bom/";

    CycloneDxXmlReader(ByteSource& src, CycloneDxBomAssembler& bom);
    // Reads the document into the assembler; throws FeedError ("line L, column C").
    void run();

private:
    static constexpr std::size_t FeedBytes = 64 * 1024;

    std::string where() const;
    QXmlStreamReader::TokenType next();
    // The element that just started must end; nothing inside it is built.
    void skip(int depth);
    void components();
    // After the component that held them is registered.
    void flushNested();
    // The <vulnerabilities> of the bom, or (1.2 extension, as grype wrote it)
    // of one component, which they then affect whatever their ref says.
    void vulnerabilities(int depth, const std::string& owner);
    // List elements and the name of their items; anything else is an object
    // (attributes and child elements as keys) or, without children, its text.
    static const char* itemOf(QStringView name);
    void count(std::size_t& bytes, qsizetype n) const;
    nlohmann::json element(int depth, QXmlStreamWriter* raw, std::size_t& bytes);

    struct Nested
    {
        nlohmann::json value;
        std::string place;
        std::string raw;
    };

    ByteSource& m_src;
    CycloneDxBomAssembler& m_bom;
    QXmlStreamReader m_xml;
    QXmlStreamNamespaceDeclarations m_namespaces;
    bool m_eof = false;
    std::vector<Nested> m_nested; // found inside the component being read
};

} // namespace closeloop
