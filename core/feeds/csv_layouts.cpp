// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in CSV layouts, one block per export.
#include "csv_layouts.h"

namespace closeloop {

using Field = CsvLayout::Field;
using Outcome = CsvLayout::Outcome;

std::vector<CsvLayout> builtInCsvLayouts()
{
    std::vector<CsvLayout> all;

    CsvLayout wizIssues;
    wizIssues.name = "wiz-issues";
    wizIssues.tool = "Wiz";
    wizIssues.signature = {"Issue ID", "Control ID", "Title", "Severity", "Status", "Resource external ID"};
    wizIssues.columns = {{Field::RuleId, {"Control ID"}},
                         {Field::Title, {"Title"}},
                         {Field::Description, {"Description"}},
                         {Field::Severity, {"Severity"}},
                         {Field::Asset, {"Resource external ID", "Resource Name"}},
                         {Field::Remediation, {"Remediation Recommendation"}},
                         {Field::Reference, {"Wiz URL", "Cloud Provider URL", "Ticket URLs"}},
                         {Field::FirstSeen, {"Created At"}},
                         {Field::StateReason, {"Resolution"}}};
    wizIssues.states = {{"Status", "RESOLVED", Outcome::Fixed, "resolved in Wiz"},
                        {"Status", "REJECTED", Outcome::Dismissed, "rejected in Wiz"}};
    wizIssues.targetParts = {{"Subscription ID"}};
    wizIssues.assetKind = AssetKind::CloudResource;
    wizIssues.fingerprintFamily = "wiz";
    wizIssues.fingerprint = {{"issue", {"Issue ID"}}, {"control", {"Control ID"}}, {"resource", {"Resource external ID"}}};
    all.push_back(std::move(wizIssues));

    CsvLayout wizVulns;
    wizVulns.name = "wiz-vulnerabilities";
    wizVulns.tool = "Wiz";
    wizVulns.signature = {"ID", "WizURL", "Name", "FindingStatus", "VendorSeverity", "DetailedName", "AssetID"};
    wizVulns.columns = {{Field::RuleId, {"Name"}},
                        {Field::Cve, {"Name"}},
                        {Field::Severity, {"VendorSeverity", "CVSSSeverity"}},
                        {Field::Package, {"DetailedName"}},
                        {Field::PackageVersion, {"Version"}},
                        {Field::FixVersion, {"FixedVersion"}},
                        {Field::Location, {"LocationPath"}},
                        {Field::Remediation, {"Remediation"}},
                        {Field::Asset, {"AssetName", "ProviderUniqueId", "AssetID"}},
                        {Field::Reference, {"Link", "WizURL"}},
                        {Field::FirstSeen, {"FirstDetected"}},
                        {Field::StateReason, {"ResolutionReason"}}};
    wizVulns.states = {{"FindingStatus", "Resolved", Outcome::Fixed, "resolved in Wiz"}};
    wizVulns.targetParts = {{"SubscriptionExternalId", "SubscriptionId"}};
    wizVulns.assetKind = AssetKind::CloudResource;
    wizVulns.fingerprintFamily = "wiz";
    wizVulns.fingerprint = {{"asset", {"AssetID"}}, {"id", {"Name"}}, {"package", {"DetailedName"}}, {"path", {"LocationPath"}}};
    all.push_back(std::move(wizVulns));

    // Prowler v4 and later; v3 named a few columns differently.
    for (const bool v3 : {false, true}) {
        CsvLayout prowler;
        const std::string uid = v3 ? "FINDING_UNIQUE_ID" : "FINDING_UID";
        const std::string account = v3 ? "ACCOUNT_ID" : "ACCOUNT_UID";
        prowler.name = v3 ? "prowler-v3" : "prowler";
        prowler.tool = "Prowler";
        prowler.signature = {uid, "CHECK_ID", "STATUS", "SEVERITY", account};
        prowler.columns = {{Field::RuleId, {"CHECK_ID"}},
                           {Field::Title, {"CHECK_TITLE"}},
                           {Field::Description, {"DESCRIPTION", "STATUS_EXTENDED", "RISK"}},
                           {Field::Severity, {"SEVERITY"}},
                           {Field::Asset, {"RESOURCE_UID", "RESOURCE_ARN", "RESOURCE_ID", "RESOURCE_NAME"}},
                           {Field::Remediation,
                            {"REMEDIATION_RECOMMENDATION_TEXT", "REMEDIATION_CODE_CLI", "REMEDIATION_RECOMMENDATION_CODE_CLI"}},
                           {Field::Reference, {"RELATED_URL", "REMEDIATION_RECOMMENDATION_URL", "ADDITIONAL_URLS"}},
                           {Field::ToolVersion, {"PROWLER_VERSION"}}};
        prowler.states = {{"STATUS", "PASS", Outcome::NotAFinding, {}},
                          {"STATUS", "MANUAL", Outcome::NotAFinding, {}},
                          {"STATUS", "INFO", Outcome::NotAFinding, {}},
                          {"MUTED", "True", Outcome::Suppressed, "muted in Prowler"}};
        prowler.targetParts = {{account}, {"REGION"}};
        prowler.assetKind = AssetKind::CloudResource;
        prowler.fingerprintFamily = "prowler";
        prowler.fingerprint = {{"check", {"CHECK_ID"}}, {"uid", {uid}}};
        all.push_back(std::move(prowler));
    }

    CsvLayout sysdig;
    sysdig.name = "sysdig-cli";
    sysdig.tool = "Sysdig";
    sysdig.signature = {"CVE ID", "CVE Severity", "Package Name", "Package Version", "Package Path"};
    sysdig.columns = {{Field::RuleId, {"CVE ID"}},
                      {Field::Cve, {"CVE ID"}},
                      {Field::Severity, {"CVE Severity"}},
                      {Field::CvssScore, {"CVSS Score"}},
                      {Field::Package, {"Package Name"}},
                      {Field::PackageVersion, {"Package Version"}},
                      {Field::Location, {"Package Path"}},
                      {Field::FixVersion, {"Fix Version"}},
                      {Field::Reference, {"CVE URL"}},
                      {Field::Epss, {"EPSS Score"}}};
    sysdig.states = {{"Risk Accepted", "true", Outcome::Suppressed, "risk accepted in Sysdig"}};
    sysdig.unscopedTarget = "(image not named in the Sysdig CSV)";
    sysdig.assetKind = AssetKind::Image;
    sysdig.fingerprintFamily = "sysdig";
    sysdig.fingerprint = {{"id", {"CVE ID"}}, {"package", {"Package Name"}}, {"path", {"Package Path"}}};
    sysdig.unratedSeverityWords = {"Other"};
    all.push_back(std::move(sysdig));

    CsvLayout generic;
    generic.name = "defectdojo-generic";
    generic.tool = "Generic CSV";
    generic.signature = {"Date", "Title", "Severity", "Description"};
    generic.columns = {{Field::RuleId, {"CVE", "Vulnerability Id", "Title"}},
                       {Field::Title, {"Title"}},
                       {Field::Description, {"Description", "Impact"}},
                       {Field::Severity, {"Severity"}},
                       {Field::Cve, {"CVE", "Vulnerability Id"}},
                       {Field::Cwe, {"CweId", "CweIds"}},
                       {Field::CvssVector, {"CVSSV3", "CVSSV4"}},
                       {Field::CvssScore, {"CVSSV4_score"}},
                       {Field::Epss, {"epss_score"}},
                       {Field::FixVersion, {"fix_version"}},
                       {Field::Asset, {"Url"}},
                       {Field::Remediation, {"Mitigation"}},
                       {Field::Reference, {"References"}},
                       {Field::Verified, {"Verified"}}};
    generic.states = {{"FalsePositive", "TRUE", Outcome::Dismissed, "false positive"},
                      {"Duplicate", "TRUE", Outcome::Dismissed, "duplicate"},
                      {"IsMitigated", "TRUE", Outcome::Fixed, "mitigated"},
                      {"Active", "FALSE", Outcome::Fixed, "inactive"}};
    generic.fixedTarget = "(csv)";
    generic.fingerprintFamily = "generic-csv";
    generic.fingerprint = {{"title", {"Title"}}, {"id", {"CVE", "Vulnerability Id"}}, {"cwe", {"CweId", "CweIds"}}, {"url", {"Url"}}};
    all.push_back(std::move(generic));

    CsvLayout defender;
    defender.name = "defender-for-cloud-recommendations";
    defender.tool = "Microsoft Defender for Cloud";
    defender.signature = {"recommendationId", "recommendationDisplayName", "severity", "state", "subscriptionId"};
    defender.columns = {{Field::RuleId, {"recommendationName"}},
                        {Field::Title, {"recommendationDisplayName"}},
                        {Field::Description, {"description", "controls", "techniques"}},
                        {Field::Severity, {"severity"}},
                        {Field::Asset, {"resourceId", "resourceName"}},
                        {Field::Remediation, {"remediationSteps"}},
                        {Field::Reference, {"azurePortalRecommendationLink"}},
                        {Field::FirstSeen, {"firstEvaluationDate"}}};
    defender.states = {{"state", "Healthy", Outcome::NotAFinding, {}}, {"state", "NotApplicable", Outcome::NotAFinding, {}}};
    defender.targetParts = {{"subscriptionId"}};
    defender.assetKind = AssetKind::CloudResource;
    defender.fingerprintFamily = "defender-for-cloud";
    defender.fingerprint = {{"assessment", {"recommendationId"}}};
    all.push_back(std::move(defender));

    return all;
}

} // namespace closeloop
