// SPDX-License-Identifier: GPL-3.0-or-later
// Turns one catalog document into a CatalogEntity: Backstage's fields, type
// checked, refs normalised, plus Closeloop's own annotations.
//
// Closeloop's annotations (metadata.annotations; values are strings, as
// Backstage requires, though YAML numbers and booleans are accepted):
//
//   closeloop.io/tier               criticality tier, "1" (highest) .. "4"
//   closeloop.io/customer-facing    "true" | "false"
//   closeloop.io/internet-facing    "true" | "false"
//   closeloop.io/data-classes       data the service holds, comma separated: "pii,pci"
//   closeloop.io/environment        where it runs: "prod", "staging", "dev" (comma separated if several)
//   closeloop.io/escalation-owner            who is called, in this order, each
//   closeloop.io/escalation-backup           "Name <contact>" where contact is an
//   closeloop.io/escalation-manager          e-mail address, phone number, chat
//   closeloop.io/escalation-operations-lead  handle or URL (or just one of them)
//   closeloop.io/images             container images, comma or newline separated;
//                                   tags and digests are ignored
//   closeloop.io/hosts              host names; "*.pay.demo.example" covers subdomains
//   closeloop.io/cloud-resources    ARNs or resource ids; each also covers the ids
//                                   below it ("arn:aws:s3:::exports" covers
//                                   ".../exports/file"); a trailing '*' is a raw prefix
//   closeloop.io/repositories       repositories beyond the project slug, as URLs or slugs
//   closeloop.io/paths              folders of the service inside its (first)
//                                   repository, for monorepos: "services/cart"
//   closeloop.io/codeowners         a CODEOWNERS file, relative to the catalog file,
//                                   for the component's (first) repository
//
// Standard annotations that also name what a service owns:
//   github.com/project-slug         "org/repo" on github.com
//   gitlab.com/project-slug         "group/repo" on gitlab.com
//   backstage.io/source-location    "url:https://host/org/repo[/tree/<ref>/<path>]";
//                                   with a path it claims that folder, not the repository
//   github.com/team-slug            (Groups) "org/team", how CODEOWNERS names the group
#pragma once

#include "catalog_entity.h"
#include "catalog_file_reader.h"

#include <string>
#include <vector>

namespace closeloop {

class CatalogEntityReader
{
public:
    // The kinds Closeloop keeps; others (API, Domain, Location, Template ...)
    // are valid catalog content it does not need.
    static bool keptKind(const std::string& lowerKind);

    // Reads a document of a kept kind. Throws FeedError("line N", reason) for
    // a document that is not an entity or has a field of the wrong type.
    // `file` is the catalog file (CODEOWNERS paths are relative to it).
    // Anything questionable but usable is appended to warnings.
    static CatalogEntity read(const CatalogDocument& doc, const std::string& file, std::vector<std::string>& warnings);

    // The kind of a document, lower case; throws FeedError when the document
    // is not a mapping or has no kind.
    static std::string kindOf(const CatalogDocument& doc);
};

// "Dana Kim <dana.kim@demo.example>" -> {name, contact}; a lone value is the
// contact when it looks like one (e-mail, URL, phone, @handle, #channel).
EscalationContact parseEscalationContact(const std::string& role, const std::string& text);

} // namespace closeloop
