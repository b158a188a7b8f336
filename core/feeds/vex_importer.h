// SPDX-License-Identifier: GPL-3.0-or-later
// VEX documents: statements that a vulnerability does or does not affect
// products. They are not findings: they become VexStatements (for the
// exceptions work, with their provenance), name their author as the tool, and
// cover no scope, so importing one never closes a finding.
//
// OpenVEX (v0.0.x and v0.2.0): one VexStatement per statement, with the
// statement's products as a list. A product is named by identifiers.purl,
// else its @id (legacy documents write plain strings). Subcomponents are not
// listed as products: a statement about a package inside an image holds for
// that image, and listing the package on its own would widen it to every
// product that ships it; they stay in the raw statement. The document's @id,
// author and timestamp fill what a statement leaves out; statements wait in
// memory only until those three have been read (they normally come first).
//
// CSAF 2.x (category csaf_vex, and the security advisories that carry the same
// product_status): one VexStatement per vulnerability and status (affected:
// known_affected, first_affected, last_affected; not_affected:
// known_not_affected; fixed: fixed, first_fixed; under_investigation).
// Products resolve through the product tree (branches at any depth,
// full_product_names, relationships) to the purl of
// product_identification_helper, else the product name, else the id.
// Not-affected products are split further by their flag label, so each
// statement carries the justification that really applies to its products.
// Impact statements come from threats of category "impact" and action
// statements from remediations ("category: details") that name any of the
// statement's products directly or through a product group. The product
// tree and the document header are read whole (bounded); vulnerabilities
// stream, and wait in memory only if they come before the product tree.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class OpenVexImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "openvex"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

class CsafVexImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "csaf-vex"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
