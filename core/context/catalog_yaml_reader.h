// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML half of CatalogFileReader: cuts the file at its "---" markers,
// parses each document with yaml-cpp and turns its nodes into JSON (YAML 1.2
// core schema, as Backstage reads it) with the line of every value, under the
// reader's caps on depth, nodes and text (aliases counted at every use).
#pragma once

#include "catalog_file_reader.h"

#include <string>

namespace closeloop {

class CatalogYamlReader
{
public:
    // Throws FeedError("line N", reason); documents before the error were delivered.
    static void read(const std::string& text, const CatalogFileReader::DocumentFn& fn);
};

} // namespace closeloop
