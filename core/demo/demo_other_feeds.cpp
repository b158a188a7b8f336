// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_other_feeds.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace closeloop::demo {

using nlohmann::json;

namespace {

void save(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

struct CodeIssue
{
    const char* rule;
    const char* cwe;
    const char* level;
    const char* severity; // security-severity
    const char* title;
    const char* file;
    int line;
    const char* snippet;
};

const CodeIssue CodeIssues[] = {
    {"javascript.express.security.cors-misconfiguration", "CWE-346", "warning", "5.3",
     "Access-Control-Allow-Origin is set to \"*\", disabling the same-origin policy", "server/app.js", 41,
     "res.setHeader('Access-Control-Allow-Origin', '*')"},
    {"javascript.lang.security.path-traversal", "CWE-22", "error", "7.5",
     "File path built from request input (path traversal)", "server/routes/invoices.js", 88,
     "fs.readFileSync(path.join(INVOICE_DIR, req.params.name))"},
    {"javascript.mongodb.nosql-where-injection", "CWE-943", "error", "8.1",
     "Untrusted input in a MongoDB $where clause (NoSQL injection)", "server/routes/orders.js", 132,
     "Order.find({ $where: `this.customer == '${req.query.customer}'` })"},
    {"javascript.browser.security.insecure-innerhtml", "CWE-79", "warning", "6.1",
     "User-controlled data written to innerHTML (cross-site scripting)", "web/src/components/Review.tsx", 27,
     "container.innerHTML = review.body"},
    {"generic.secrets.security.detected-stripe-api-key", "CWE-798", "error", "9.1",
     "Stripe live API key committed to the repository", "server/config/payment.js", 6,
     "const STRIPE_KEY = 'sk_live_********************'"},
    {"javascript.lang.security.eval-detected", "CWE-95", "warning", "6.3",
     "eval() of a value that may come from the request", "server/lib/rules.js", 54,
     "return eval(rule.expression)"},
    {"javascript.jsonwebtoken.security.jwt-none-alg", "CWE-347", "error", "8.2",
     "JWT verification accepts the \"none\" algorithm", "server/auth/verify.js", 19,
     "jwt.verify(token, key, { algorithms: ['HS256', 'none'] })"},
};

} // namespace

void writeSemgrepSarif(const std::string& path, const std::string& repository)
{
    json rules = json::array();
    json results = json::array();
    for (const auto& c : CodeIssues) {
        rules.push_back({{"id", c.rule},
                         {"name", c.rule},
                         {"shortDescription", {{"text", c.title}}},
                         {"fullDescription", {{"text", std::string(c.title) + "."}}},
                         {"help", {{"text", std::string("See the rule documentation for ") + c.rule + "."}}},
                         {"defaultConfiguration", {{"level", c.level}}},
                         {"properties",
                          {{"precision", "very-high"}, {"security-severity", c.severity}, {"tags", {c.cwe, "security"}}}}});
        results.push_back(
            {{"ruleId", c.rule},
             {"level", c.level},
             {"message", {{"text", c.title}}},
             {"fingerprints", {{"matchBasedId/v1", std::string("demo-") + c.file + "-" + c.rule}}},
             {"locations",
              {{{"physicalLocation",
                 {{"artifactLocation", {{"uri", c.file}, {"uriBaseId", "%SRCROOT%"}}},
                  {"region", {{"startLine", c.line}, {"snippet", {{"text", c.snippet}}}}}}}}}}});
    }
    json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs",
                 {{{"tool", {{"driver", {{"name", "Semgrep OSS"}, {"semanticVersion", "1.95.0"}, {"rules", rules}}}}},
                   {"versionControlProvenance", {{{"repositoryUri", repository}, {"branch", "main"}}}},
                   {"invocations", {{{"executionSuccessful", true}}}},
                   {"results", results}}}}};
    save(path, doc.dump(2) + '\n');
}

