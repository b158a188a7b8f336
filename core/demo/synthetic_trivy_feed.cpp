// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic_trivy_feed.h"

#include <cstdio>
#include <memory>
#include <random>
#include <stdexcept>

namespace closeloop {

namespace {

const char* const Severities[] = {"CRITICAL", "HIGH", "HIGH", "MEDIUM", "MEDIUM", "MEDIUM", "LOW", "LOW", "UNKNOWN"};
const char* const Words[] = {"buffer", "overflow", "heap", "parser", "request", "header", "remote", "attacker",
                             "crafted", "input", "denial", "service", "memory", "corruption", "validation",
                             "certificate", "authentication", "bypass", "injection", "path", "traversal", "leak"};

} // namespace

std::uint64_t writeSyntheticTrivyFeed(const std::string& path, const SyntheticTrivyOptions& o)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!out)
        throw std::runtime_error("cannot write " + path);
    std::setvbuf(out.get(), nullptr, _IOFBF, 1 << 20);
    std::mt19937 rng(o.seed);
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    std::FILE* f = out.get();
    std::fprintf(f,
                 "{\n  \"SchemaVersion\": 2,\n  \"CreatedAt\": \"%s\",\n  \"ArtifactName\": \"%s\",\n"
                 "  \"ArtifactType\": \"container_image\",\n  \"Trivy\": {\"Version\": \"0.57.1\"},\n"
                 "  \"Results\": [\n",
                 o.createdAt.c_str(), o.artifact.c_str());
    std::int64_t written = 0;
    int target = 0;
    while (written < o.findings || (o.findings == 0 && target == 0)) {
        std::fprintf(f, "%s    {\n      \"Target\": \"usr/lib/app/module-%d/package-lock.json\",\n"
                        "      \"Class\": \"lang-pkgs\",\n      \"Type\": \"npm\",\n      \"Vulnerabilities\": [\n",
                     target ? ",\n" : "", target);
        for (int i = 0; i < o.findingsPerTarget && written < o.findings; ++i, ++written) {
            const int year = 2015 + int(written % 11);
            const std::int64_t num = 10000 + written;
            const char* sev = Severities[pick(9)];
            const double score = sev[0] == 'C' ? 9.1 + pick(9) / 10.0
                                 : sev[0] == 'H' ? 7.0 + pick(19) / 10.0
                                 : sev[0] == 'M' ? 4.0 + pick(29) / 10.0
                                                 : 0.1 + pick(38) / 10.0;
            std::string desc;
            while (desc.size() < 280) {
                desc += Words[pick(22)];
                desc += ' ';
            }
            std::fprintf(f,
                         "%s        {\n"
                         "          \"VulnerabilityID\": \"CVE-%d-%lld\",\n"
                         "          \"PkgName\": \"pkg-%lld\",\n"
                         "          \"InstalledVersion\": \"%d.%d.%d\",\n"
                         "          \"FixedVersion\": \"%d.%d.%d\",\n"
                         "          \"Status\": \"fixed\",\n"
                         "          \"SeveritySource\": \"nvd\",\n"
                         "          \"PrimaryURL\": \"https://avd.aquasec.com/nvd/cve-%d-%lld\",\n"
                         "          \"Title\": \"pkg-%lld: %s %s in %s handling\",\n"
                         "          \"Description\": \"%s\",\n"
                         "          \"Severity\": \"%s\",\n"
                         "          \"CweIDs\": [\"CWE-%d\"],\n"
                         "          \"CVSS\": {\"nvd\": {\"V3Vector\": \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\", "
                         "\"V3Score\": %.1f}},\n"
                         "          \"References\": [\"https://nvd.nist.gov/vuln/detail/CVE-%d-%lld\", "
                         "\"https://github.com/advisories/GHSA-%04llx-%04x-%04x\", \"https://security.example/%lld\"],\n"
                         "          \"PublishedDate\": \"%d-0%d-1%dT10:15:00Z\",\n"
                         "          \"LastModifiedDate\": \"2026-01-0%dT08:00:00Z\"\n"
                         "        }",
                         i ? ",\n" : "", year, (long long)num, (long long)(written % 20000), pick(5), pick(20),
                         pick(30), 5 + pick(5), pick(20), pick(30), year, (long long)num, (long long)(written % 20000),
                         Words[pick(22)], Words[pick(22)], Words[pick(22)], desc.c_str(), sev, 20 + pick(900), score,
                         year, (long long)num, (unsigned long long)(written & 0xffff), unsigned(pick(0xffff)),
                         unsigned(pick(0xffff)), (long long)num, year, 1 + pick(9), pick(10), 1 + pick(9));
        }
        std::fprintf(f, "\n      ]\n    }");
        ++target;
        if (o.findings == 0)
            break;
    }
    std::fprintf(f, "\n  ]\n}\n");
    if (std::ferror(f))
        throw std::runtime_error("write error on " + path);
    const long size = std::ftell(f);
    return size < 0 ? 0 : std::uint64_t(size);
}

} // namespace closeloop
