// SPDX-License-Identifier: GPL-3.0-or-later
// CODEOWNERS files, GitHub's syntax with GitLab's sections: who owns a path
// in a repository.
//
// Patterns follow gitignore as GitHub documents it: '*' and '?' stay within
// a folder, '**' crosses folders, a pattern without an inner '/' matches at
// any depth, a leading or inner '/' anchors it at the root, a pattern naming a
// folder covers everything below it, and "docs/*" covers only the files
// directly in docs/. The last matching line wins.
//
// GitLab additions: "[Section]" and "[Section][2]" headers, whose owners
// after the bracket are the default for lines without owners, and
// "^[Optional]" sections. A required section's match wins over an optional
// one's (optional sections only ask for an optional review). "!path"
// (GitLab 17.10) leaves matching paths without owners.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace closeloop {

struct CodeownersRule
{
    int position = 0;                // 0-based, in file order
    int line = 0;                    // 1-based line in the file
    std::string pattern;             // as written
    std::vector<std::string> owners; // "@user", "@org/team", "name@example.com"; empty: unowned
    std::string section;             // GitLab section name, "" outside sections
    bool optionalSection = false;
};

class Codeowners
{
public:
    static constexpr std::size_t MaxRules = 20000;
    static constexpr std::size_t MaxSegments = 512; // folders in a pattern or path

    // Throws FeedError("line N", reason) for a line that is not a rule: an
    // unterminated section header, an owner that is neither @name nor an
    // e-mail address, or more than MaxRules rules.
    static Codeowners parse(std::string_view text);
    // Rebuilds from stored rules (codeowners_rules), in position order.
    static Codeowners fromRules(std::vector<CodeownersRule> rules);

    std::optional<CodeownersRule> match(std::string_view path) const;
    const std::vector<CodeownersRule>& rules() const { return m_rules; }

    // One pattern against one repository-relative path ("src/app/main.js").
    static bool patternMatches(std::string_view pattern, std::string_view path);

private:
    std::vector<CodeownersRule> m_rules;
};

} // namespace closeloop
