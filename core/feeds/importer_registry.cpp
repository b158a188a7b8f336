// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer_registry.h"

#include "empty_list_importer.h"
#include "trivy_importer.h"
#include "sarif_importer.h"
#include "grype_importer.h"
#include "osv_scanner_importer.h"
#include "github_importer.h"
#include "snyk_importer.h"
#include "gitlab_importer.h"
#include "asff_importer.h"
#include "ocsf_importer.h"
#include "cyclonedx_importer.h"
#include "vex_importer.h"
#include "csv_importer.h"

namespace closeloop {

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<TrivyImporter>());
    m_importers.push_back(std::make_unique<EmptyListImporter>());
    m_importers.push_back(std::make_unique<SarifImporter>());
    m_importers.push_back(std::make_unique<GrypeImporter>());
    m_importers.push_back(std::make_unique<OsvScannerImporter>());
    m_importers.push_back(std::make_unique<GitHubAlertsImporter>());
    m_importers.push_back(std::make_unique<SnykImporter>());
    m_importers.push_back(std::make_unique<GitLabImporter>());
    m_importers.push_back(std::make_unique<AsffImporter>());
    m_importers.push_back(std::make_unique<OcsfImporter>());
    m_importers.push_back(std::make_unique<CycloneDxJsonImporter>());
    m_importers.push_back(std::make_unique<CycloneDxXmlImporter>());
    m_importers.push_back(std::make_unique<OpenVexImporter>());
    m_importers.push_back(std::make_unique<CsafVexImporter>());
    m_importers.push_back(std::make_unique<CsvImporter>());
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
