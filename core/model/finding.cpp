// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

namespace closeloop {

std::string_view assetKindName(AssetKind k)
{
    switch (k) {
    case AssetKind::Repository: return "repository";
    case AssetKind::Image: return "image";
    case AssetKind::Host: return "host";
    case AssetKind::CloudResource: return "cloud_resource";
    case AssetKind::Package: return "package";
    case AssetKind::Service: return "service";
    case AssetKind::Cluster: return "cluster";
    case AssetKind::Unknown: break;
    }
    return "unknown";
}

AssetKind assetKindFromName(std::string_view n)
{
    for (auto k : {AssetKind::Repository, AssetKind::Image, AssetKind::Host, AssetKind::CloudResource,
                   AssetKind::Package, AssetKind::Service, AssetKind::Cluster}) {
        if (assetKindName(k) == n)
            return k;
    }
    return AssetKind::Unknown;
}

std::string_view sourceStateName(SourceState s)
{
    switch (s) {
    case SourceState::Suppressed: return "suppressed";
    case SourceState::Dismissed: return "dismissed";
    case SourceState::Fixed: return "fixed";
    case SourceState::Open: break;
    }
    return "open";
}

std::string_view vexStatusName(VexStatus s)
{
    switch (s) {
    case VexStatus::NotAffected: return "not_affected";
    case VexStatus::Affected: return "affected";
    case VexStatus::Fixed: return "fixed";
    case VexStatus::UnderInvestigation: break;
    }
    return "under_investigation";
}

std::optional<VexStatus> vexStatusFromName(std::string_view s)
{
    for (auto v : {VexStatus::NotAffected, VexStatus::Affected, VexStatus::Fixed, VexStatus::UnderInvestigation}) {
        if (vexStatusName(v) == s)
            return v;
    }
    return std::nullopt;
}

} // namespace closeloop
