// SPDX-License-Identifier: GPL-3.0-or-later
#include "scope_names.h"

namespace closeloop {

std::string imageRepository(std::string_view ref)
{
    if (const auto at = ref.find('@'); at != std::string_view::npos)
        ref = ref.substr(0, at);
    const auto slash = ref.rfind('/');
    const auto colon = ref.rfind(':');
    // A colon after the last slash starts a tag; one before it is a registry port.
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash))
        ref = ref.substr(0, colon);
    return std::string(ref);
}

} // namespace closeloop