void writeGrypeReport(const std::string& path, const std::string& image)
{
    struct M
    {
        const char* id;
        const char* pkg;
        const char* version;
        const char* type;
        const char* fix;
        const char* severity;
        double score;
        const char* location;
    };
    const M matches[] = {
        {"CVE-2023-44487", "golang.org/x/net", "v0.7.0", "go-module", "0.17.0", "High", 7.5, "/app/orders"},
        {"CVE-2022-41723", "golang.org/x/net", "v0.7.0", "go-module", "0.7.0", "High", 7.5, "/app/orders"},
        {"CVE-2022-32149", "golang.org/x/text", "v0.3.7", "go-module", "0.3.8", "High", 7.5, "/app/orders"},
        {"CVE-2023-39325", "stdlib", "go1.20.6", "go-module", "1.20.10", "High", 7.5, "/app/orders"},
        {"CVE-2023-5363", "libssl3", "3.0.11-r0", "apk", "3.0.12-r0", "High", 7.5, "/lib/apk/db/installed"},
        {"CVE-2023-2650", "libcrypto3", "3.0.8-r3", "apk", "3.0.9-r0", "Medium", 6.5, "/lib/apk/db/installed"},
        {"CVE-2023-28484", "libxml2", "2.10.3-r1", "apk", "2.10.4-r0", "Low", 3.7, "/lib/apk/db/installed"},
    };
    json arr = json::array();
    for (const auto& m : matches) {
        const std::string type = m.type;
        arr.push_back(
            {{"vulnerability",
              {{"id", m.id},
               {"dataSource", std::string("https://nvd.nist.gov/vuln/detail/") + m.id},
               {"namespace", type == "apk" ? "alpine:distro:alpine:3.18" : "github:language:go"},
               {"severity", m.severity},
               {"urls", {std::string("https://nvd.nist.gov/vuln/detail/") + m.id}},
               {"description", std::string(m.id) + " affects " + m.pkg + " before " + m.fix + "."},
               {"cvss",
                {{{"source", "nvd@nist.gov"},
                  {"type", "Primary"},
                  {"version", "3.1"},
                  {"vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"},
                  {"metrics", {{"baseScore", m.score}, {"exploitabilityScore", 3.9}, {"impactScore", 3.6}}},
                  {"vendorMetadata", json::object()}}}},
               {"fix", {{"versions", {m.fix}}, {"state", "fixed"}}},
               {"advisories", json::array()}}},
             {"relatedVulnerabilities", json::array()},
             {"matchDetails",
              {{{"type", "exact-direct-match"}, {"matcher", type == "apk" ? "apk-matcher" : "go-module-matcher"},
                {"searchedBy", {{"package", {{"name", m.pkg}, {"version", m.version}}}}},
                {"found", {{"vulnerabilityID", m.id}, {"versionConstraint", std::string("< ") + m.fix}}}}}},
             {"artifact",
              {{"id", std::string(m.pkg) + "@" + m.version},
               {"name", m.pkg},
               {"version", m.version},
               {"type", m.type},
               {"locations", {{{"path", m.location}}}},
               {"language", type == "apk" ? "" : "go"},
               {"licenses", json::array()},
               {"cpes", json::array()},
               {"purl", (type == "apk" ? std::string("pkg:apk/alpine/") : std::string("pkg:golang/")) + m.pkg + "@" + m.version},
               {"upstreams", json::array()}}}});
    }
    json doc = {{"matches", arr},
                {"source", {{"type", "image"}, {"target", {{"userInput", image}, {"imageID", "sha256:5d1f0c2e"}, {"tags", {image}}}}}},
                {"distro", {{"name", "alpine"}, {"version", "3.18.4"}}},
                {"descriptor", {{"name", "grype"}, {"version", "0.84.0"}}}};
    save(path, doc.dump(2) + '\n');
}

