// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_feed_generator.h"

#include "demo_other_feeds.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>

namespace closeloop {

using nlohmann::json;

namespace {

struct DemoVuln
{
    const char* id;
    const char* ecosystem; // os, npm, go, java, python
    const char* package;
    const char* installed;
    const char* fixed;
    const char* severity;
    double cvss;
    const char* vector;
    const char* cwe;
    const char* title;
};

// Real, well-known vulnerabilities, so the demo reads like a real workspace.
const DemoVuln Vulns[] = {
    {"CVE-2021-44228", "java", "org.apache.logging.log4j:log4j-core", "2.14.1", "2.15.0", "CRITICAL", 10.0,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "CWE-917", "log4j-core: Remote code execution in Log4j 2.x when logs contain an attacker-controlled string value"},
    {"CVE-2021-45046", "java", "org.apache.logging.log4j:log4j-core", "2.14.1", "2.16.0", "CRITICAL", 9.0,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H", "CWE-917", "log4j-core: DoS in log4j 2.x with thread context message pattern and context lookup pattern"},
    {"CVE-2022-22965", "java", "org.springframework:spring-beans", "5.3.17", "5.3.18", "CRITICAL", 9.8,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CWE-94", "spring-framework: RCE via Data Binding on JDK 9+"},
    {"CVE-2020-36518", "java", "com.fasterxml.jackson.core:jackson-databind", "2.12.3", "2.12.6.1", "HIGH", 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "CWE-787", "jackson-databind: denial of service via a large depth of nested objects"},
    {"CVE-2022-37434", "os", "zlib", "1.2.12-r1", "1.2.12-r2", "CRITICAL", 9.8,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CWE-787", "zlib: heap-based buffer over-read and overflow in inflate() in inflate.c via a large gzip header extra field"},
    {"CVE-2023-38545", "os", "curl", "8.2.1-r0", "8.4.0-r0", "CRITICAL", 9.8,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CWE-787", "curl: heap based buffer overflow in the SOCKS5 proxy handshake"},
    {"CVE-2023-4911", "os", "glibc", "2.36-9", "2.36-9+deb12u3", "HIGH", 7.8,
     "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "CWE-122", "glibc: buffer overflow in ld.so leading to privilege escalation (Looney Tunables)"},
    {"CVE-2023-4863", "os", "libwebp", "1.2.4-r2", "1.2.4-r3", "HIGH", 8.8,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", "CWE-787", "libwebp: heap buffer overflow in WebP Codec"},
    {"CVE-2022-40674", "os", "expat", "2.4.8-r0", "2.4.9-r0", "HIGH", 8.1,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", "CWE-416", "expat: a use-after-free in the doContent function in xmlparse.c"},
    {"CVE-2023-5363", "os", "openssl", "3.0.11-r0", "3.0.12-r0", "HIGH", 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", "CWE-325", "openssl: incorrect cipher key and IV length processing"},
    {"CVE-2023-44487", "go", "golang.org/x/net", "0.7.0", "0.17.0", "HIGH", 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "CWE-400", "HTTP/2: Multiple HTTP/2 enabled web servers are vulnerable to a DDoS attack (Rapid Reset Attack)"},
    {"CVE-2022-41723", "go", "golang.org/x/net", "0.7.0", "0.7.0", "HIGH", 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "CWE-770", "golang.org/x/net/http2: avoid quadratic complexity in HPACK decoding"},
    {"CVE-2022-32149", "go", "golang.org/x/text", "0.3.7", "0.3.8", "HIGH", 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "CWE-772", "golang: golang.org/x/text/language: ParseAcceptLanguage takes a long time to parse complex tags"},
    {"CVE-2021-23337", "npm", "lodash", "4.17.20", "4.17.21", "HIGH", 7.2,
     "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", "CWE-94", "nodejs-lodash: command injection via template"},
    {"CVE-2021-44906", "npm", "minimist", "1.2.5", "1.2.6", "CRITICAL", 9.8,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CWE-1321", "minimist: prototype pollution"},
    {"CVE-2022-25883", "npm", "semver", "7.3.7", "7.5.2", "MEDIUM", 5.3,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", "CWE-1333", "nodejs-semver: Regular expression denial of service"},
    {"CVE-2023-26136", "npm", "tough-cookie", "4.0.0", "4.1.3", "MEDIUM", 6.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N", "CWE-1321", "tough-cookie: prototype pollution in cookie memstore"},
    {"CVE-2023-32681", "python", "requests", "2.28.1", "2.31.0", "MEDIUM", 6.1,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N", "CWE-200", "python-requests: Unintended leak of Proxy-Authorization header"},
    {"CVE-2023-43804", "python", "urllib3", "1.26.12", "1.26.17", "HIGH", 8.1,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", "CWE-200", "python-urllib3: Cookie request header isn't stripped during cross-origin redirects"},
    {"CVE-2022-42969", "python", "py", "1.11.0", "", "MEDIUM", 5.3,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", "CWE-1333", "python-py: ReDoS in the py library via Subversion repository info"},
    {"CVE-2023-2650", "os", "openssl", "3.0.8-r3", "3.0.9-r0", "MEDIUM", 6.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "CWE-770", "openssl: Possible DoS translating ASN.1 object identifiers"},
    {"CVE-2023-28484", "os", "libxml2", "2.10.3-r1", "2.10.4-r0", "LOW", 3.7,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:L", "CWE-476", "libxml2: NULL dereference in xmlSchemaFixupComplexType"},
    {"CVE-2022-48303", "os", "tar", "1.34+dfsg-1", "", "LOW", 3.3,
     "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:L", "CWE-125", "tar: heap buffer overflow at from_header() in list.c via specially crafted checksum"},
};

void writeJson(const std::string& path, const json& j)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << j.dump(2) << '\n';
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

std::string lower(std::string s)
{
    for (auto& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

json trivyVuln(const DemoVuln& v)
{
    json j = {{"VulnerabilityID", v.id},
              {"PkgName", v.package},
              {"InstalledVersion", v.installed},
              {"Status", *v.fixed ? "fixed" : "affected"},
              {"SeveritySource", "nvd"},
              {"PrimaryURL", std::string("https://avd.aquasec.com/nvd/") + lower(v.id)},
              {"Title", v.title},
              {"Description", std::string(v.title) + ". An attacker who can reach the affected component may exploit "
                                                      "this weakness; see the references for the affected versions, "
                                                      "the upstream fix and vendor advisories."},
              {"Severity", v.severity},
              {"CweIDs", {v.cwe}},
              {"CVSS", {{"nvd", {{"V3Vector", v.vector}, {"V3Score", v.cvss}}}}},
              {"References", {std::string("https://nvd.nist.gov/vuln/detail/") + v.id}},
              {"PublishedDate", "2023-01-10T15:15:00Z"},
              {"LastModifiedDate", "2024-02-01T10:00:00Z"}};
    if (*v.fixed)
        j["FixedVersion"] = v.fixed;
    return j;
}

} // namespace

const std::vector<DemoService>& demoServices()
{
    static const std::vector<DemoService> services = {
        {"payments-api", "registry.demo.example/payments/payments-api:1.42.0", "https://git.demo.example/payments/payments-api", "java"},
        {"checkout-web", "registry.demo.example/shop/checkout-web:3.8.1", "https://git.demo.example/shop/checkout-web", "npm"},
        {"orders-service", "registry.demo.example/shop/orders-service:2.3.0", "https://git.demo.example/shop/orders-service", "go"},
        {"identity-service", "registry.demo.example/platform/identity:5.0.4", "https://git.demo.example/platform/identity", "java"},
        {"reporting-legacy", "registry.demo.example/finance/reporting:0.9.12", "https://git.demo.example/finance/reporting", "python"},
        {"data-pipeline", "registry.demo.example/data/pipeline:2024.11", "https://git.demo.example/data/pipeline", "python"},
    };
    return services;
}

std::vector<std::string> writeDemoFeeds(const std::string& dir)
{
    std::vector<std::string> files;
    std::mt19937 rng(20261125); // fixed: the demo is the same on every machine
    int serviceIndex = 0;
    for (const auto& svc : demoServices()) {
        ++serviceIndex;
        // Trivy image scan: OS packages plus the service's language packages.
        json osVulns = json::array();
        json langVulns = json::array();
        for (const auto& v : Vulns) {
            const std::string eco = v.ecosystem;
            const bool mine = eco == "os" || eco == svc.language;
            if (!mine || std::uniform_int_distribution<int>(0, 99)(rng) < 30)
                continue;
            (eco == "os" ? osVulns : langVulns).push_back(trivyVuln(v));
        }
        const std::string langTarget = svc.language == "npm"      ? "app/package-lock.json"
                                       : svc.language == "go"     ? "app/server"
                                       : svc.language == "python" ? "app/requirements.txt"
                                                                  : "app/app.jar";
        const std::string langType = svc.language == "npm"      ? "npm"
                                     : svc.language == "go"     ? "gobinary"
                                     : svc.language == "python" ? "pip"
                                                                : "jar";
        json results = json::array();
        results.push_back({{"Target", svc.image + " (alpine 3.18.4)"}, {"Class", "os-pkgs"}, {"Type", "alpine"},
                           {"Vulnerabilities", osVulns}});
        results.push_back({{"Target", langTarget}, {"Class", "lang-pkgs"}, {"Type", langType},
                           {"Vulnerabilities", langVulns}});
        if (serviceIndex % 2 == 0) {
            results.push_back(
                {{"Target", "app/config/settings.env"},
                 {"Class", "secret"},
                 {"Secrets",
                  {{{"RuleID", "aws-access-key-id"}, {"Category", "AWS"}, {"Severity", "CRITICAL"},
                    {"Title", "AWS Access Key ID"}, {"StartLine", 4}, {"EndLine", 4},
                    {"Match", "AWS_ACCESS_KEY_ID=********************"}}}}});
        }
        json report = {{"SchemaVersion", 2},
                       {"Trivy", {{"Version", "0.57.1"}}},
                       {"CreatedAt", "2026-11-20T08:00:00Z"},
                       {"ArtifactName", svc.image},
                       {"ArtifactType", "container_image"},
                       {"Metadata", {{"OS", {{"Family", "alpine"}, {"Name", "3.18.4"}}}}},
                       {"Results", results}};
        const std::string path = dir + "/" + svc.name + ".trivy.json";
        writeJson(path, report);
        files.push_back(path);
    }
    // The other tools a team runs beside Trivy.
    const auto& svcs = demoServices();
    const std::string sarif = dir + "/checkout-web.semgrep.sarif";
    demo::writeSemgrepSarif(sarif, svcs[1].repository);
    const std::string grype = dir + "/orders-service.grype.json";
    demo::writeGrypeReport(grype, svcs[2].image);
    const std::string gitlab = dir + "/data-pipeline.gl-dependency-scanning-report.json";
    demo::writeGitLabDependencyScan(gitlab);
    const std::string prowler = dir + "/aws-production.prowler.csv";
    demo::writeProwlerCsv(prowler);
    const std::string vex = dir + "/payments-api.openvex.json";
    demo::writeOpenVex(vex, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    files.insert(files.end(), {sarif, grype, gitlab, prowler, vex});
    return files;
}

} // namespace closeloop
