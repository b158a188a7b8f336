// SPDX-License-Identifier: GPL-3.0-or-later
// The normal forms in which the catalog's ownership keys and the findings'
// assets meet: a catalog says "git@github.com:Acme/Pay.git" where a scanner
// says "https://github.com/acme/pay@main"; both must become the same key.
// Everything is lower case; credentials in URLs are dropped, never kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

struct RepositoryRef
{
    std::string host; // "github.com"; empty for a bare "org/repo" slug
    std::string slug; // "acme/payments" (GitLab: "group/sub/repo")
    std::string path; // a folder inside the repository from a tree/blob URL
    // "github.com/acme/payments", or the slug alone when the host is unknown.
    std::string key() const { return host.empty() ? slug : host + '/' + slug; }
};

// Accepts URLs (https, http, ssh, git; with user, port, ".git", "@branch",
// /tree/<ref>/<path>, /-/tree/<ref>/<path>), scp-like "git@host:org/repo",
// "host.tld/org/repo" and bare "org/repo". nullopt for anything else (".",
// a file path, "project:uuid"), so an asset that is no repository is not
// reported as one.
std::optional<RepositoryRef> parseRepository(std::string_view text);

// Container images by repository, without tag or digest:
// "registry.demo.example/payments/payments-api:1.42.0" -> "registry.demo.example/payments/payments-api";
// Docker Hub names in their short form ("docker.io/library/nginx:1" -> "nginx");
// an ECR image ARN ("arn:aws:ecr:<region>:<account>:repository/<name>/sha256:..")
// as its registry name ("<account>.dkr.ecr.<region>.amazonaws.com/<name>").
// Empty when nothing like an image is left.
std::string normalizeImage(std::string_view reference);

// Host names: lower case, no scheme, port, path or trailing dot. "*.x" stays
// a wildcard for the catalog side.
std::string normalizeHost(std::string_view text);

// Cloud resource ids (ARNs, Azure and GCP resource ids): trimmed, lower case.
// A catalog key ending in '*' matches any resource starting with the rest;
// otherwise a key matches the same id or one that continues it after '/' or ':'.
std::string normalizeResource(std::string_view text);

// Repository-relative file paths: no "file://", "./" or leading '/', single
// slashes, '\' as '/'. Case is kept (paths are case-sensitive).
std::string normalizePath(std::string_view text);

// True when path is prefix itself or lies below it (segment boundary).
bool pathUnder(std::string_view path, std::string_view prefix);

// The non-empty segments between slashes ("/a//b/" -> {"a", "b"}), as views
// into s: the one split for repository URLs, CODEOWNERS patterns and paths.
std::vector<std::string_view> pathSegments(std::string_view s);

} // namespace closeloop