void writeGitLabDependencyScan(const std::string& path)
{
    struct V
    {
        const char* cve;
        const char* pkg;
        const char* version;
        const char* fixed;
        const char* severity;
        const char* name;
    };
    const V vulns[] = {
        {"CVE-2023-32681", "requests", "2.28.1", "2.31.0", "Medium", "Unintended leak of Proxy-Authorization header"},
        {"CVE-2023-43804", "urllib3", "1.26.12", "1.26.17", "High", "Cookie request header isn't stripped during cross-origin redirects"},
        {"CVE-2024-35195", "requests", "2.28.1", "2.32.0", "Medium", "Certificate verification stays disabled after verify=False"},
        {"CVE-2023-37920", "certifi", "2022.9.24", "2023.7.22", "High", "Removal of e-Tugra root certificate"},
        {"CVE-2024-3651", "idna", "3.4", "3.7", "Medium", "Denial of service via resource consumption in idna.encode()"},
    };
    json arr = json::array();
    for (const auto& v : vulns) {
        arr.push_back({{"id", std::string("demo-") + v.cve + "-" + v.pkg},
                       {"name", v.name},
                       {"description", std::string(v.name) + " in " + v.pkg + " before " + v.fixed + "."},
                       {"cve", std::string("requirements.txt:") + v.pkg + ":gemnasium:" + v.cve},
                       {"severity", v.severity},
                       {"solution", std::string("Upgrade to version ") + v.fixed + " or above."},
                       {"location", {{"file", "requirements.txt"}, {"dependency", {{"package", {{"name", v.pkg}}}, {"version", v.version}}}}},
                       {"identifiers",
                        {{{"type", "cve"}, {"name", v.cve}, {"value", v.cve},
                          {"url", std::string("https://nvd.nist.gov/vuln/detail/") + v.cve}}}},
                       {"links", {{{"url", std::string("https://nvd.nist.gov/vuln/detail/") + v.cve}}}}});
    }
    json doc = {{"version", "15.0.7"},
                {"vulnerabilities", arr},
                {"remediations", json::array()},
                {"dependency_files", json::array()},
                {"scan",
                 {{"scanner", {{"id", "gemnasium-python"}, {"name", "gemnasium-python"}, {"vendor", {{"name", "GitLab"}}}, {"version", "5.2.1"}}},
                  {"analyzer", {{"id", "gemnasium-python"}, {"name", "gemnasium-python"}, {"vendor", {{"name", "GitLab"}}}, {"version", "5.2.1"}}},
                  {"type", "dependency_scanning"},
                  {"start_time", "2026-11-20T07:50:00"},
                  {"end_time", "2026-11-20T07:50:41"},
                  {"status", "success"}}}};
    save(path, doc.dump(2) + '\n');
}

