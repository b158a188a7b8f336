// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer_registry.h"

#include "empty_list_importer.h"
#include "trivy_importer.h"
#if __has_include("sarif_importer.h")
#include "sarif_importer.h"
#define HAVE_SARIF 1
#endif
#if __has_include("grype_importer.h")
#include "grype_importer.h"
#define HAVE_GRYPE 1
#endif
#if __has_include("osv_scanner_importer.h")
#include "osv_scanner_importer.h"
#define HAVE_OSV 1
#endif
#if __has_include("github_importer.h")
#include "github_importer.h"
#define HAVE_GITHUB 1
#endif
#if __has_include("snyk_importer.h")
#include "snyk_importer.h"
#define HAVE_SNYK 1
#endif
#if __has_include("gitlab_importer.h")
#include "gitlab_importer.h"
#define HAVE_GITLAB 1
#endif
#if __has_include("asff_importer.h")
#include "asff_importer.h"
#define HAVE_ASFF 1
#endif
#if __has_include("ocsf_importer.h")
#include "ocsf_importer.h"
#define HAVE_OCSF 1
#endif
#if __has_include("cyclonedx_importer.h")
#include "cyclonedx_importer.h"
#define HAVE_CYCLONEDX 1
#endif
#if __has_include("vex_importer.h")
#include "vex_importer.h"
#define HAVE_VEX 1
#endif
#if __has_include("csv_importer.h")
#include "csv_importer.h"
#define HAVE_CSV 1
#endif

namespace closeloop {

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<TrivyImporter>());
    m_importers.push_back(std::make_unique<EmptyListImporter>());
#ifdef HAVE_SARIF
    m_importers.push_back(std::make_unique<SarifImporter>());
#endif
#ifdef HAVE_GRYPE
    m_importers.push_back(std::make_unique<GrypeImporter>());
#endif
#ifdef HAVE_OSV
    m_importers.push_back(std::make_unique<OsvScannerImporter>());
#endif
#ifdef HAVE_GITHUB
    m_importers.push_back(std::make_unique<GitHubAlertsImporter>());
#endif
#ifdef HAVE_SNYK
    m_importers.push_back(std::make_unique<SnykImporter>());
#endif
#ifdef HAVE_GITLAB
    m_importers.push_back(std::make_unique<GitLabImporter>());
#endif
#ifdef HAVE_ASFF
    m_importers.push_back(std::make_unique<AsffImporter>());
#endif
#ifdef HAVE_OCSF
    m_importers.push_back(std::make_unique<OcsfImporter>());
#endif
#ifdef HAVE_CYCLONEDX
    m_importers.push_back(std::make_unique<CycloneDxJsonImporter>());
    m_importers.push_back(std::make_unique<CycloneDxXmlImporter>());
#endif
#ifdef HAVE_VEX
    m_importers.push_back(std::make_unique<OpenVexImporter>());
    m_importers.push_back(std::make_unique<CsafVexImporter>());
#endif
#ifdef HAVE_CSV
    m_importers.push_back(std::make_unique<CsvImporter>());
#endif
}

const FeedImporter* ImporterRegistry::detect(const FeedSniff& sniff) const
{
    const FeedImporter* best = nullptr;
    int bestScore = 0;
    for (const auto& imp : m_importers) {
        const int score = imp->detect(sniff);
        if (score > bestScore) {
            best = imp.get();
            bestScore = score;
        }
    }
    return best;
}

const FeedImporter* ImporterRegistry::byFormat(std::string_view format) const
{
    for (const auto& imp : m_importers) {
        if (imp->format() == format)
            return imp.get();
    }
    return nullptr;
}

} // namespace closeloop
