// SPDX-License-Identifier: GPL-3.0-or-later
// The importers Closeloop knows, and content-based format detection over them.
#pragma once

#include "feed_importer.h"

#include <memory>
#include <vector>

namespace closeloop {

class ImporterRegistry
{
public:
    ImporterRegistry(); // every built-in importer
    const std::vector<std::unique_ptr<FeedImporter>>& importers() const { return m_importers; }
    // The best match, or nullptr when no importer recognizes the content.
    const FeedImporter* detect(const FeedSniff& sniff) const;
    const FeedImporter* byFormat(std::string_view format) const;

private:
    std::vector<std::unique_ptr<FeedImporter>> m_importers;
};

} // namespace closeloop
