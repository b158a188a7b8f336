// SPDX-License-Identifier: GPL-3.0-or-later
// A document that is only an empty JSON array ("[]"). Several tools write
// exactly that when they found nothing (GitHub REST lists, Prowler OCSF,
// Snyk --all-projects with no projects), so its format cannot be told from
// its content. It is accepted as a valid import of nothing: it adds no
// finding and, naming no tool or target, covers no scope and closes nothing.
#pragma once

#include "feed_importer.h"

namespace closeloop {

class EmptyListImporter : public FeedImporter
{
public:
    std::string_view format() const override { return "empty-list"; }
    int detect(const FeedSniff& sniff) const override;
    void parse(ByteSource& src, const FeedSniff& sniff, FindingSink& sink) const override;
};

} // namespace closeloop
