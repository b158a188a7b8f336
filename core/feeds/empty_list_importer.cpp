// SPDX-License-Identifier: GPL-3.0-or-later
#include "empty_list_importer.h"

#include "feed_error.h"
#include "json_record_reader.h"

namespace closeloop {

int EmptyListImporter::detect(const FeedSniff& sniff) const
{
    const bool wholeFileSeen = sniff.fileSize <= FeedSniff::PrefixBytes;
    return sniff.kind == FeedSniff::Kind::Json && sniff.jsonRoot == '[' && sniff.paths.empty() && wholeFileSeen ? 5
                                                                                                                : 0;
}

void EmptyListImporter::parse(ByteSource& src, const FeedSniff&, FindingSink&) const
{
    JsonRecordReader reader;
    bool any = false;
    reader.capture("/*", [&any](auto&, nlohmann::json&&) { any = true; });
    reader.run(src);
    if (any)
        throw FeedError("/0", "expected an empty list");
}

} // namespace closeloop
