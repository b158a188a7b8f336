// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog_keys.h"

#include "feeds/feed_text.h"
#include "util/ascii_text.h"

#include <algorithm>
#include <vector>

namespace closeloop {

namespace {

// White space around a key, as catalogs and scanners write it.
constexpr std::string_view Blanks = " \t\r\n";

bool slugSegment(std::string_view s)
{
    if (s.empty() || s == "." || s == "..")
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

bool hostLike(std::string_view s)
{
    if (s.empty() || s.find('.') == std::string_view::npos)
        return s == "localhost";
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '.' || c == '_';
        if (!ok)
            return false;
    }
    return s.front() != '.' && s.back() != '.';
}

std::string_view stripPort(std::string_view host)
{
    const auto colon = host.find(':');
    return colon == std::string_view::npos ? host : host.substr(0, colon);
}

// Builds the ref from a host (may be empty) and the path after it.
std::optional<RepositoryRef> fromHostAndPath(std::string_view host, std::string_view path, bool stripBranch)
{
    if (const auto q = path.find_first_of("?#"); q != std::string_view::npos)
        path = path.substr(0, q);
    std::vector<std::string_view> segs = pathSegments(path);
    std::string subPath;
    // Where the repository ends and a browse URL begins: GitLab's "/-/",
    // GitHub's and Gitea's "tree|blob|src/<ref>/...".
    for (std::size_t i = 2; i < segs.size(); ++i) {
        std::size_t rest = 0;
        if (segs[i] == "-" && i + 1 < segs.size())
            rest = i + 3; // - tree <ref>
        else if (segs[i] == "tree" || segs[i] == "blob" || segs[i] == "src")
            rest = i + 2; // tree <ref>
        else
            continue;
        for (std::size_t k = rest; k < segs.size(); ++k)
            subPath += (subPath.empty() ? "" : "/") + std::string(segs[k]);
        segs.resize(i);
        break;
    }
    if (segs.size() < 2)
        return std::nullopt;
    if (stripBranch) {
        // SARIF names a checkout as "<repositoryUri>@<branch>".
        std::string_view& last = segs.back();
        if (const auto at = last.find('@'); at != std::string_view::npos && at > 0)
            last = last.substr(0, at);
    }
    std::string_view& last = segs.back();
    if (last.size() > 4 && asciiLower(last.substr(last.size() - 4)) == ".git")
        last = last.substr(0, last.size() - 4);
    RepositoryRef ref;
    for (const auto& s : segs) {
        if (!slugSegment(s))
            return std::nullopt;
        ref.slug += (ref.slug.empty() ? "" : "/") + asciiLower(s);
    }
    ref.host = asciiLower(stripPort(host));
    ref.path = normalizePath(subPath);
    return ref;
}

} // namespace

std::optional<RepositoryRef> parseRepository(std::string_view text)
{
    text = trim(text, Blanks);
    if (text.empty() || text.size() > 2048)
        return std::nullopt;
    if (const auto scheme = text.find("://"); scheme != std::string_view::npos) {
        const std::string s = asciiLower(text.substr(0, scheme));
        if (s != "https" && s != "http" && s != "ssh" && s != "git" && s != "git+ssh" && s != "git+https")
            return std::nullopt;
        std::string_view rest = text.substr(scheme + 3);
        const auto slash = rest.find('/');
        if (slash == std::string_view::npos)
            return std::nullopt;
        std::string_view authority = rest.substr(0, slash);
        if (const auto at = authority.rfind('@'); at != std::string_view::npos)
            authority = authority.substr(at + 1); // user:token@ is never kept
        if (!hostLike(stripPort(authority)))
            return std::nullopt;
        return fromHostAndPath(authority, rest.substr(slash + 1), true);
    }
    // scp-like: git@github.com:acme/payments.git
    if (const auto colon = text.find(':'); colon != std::string_view::npos) {
        std::string_view host = text.substr(0, colon);
        if (const auto at = host.find('@'); at != std::string_view::npos)
            host = host.substr(at + 1);
        else
            return std::nullopt; // "project:uuid", "com.test:artifact"
        if (!hostLike(host))
            return std::nullopt;
        return fromHostAndPath(host, text.substr(colon + 1), false);
    }
    const auto segs = pathSegments(text);
    if (text.front() == '/' || segs.empty())
        return std::nullopt;
    if (segs.size() >= 3 && hostLike(segs[0]))
        return fromHostAndPath(segs[0], text.substr(segs[0].size() + 1), false);
    if (segs.size() == 2 && slugSegment(segs[0]) && slugSegment(segs[1]) && segs[0].front() != '.')
        return fromHostAndPath({}, text, false);
    return std::nullopt;
}

std::string normalizeImage(std::string_view ref)
{
    ref = trim(ref, Blanks);
    // Trivy names OS results "image (alpine 3.18.4)".
    if (const auto paren = ref.find(" ("); paren != std::string_view::npos)
        ref = ref.substr(0, paren);
    if (ref.empty() || ref.find(' ') != std::string_view::npos)
        return {};
    if (ref.substr(0, 8) == "arn:aws:" && ref.find(":ecr:") != std::string_view::npos) {
        // arn:aws:ecr:<region>:<account>:repository/<name>[/sha256:<digest>]
        std::vector<std::string_view> parts;
        std::size_t start = 0;
        for (int i = 0; i < 5; ++i) {
            const auto c = ref.find(':', start);
            if (c == std::string_view::npos)
                return {};
            parts.push_back(ref.substr(start, c - start));
            start = c + 1;
        }
        std::string_view resource = ref.substr(start);
        if (resource.substr(0, 11) != "repository/")
            return {};
        resource.remove_prefix(11);
        if (const auto sha = resource.find("/sha256:"); sha != std::string_view::npos)
            resource = resource.substr(0, sha);
        return asciiLower(std::string(parts[4]) + ".dkr.ecr." + std::string(parts[3]) + ".amazonaws.com/" +
                          std::string(resource));
    }
    if (const auto at = ref.find('@'); at != std::string_view::npos)
        ref = ref.substr(0, at);
    // A colon in the first segment followed by a slash is a registry port;
    // any other colon starts the tag (Snyk writes "name:tag/path").
    const auto slash = ref.find('/');
    const auto colon = ref.find(':', slash == std::string_view::npos ? 0 : slash);
    if (colon != std::string_view::npos)
        ref = ref.substr(0, colon);
    std::string out = asciiLower(ref);
    while (!out.empty() && out.back() == '/')
        out.pop_back();
    for (const char* hub : {"docker.io/", "index.docker.io/", "registry-1.docker.io/", "registry.hub.docker.com/"}) {
        const std::string h = hub;
        if (out.compare(0, h.size(), h) == 0) {
            out.erase(0, h.size());
            break;
        }
    }
    if (out.compare(0, 8, "library/") == 0 && out.find('/', 8) == std::string::npos)
        out.erase(0, 8);
    return out;
}

std::string normalizeHost(std::string_view text)
{
    text = trim(text, Blanks);
    if (const auto scheme = text.find("://"); scheme != std::string_view::npos)
        text = text.substr(scheme + 3);
    if (const auto slash = text.find('/'); slash != std::string_view::npos)
        text = text.substr(0, slash);
    if (const auto at = text.rfind('@'); at != std::string_view::npos)
        text = text.substr(at + 1);
    // An IPv6 literal keeps its colons; otherwise a colon starts the port.
    if (!text.empty() && text.front() == '[') {
        if (const auto close = text.find(']'); close != std::string_view::npos)
            text = text.substr(1, close - 1);
    } else if (std::count(text.begin(), text.end(), ':') == 1) {
        text = stripPort(text);
    }
    std::string out = asciiLower(text);
    while (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

std::string normalizeResource(std::string_view text)
{
    return asciiLower(trim(text, Blanks));
}

std::string normalizePath(std::string_view text)
{
    text = trim(text, Blanks);
    if (text.substr(0, 7) == "file://")
        text.remove_prefix(7);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\')
            c = '/';
        if (c == '/' && !out.empty() && out.back() == '/')
            continue;
        out.push_back(c);
    }
    while (out.compare(0, 2, "./") == 0)
        out.erase(0, 2);
    while (!out.empty() && out.front() == '/')
        out.erase(0, 1);
    while (!out.empty() && out.back() == '/')
        out.pop_back();
    return out;
}

bool pathUnder(std::string_view path, std::string_view prefix)
{
    if (prefix.empty())
        return true;
    if (path.size() < prefix.size() || path.compare(0, prefix.size(), prefix) != 0)
        return false;
    return path.size() == prefix.size() || path[prefix.size()] == '/';
}

std::vector<std::string_view> pathSegments(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto slash = s.find('/', start);
        const auto end = slash == std::string_view::npos ? s.size() : slash;
        if (end > start)
            out.push_back(s.substr(start, end - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return out;
}

} // namespace closeloop