void writeProwlerCsv(const std::string& path)
{
    const std::string header =
        "AUTH_METHOD;TIMESTAMP;ACCOUNT_UID;ACCOUNT_NAME;ACCOUNT_EMAIL;ACCOUNT_ORGANIZATION_UID;ACCOUNT_ORGANIZATION_NAME;"
        "ACCOUNT_TAGS;FINDING_UID;PROVIDER;CHECK_ID;CHECK_TITLE;CHECK_TYPE;STATUS;STATUS_EXTENDED;MUTED;SERVICE_NAME;"
        "SUBSERVICE_NAME;SEVERITY;RESOURCE_TYPE;RESOURCE_UID;RESOURCE_NAME;RESOURCE_DETAILS;RESOURCE_TAGS;PARTITION;"
        "REGION;DESCRIPTION;RISK;RELATED_URL;REMEDIATION_RECOMMENDATION_TEXT;REMEDIATION_RECOMMENDATION_URL;"
        "REMEDIATION_CODE_NATIVEIAC;REMEDIATION_CODE_TERRAFORM;REMEDIATION_CODE_CLI;REMEDIATION_CODE_OTHER;COMPLIANCE;"
        "CATEGORIES;DEPENDS_ON;RELATED_TO;NOTES;PROWLER_VERSION;ADDITIONAL_URLS";
    struct R
    {
        const char* check;
        const char* title;
        const char* status;
        const char* severity;
        const char* service;
        const char* type;
        const char* uid;
        const char* name;
        const char* fix;
    };
    const R rows[] = {
        {"s3_bucket_public_access", "Ensure there are no S3 buckets open to Everyone or Any AWS user.", "FAIL", "critical", "s3",
         "AwsS3Bucket", "arn:aws:s3:::demo-exports-public", "demo-exports-public", "Block public access at the bucket and account level."},
        {"iam_root_mfa_enabled", "Ensure MFA is enabled for the root account", "FAIL", "critical", "iam", "AwsIamUser",
         "arn:aws:iam::123456789012:root", "root", "Enable hardware MFA for the root user."},
        {"ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22", "Ensure no security groups allow ingress from 0.0.0.0/0 to SSH port 22.",
         "FAIL", "high", "ec2", "AwsEc2SecurityGroup", "arn:aws:ec2:eu-central-1:123456789012:security-group/sg-0a1b2c3d",
         "sg-0a1b2c3d", "Restrict SSH to the bastion's address range."},
        {"rds_instance_storage_encrypted", "Check if RDS instances storage is encrypted.", "FAIL", "medium", "rds",
         "AwsRdsDbInstance", "arn:aws:rds:eu-central-1:123456789012:db:reporting-legacy", "reporting-legacy",
         "Create an encrypted snapshot and restore from it."},
        {"cloudtrail_multi_region_enabled", "Ensure CloudTrail is enabled in all regions", "PASS", "high", "cloudtrail",
         "AwsCloudTrailTrail", "arn:aws:cloudtrail:eu-central-1:123456789012:trail/org-trail", "org-trail", ""},
        {"kms_cmk_rotation_enabled", "Ensure rotation for customer created KMS CMKs is enabled.", "FAIL", "medium", "kms",
         "AwsKmsKey", "arn:aws:kms:eu-central-1:123456789012:key/2f7c1e0a", "2f7c1e0a", "Enable automatic key rotation."},
    };
    std::string out = header + "\n";
    for (const auto& r : rows) {
        std::string line = std::string("profile: default;2026-11-20 06:00:00;123456789012;demo-production;;o-demo;Demo Org;;") +
                           "prowler-aws-" + r.check + "-123456789012-eu-central-1-" + r.name + ";aws;" + r.check + ";" +
                           r.title + ";;" + r.status + ";" + r.title + ";False;" + r.service + ";;" + r.severity + ";" +
                           r.type + ";" + r.uid + ";" + r.name + ";;;aws;eu-central-1;" + r.title + ";;;" + r.fix +
                           ";;;;;;CIS-2.0: 1.1;;;;;5.0.0;";
        out += line + "\n";
    }
    save(path, out);
}

void writeOpenVex(const std::string& path, const std::string& productPurl)
{
    json doc = {{"@context", "https://openvex.dev/ns/v0.2.0"},
                {"@id", "https://vex.demo.example/payments-api/2026-11-20"},
                {"author", "Payments platform team"},
                {"role", "Document Creator"},
                {"version", 1},
                {"timestamp", "2026-11-20T09:00:00Z"},
                {"statements",
                 {{{"vulnerability", {{"name", "CVE-2021-45046"}}},
                   {"products", {{{"@id", productPurl}}}},
                   {"status", "not_affected"},
                   {"justification", "vulnerable_code_not_in_execute_path"},
                   {"impact_statement", "Thread context lookups are not used in any log pattern of this service."},
                   {"timestamp", "2026-11-20T09:00:00Z"}}}}};
    save(path, doc.dump(2) + '\n');
}

} // namespace closeloop::demo
