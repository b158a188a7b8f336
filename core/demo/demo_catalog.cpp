// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_catalog.h"

#include "util/json_text.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace closeloop {

namespace {

struct Person
{
    const char* name;  // user entity name
    const char* title; // display name
    const char* email;
};

struct Team
{
    const char* name;
    const char* title;
    const char* description;
    const char* email;
    const char* slug; // github.com/team-slug, as CODEOWNERS names the team
    const char* owner;
    const char* backup;
    const char* manager;
    const char* opsLead;
    std::vector<Person> members;
};

struct System
{
    const char* name;
    const char* title;
    const char* description;
    const char* owner;
};

// One service. Empty strings are left out of the file.
struct Service
{
    const char* name;
    const char* title;
    const char* description;
    const char* owner;
    const char* system;
    const char* type;
    const char* lifecycle;
    int tier;
    bool customerFacing;
    bool internetFacing;
    const char* dataClasses;
    const char* environment;
    const char* image;      // closeloop.io/images
    const char* repository; // backstage.io/source-location, when not on GitHub
    const char* slug;       // github.com/project-slug
    const char* hosts;
    const char* tags;       // comma separated
};

struct Resource
{
    const char* name;
    const char* description;
    const char* owner;
    const char* system;
    const char* type;
    const char* cloudResources;
    const char* hosts;
    const char* dataClasses;
    const char* environment;
};

const std::vector<Team>& teams()
{
    static const std::vector<Team> t = {
        {"team-payments", "Payments", "Card payments, payouts and the ledger", "payments-team@demo.example",
         "demo-corp/payments", "Amira Haddad <amira.haddad@demo.example>", "Tomasz Nowak <tomasz.nowak@demo.example>",
         "Grace Okafor <grace.okafor@demo.example>", "Ops bridge, payments <+49 30 5550 2101>",
         {{"amira.haddad", "Amira Haddad", "amira.haddad@demo.example"},
          {"tomasz.nowak", "Tomasz Nowak", "tomasz.nowak@demo.example"},
          {"grace.okafor", "Grace Okafor", "grace.okafor@demo.example"}}},
        {"team-checkout", "Checkout", "The web shop, cart, pricing and orders", "checkout-team@demo.example",
         "demo-corp/checkout", "Lucas Meyer <lucas.meyer@demo.example>", "Sofia Rossi <sofia.rossi@demo.example>",
         "Daniel Kim <daniel.kim@demo.example>", "Shop on-call <#checkout-oncall>",
         {{"lucas.meyer", "Lucas Meyer", "lucas.meyer@demo.example"},
          {"sofia.rossi", "Sofia Rossi", "sofia.rossi@demo.example"},
          {"daniel.kim", "Daniel Kim", "daniel.kim@demo.example"}}},
        {"team-identity", "Identity & Access", "Sign-in, sessions, MFA and customer profiles", "identity-team@demo.example",
         "demo-corp/identity", "Nadia Petrova <nadia.petrova@demo.example>", "Jonas Berg <jonas.berg@demo.example>",
         "Grace Okafor <grace.okafor@demo.example>", "Identity on-call <https://oncall.demo.example/identity>",
         {{"nadia.petrova", "Nadia Petrova", "nadia.petrova@demo.example"},
          {"jonas.berg", "Jonas Berg", "jonas.berg@demo.example"}}},
        {"team-data", "Data Platform", "Pipelines, the warehouse and search", "data-platform@demo.example",
         "demo-corp/data-platform", "Priya Raman <priya.raman@demo.example>", "Mateo Garcia <mateo.garcia@demo.example>",
         "Helen Clarke <helen.clarke@demo.example>", "Data on-call <+49 30 5550 2404>",
         {{"priya.raman", "Priya Raman", "priya.raman@demo.example"},
          {"mateo.garcia", "Mateo Garcia", "mateo.garcia@demo.example"}}},
        {"team-finance-systems", "Finance Systems", "Invoicing, tax, reporting and the ERP link", "finance-it@demo.example",
         "demo-corp/finance-systems", "Olivia Brown <olivia.brown@demo.example>", "Yusuf Demir <yusuf.demir@demo.example>",
         "Helen Clarke <helen.clarke@demo.example>", "Finance IT desk <+49 30 5550 2505>",
         {{"olivia.brown", "Olivia Brown", "olivia.brown@demo.example"},
          {"yusuf.demir", "Yusuf Demir", "yusuf.demir@demo.example"}}},
        {"team-platform", "Platform & SRE", "Gateways, clusters, CI and the AWS accounts", "platform-sre@demo.example",
         "demo-corp/platform", "Ravi Shah <ravi.shah@demo.example>", "Emma Larsen <emma.larsen@demo.example>",
         "Daniel Kim <daniel.kim@demo.example>", "SRE on-call <+49 30 5550 2606>",
         {{"ravi.shah", "Ravi Shah", "ravi.shah@demo.example"},
          {"emma.larsen", "Emma Larsen", "emma.larsen@demo.example"}}},
        // Owns no service: CODEOWNERS makes it the owner of security-sensitive code.
        {"team-appsec", "Application Security", "Secure code review and secrets handling", "appsec@demo.example",
         "demo-corp/appsec", "Ines Duarte <ines.duarte@demo.example>", "Ravi Shah <ravi.shah@demo.example>",
         "Grace Okafor <grace.okafor@demo.example>", "Security on-call <+49 30 5550 2999>",
         {{"ines.duarte", "Ines Duarte", "ines.duarte@demo.example"}}},
    };
    return t;
}

const std::vector<System>& systems()
{
    static const std::vector<System> s = {
        {"payments-platform", "Payments platform", "Taking and moving money", "team-payments"},
        {"storefront", "Storefront", "What a customer sees and buys with", "team-checkout"},
        {"identity-platform", "Identity platform", "Who a customer is", "team-identity"},
        {"data-platform", "Data platform", "Events, warehouse, search and features", "team-data"},
        {"finance-systems", "Finance systems", "Invoices, tax and reports for finance", "team-finance-systems"},
        {"platform-infrastructure", "Platform infrastructure", "Gateways, clusters and CI", "team-platform"},
    };
    return s;
}

const std::vector<Service>& services()
{
    static const std::vector<Service> s = {
        // Payments
        {"payments-api", "Payments API", "Authorises and captures card payments for every channel", "team-payments",
         "payments-platform", "service", "production", 1, true, true, "pci,pii", "prod",
         "registry.demo.example/payments/payments-api", "https://git.demo.example/payments/payments-api", "",
         "api.payments.demo.example", "java,spring"},
        {"payments-gateway", "Payment service provider gateway", "Talks to the card schemes and PSPs", "team-payments",
         "payments-platform", "service", "production", 1, false, true, "pci", "prod",
         "registry.demo.example/payments/psp-gateway", "", "demo-corp/psp-gateway", "", "java"},
        {"fraud-scoring", "Fraud scoring", "Scores every payment for fraud risk", "team-payments", "payments-platform",
         "service", "production", 2, false, false, "pii", "prod", "registry.demo.example/payments/fraud-scoring", "",
         "demo-corp/fraud-scoring", "", "python,ml"},
        {"refunds-worker", "Refunds worker", "Processes refunds and chargebacks", "team-payments", "payments-platform",
         "service", "production", 2, false, false, "pci", "prod", "registry.demo.example/payments/refunds-worker", "",
         "demo-corp/refunds-worker", "", "go"},
        {"ledger-service", "Ledger", "Double-entry ledger of all money movements", "team-payments", "payments-platform",
         "service", "production", 1, false, false, "pci", "prod", "registry.demo.example/payments/ledger", "",
         "demo-corp/ledger", "", "kotlin"},
        // Checkout
        {"checkout-web", "Checkout web", "The shop's checkout: web front end and its API (one repository)",
         "team-checkout", "storefront", "website", "production", 1, true, true, "pii", "prod",
         "registry.demo.example/shop/checkout-web", "https://git.demo.example/shop/checkout-web", "",
         "shop.demo.example, www.shop.demo.example", "typescript,react,node"},
        {"orders-service", "Orders", "Order lifecycle from basket to delivery", "team-checkout", "storefront", "service",
         "production", 1, true, false, "pii", "prod", "registry.demo.example/shop/orders-service",
         "https://git.demo.example/shop/orders-service", "", "", "go"},
        {"cart-service", "Cart", "Shopping carts and saved baskets", "team-checkout", "storefront", "service",
         "production", 2, true, false, "", "prod", "registry.demo.example/shop/cart", "", "demo-corp/cart-service", "",
         "go,redis"},
        {"pricing-service", "Pricing", "Prices, currencies and discounts", "team-checkout", "storefront", "service",
         "production", 2, true, false, "", "prod", "registry.demo.example/shop/pricing", "", "demo-corp/pricing", "",
         "java"},
        {"promotions-v1", "Promotions (old)", "Coupon engine, replaced by pricing-service", "team-checkout",
         "storefront", "service", "deprecated", 3, true, false, "", "prod", "registry.demo.example/shop/promotions",
         "", "demo-corp/promotions", "", "php"},
        {"shop-search-ui", "Search page", "Search results page of the shop", "team-checkout", "storefront", "website",
         "experimental", 3, true, true, "", "staging", "registry.demo.example/shop/search-ui", "",
         "demo-corp/shop-search-ui", "search.staging.shop.demo.example", "typescript"},
        // Identity
        {"identity-service", "Identity", "Accounts, passwords and tokens", "team-identity", "identity-platform",
         "service", "production", 1, true, true, "pii", "prod", "registry.demo.example/platform/identity",
         "https://git.demo.example/platform/identity", "", "login.demo.example", "java,keycloak"},
        {"auth-gateway", "Auth gateway", "OAuth2/OIDC front door for all APIs", "team-identity", "identity-platform",
         "service", "production", 1, false, true, "", "prod", "registry.demo.example/platform/auth-gateway", "",
         "demo-corp/auth-gateway", "auth.demo.example", "go"},
        {"user-profile-service", "User profiles", "Addresses, preferences and consents", "team-identity",
         "identity-platform", "service", "production", 2, true, false, "pii", "prod",
         "registry.demo.example/platform/user-profile", "", "demo-corp/user-profile", "", "kotlin"},
        {"mfa-service", "MFA", "One-time codes and WebAuthn", "team-identity", "identity-platform", "service",
         "production", 1, true, false, "pii", "prod", "registry.demo.example/platform/mfa", "", "demo-corp/mfa", "",
         "go"},
        {"legacy-sso", "Legacy SSO", "SAML bridge for the old partner portal", "team-identity", "identity-platform",
         "service", "deprecated", 3, false, true, "pii", "prod", "registry.demo.example/platform/legacy-sso", "",
         "demo-corp/legacy-sso", "sso-legacy.demo.example", "java"},
        // Data
        {"data-pipeline", "Data pipeline", "Batch jobs from the event stream into the warehouse", "team-data",
         "data-platform", "service", "production", 2, false, false, "pii", "prod", "registry.demo.example/data/pipeline",
         "https://git.demo.example/data/pipeline", "", "", "python,airflow"},
        {"event-ingest", "Event ingest", "Receives client and server events", "team-data", "data-platform", "service",
         "production", 2, false, true, "pii", "prod", "registry.demo.example/data/event-ingest", "",
         "demo-corp/event-ingest", "events.demo.example", "go,kafka"},
        {"warehouse-loader", "Warehouse loader", "Loads curated tables into the warehouse", "team-data",
         "data-platform", "service", "production", 3, false, false, "pii", "prod",
         "registry.demo.example/data/warehouse-loader", "", "demo-corp/warehouse-loader", "", "python"},
        {"feature-store", "Feature store", "Features for fraud and recommendations", "team-data", "data-platform",
         "service", "experimental", 3, false, false, "", "staging", "registry.demo.example/data/feature-store", "",
         "demo-corp/feature-store", "", "python"},
        {"search-indexer", "Search indexer", "Keeps the product search index fresh", "team-data", "data-platform",
         "service", "production", 3, false, false, "", "prod", "registry.demo.example/data/search-indexer", "",
         "demo-corp/search-indexer", "", "java,elasticsearch"},
        // Finance
        {"reporting-legacy", "Finance reporting (legacy)", "Month-end reports; moving to the warehouse",
         "team-finance-systems", "finance-systems", "service", "deprecated", 3, false, false, "pii", "prod",
         "registry.demo.example/finance/reporting", "https://git.demo.example/finance/reporting", "", "", "python"},
        {"invoicing-service", "Invoicing", "Customer invoices and credit notes", "team-finance-systems",
         "finance-systems", "service", "production", 2, true, false, "pii", "prod",
         "registry.demo.example/finance/invoicing", "", "demo-corp/invoicing", "", "java"},
        {"tax-calculator", "Tax calculator", "VAT and sales tax per order", "team-finance-systems", "finance-systems",
         "service", "production", 2, false, false, "", "prod", "registry.demo.example/finance/tax", "",
         "demo-corp/tax-calculator", "", "kotlin"},
        {"payroll-export", "Payroll export", "Nightly export to the payroll provider", "team-finance-systems",
         "finance-systems", "service", "deprecated", 4, false, false, "pii", "prod",
         "registry.demo.example/finance/payroll-export", "", "demo-corp/payroll-export", "", "python"},
        {"erp-connector", "ERP connector", "Posts the ledger to the ERP", "team-finance-systems", "finance-systems",
         "service", "production", 3, false, false, "", "prod", "registry.demo.example/finance/erp-connector", "",
         "demo-corp/erp-connector", "", "java"},
        // Platform
        {"api-gateway", "API gateway", "The public edge for all APIs", "team-platform", "platform-infrastructure",
         "service", "production", 1, true, true, "", "prod", "registry.demo.example/platform/api-gateway", "",
         "demo-corp/api-gateway", "*.edge.demo.example", "envoy"},
        {"ci-runners", "CI runners", "Build agents for every repository", "team-platform", "platform-infrastructure",
         "service", "production", 3, false, false, "", "prod", "registry.demo.example/platform/ci-runner", "",
         "demo-corp/ci-runners", "runner-01.ci.demo.internal, runner-02.ci.demo.internal", "go"},
        {"observability-stack", "Observability", "Metrics, logs and traces", "team-platform", "platform-infrastructure",
         "service", "production", 2, false, false, "", "prod", "registry.demo.example/platform/observability", "",
         "demo-corp/observability", "grafana.demo.internal", "go"},
        {"staging-env-manager", "Staging environments", "Creates preview environments per branch", "team-platform",
         "platform-infrastructure", "service", "experimental", 4, false, false, "", "staging",
         "registry.demo.example/platform/env-manager", "", "demo-corp/env-manager", "", "go"},
    };
    return s;
}

const std::vector<Resource>& resources()
{
    static const std::vector<Resource> r = {
        {"exports-bucket", "Nightly data exports for partners (S3)", "team-data", "data-platform", "s3-bucket",
         "arn:aws:s3:::demo-exports-public", "", "pii", "prod"},
        {"reporting-db", "The reporting database (RDS PostgreSQL)", "team-finance-systems", "finance-systems",
         "database", "arn:aws:rds:eu-central-1:123456789012:db:reporting-legacy", "", "pii", "prod"},
        {"bastion", "SSH bastion and its security group", "team-platform", "platform-infrastructure", "host",
         "arn:aws:ec2:eu-central-1:123456789012:security-group/sg-0a1b2c3d", "bastion.demo.internal", "", "prod"},
        {"platform-kms", "KMS keys of the production account", "team-platform", "platform-infrastructure", "kms",
         "arn:aws:kms:eu-central-1:123456789012:key", "", "", "prod"},
        {"payments-db", "Payments database cluster", "team-payments", "payments-platform", "database",
         "arn:aws:rds:eu-central-1:123456789012:cluster:payments", "payments-db.prod.demo.internal", "pci", "prod"},
    };
    return r;
}

std::string q(const std::string& s)
{
    std::string out;
    appendJsonString(out, s); // a JSON string is a valid YAML double-quoted scalar
    return out;
}

std::string groupRef(const char* team)
{
    return std::string("group:default/") + team;
}

void save(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

std::string orgFile()
{
    std::string y = "# Demo Corp's engineering organisation: teams, their escalation chains and people.\n";
    y += "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: engineering\n"
         "  title: Demo Corp Engineering\n  annotations:\n"
         "    closeloop.io/escalation-owner: \"Incident commander <+49 30 5550 2000>\"\n"
         "    closeloop.io/escalation-manager: \"Grace Okafor <grace.okafor@demo.example>\"\n"
         "spec:\n  type: organization\n  profile:\n    displayName: Demo Corp Engineering\n"
         "    email: engineering@demo.example\n  children:\n";
    for (const auto& t : teams())
        y += "    - " + std::string(t.name) + "\n";
    for (const auto& t : teams()) {
        y += "---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: " + std::string(t.name) + "\n";
        y += "  title: " + q(t.title) + "\n  description: " + q(t.description) + "\n  annotations:\n";
        y += "    github.com/team-slug: " + std::string(t.slug) + "\n";
        y += "    closeloop.io/escalation-owner: " + q(t.owner) + "\n";
        y += "    closeloop.io/escalation-backup: " + q(t.backup) + "\n";
        y += "    closeloop.io/escalation-manager: " + q(t.manager) + "\n";
        y += "    closeloop.io/escalation-operations-lead: " + q(t.opsLead) + "\n";
        y += "spec:\n  type: team\n  profile:\n    displayName: " + q(t.title) + "\n    email: " + t.email + "\n";
        y += "  parent: engineering\n  children: []\n  members:\n";
        for (const auto& m : t.members)
            y += "    - " + std::string(m.name) + "\n";
    }
    // People, each once, in the first team that lists them.
    std::vector<std::string> seen;
    for (const auto& t : teams()) {
        for (const auto& m : t.members) {
            if (std::find(seen.begin(), seen.end(), m.name) != seen.end())
                continue;
            seen.push_back(m.name);
            y += "---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: " + std::string(m.name) + "\n";
            y += "spec:\n  profile:\n    displayName: " + q(m.title) + "\n    email: " + m.email + "\n  memberOf: [";
            bool first = true;
            for (const auto& t2 : teams()) {
                for (const auto& m2 : t2.members) {
                    if (std::string(m2.name) == m.name) {
                        y += (first ? "" : ", ") + std::string(t2.name);
                        first = false;
                    }
                }
            }
            y += "]\n";
        }
    }
    return y;
}

std::string systemFile(const System& sys)
{
    std::string y = "# " + std::string(sys.title) + ": " + sys.description + "\n";
    y += "apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: " + std::string(sys.name) + "\n";
    y += "  title: " + q(sys.title) + "\n  description: " + q(sys.description) + "\n";
    y += "spec:\n  owner: " + groupRef(sys.owner) + "\n  domain: demo-corp\n";
    for (const auto& s : services()) {
        if (std::string(s.system) != sys.name)
            continue;
        y += "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + std::string(s.name) + "\n";
        y += "  title: " + q(s.title) + "\n  description: " + q(s.description) + "\n";
        y += "  tags: [" + std::string(s.tags) + "]\n";
        y += "  links:\n    - url: https://grafana.demo.internal/d/" + std::string(s.name) +
             "\n      title: Dashboard\n      icon: dashboard\n";
        y += "  annotations:\n";
        if (*s.slug)
            y += "    github.com/project-slug: " + std::string(s.slug) + "\n";
        if (*s.repository)
            y += "    backstage.io/source-location: " + q(std::string("url:") + s.repository + "/-/tree/main/") + "\n";
        y += "    closeloop.io/tier: \"" + std::to_string(s.tier) + "\"\n";
        y += "    closeloop.io/customer-facing: \"" + std::string(s.customerFacing ? "true" : "false") + "\"\n";
        y += "    closeloop.io/internet-facing: \"" + std::string(s.internetFacing ? "true" : "false") + "\"\n";
        if (*s.dataClasses)
            y += "    closeloop.io/data-classes: " + q(s.dataClasses) + "\n";
        y += "    closeloop.io/environment: " + std::string(s.environment) + "\n";
        if (*s.image)
            y += "    closeloop.io/images: " + q(s.image) + "\n";
        if (*s.hosts)
            y += "    closeloop.io/hosts: " + q(s.hosts) + "\n";
        if (std::string(s.name) == "checkout-web")
            y += "    closeloop.io/codeowners: checkout-web.CODEOWNERS\n";
        if (std::string(s.name) == "payments-api") {
            // The most critical service has its own chain: the payments
            // on-call rota rather than the team's default.
            y += "    closeloop.io/escalation-owner: \"Payments on-call <+49 30 5550 2100>\"\n";
            y += "    closeloop.io/escalation-backup: \"Amira Haddad <amira.haddad@demo.example>\"\n";
            y += "    closeloop.io/escalation-manager: \"Grace Okafor <grace.okafor@demo.example>\"\n";
            y += "    closeloop.io/escalation-operations-lead: \"Ops bridge, payments <#payments-ops>\"\n";
        }
        y += "spec:\n  type: " + std::string(s.type) + "\n  lifecycle: " + s.lifecycle + "\n  owner: " + s.owner +
             "\n  system: " + s.system + "\n";
    }
    for (const auto& r : resources()) {
        if (std::string(r.system) != sys.name)
            continue;
        y += "---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: " + std::string(r.name) + "\n";
        y += "  description: " + q(r.description) + "\n  annotations:\n";
        y += "    closeloop.io/cloud-resources: " + q(r.cloudResources) + "\n";
        if (*r.hosts)
            y += "    closeloop.io/hosts: " + q(r.hosts) + "\n";
        if (*r.dataClasses)
            y += "    closeloop.io/data-classes: " + q(r.dataClasses) + "\n";
        y += "    closeloop.io/environment: " + std::string(r.environment) + "\n";
        y += "spec:\n  type: " + std::string(r.type) + "\n  owner: " + r.owner + "\n  system: " + r.system + "\n";
    }
    return y;
}

// checkout-web is a monorepo: the web front end and its Node API side by
// side, with secrets and auth code reviewed by application security.
const char* const CheckoutCodeowners = R"(# CODEOWNERS for shop/checkout-web. The last matching pattern wins.
*                       @demo-corp/checkout
/web/                   @demo-corp/checkout
/server/                @demo-corp/checkout
/server/auth/           @demo-corp/appsec @demo-corp/checkout
/server/config/         @demo-corp/appsec
*.md                    lucas.meyer@demo.example

[Infrastructure]
/deploy/                @demo-corp/platform
Dockerfile              @demo-corp/platform
)";

} // namespace

std::vector<std::string> writeDemoCatalog(const std::string& dir)
{
    std::vector<std::string> files;
    const std::string org = dir + "/org.yaml";
    save(org, orgFile());
    files.push_back(org);
    for (const auto& sys : systems()) {
        const std::string path = dir + "/catalog-info-" + sys.name + ".yaml";
        save(path, systemFile(sys));
        files.push_back(path);
    }
    save(dir + "/checkout-web.CODEOWNERS", CheckoutCodeowners);
    return files;
}

} // namespace closeloop
