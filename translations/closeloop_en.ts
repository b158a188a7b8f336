<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CaseOwnershipPanel</name>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="35" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseVocabulary</name>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="12" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="13" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="14" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="15" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="16" />
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="19" />
        <source>Unrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="24" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="25" />
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="26" />
        <source>Triaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="27" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="28" />
        <location filename="../ui/case/case_vocabulary.cpp" line="44" />
        <source>False positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="29" />
        <source>Accepted risk (exception)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="30" />
        <source>Pending verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="31" />
        <source>Resolved (verified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="32" />
        <source>Suppressed by the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="40" />
        <source>Fixed and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="42" />
        <source>Exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="46" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="52" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="53" />
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="54" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="55" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="61" />
        <source>Deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="62" />
        <source>Commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="63" />
        <source>Config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="69" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="70" />
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="71" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="73" />
        <source>Operations lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="79" />
        <source>CVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="80" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="81" />
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="82" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="83" />
        <source>Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="84" />
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="85" />
        <source>Cloud resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="86" />
        <source>File path (CODEOWNERS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="87" />
        <source>Set by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="93" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="93" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="106" />
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="45" />
        <source>Column %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop</name>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="117" />
        <source>Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="121" />
        <source>The catalog was not loaded; the previous one stays in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="143" />
        <source>%1 of %2 file(s) not loaded; what was loaded before stays in force.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CaseBusinessPanel</name>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="78" />
        <source>No business context: the finding is not mapped to a service of the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="79" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="80" />
        <source>Criticality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="81" />
        <source>Customer-facing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="82" />
        <source>Internet-facing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="83" />
        <source>Data classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="84" />
        <source>Lifecycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="85" />
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="86" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="87" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="88" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="89" />
        <source>Catalog file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="90" />
        <source>PII</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="91" />
        <source>Deprecated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="106" />
        <source>Tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="129" />
        <source>review in the next maintenance window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CaseExposurePanel</name>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="56" />
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="57" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="58" />
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="59" />
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="60" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="61" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_exposure_panel.cpp" line="62" />
        <location filename="../ui/case/case_exposure_panel.cpp" line="97" />
        <source>Open for %n day(s)</source>
        <translation><numerusform>Open for %n day</numerusform><numerusform>Open for %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="84" />
        <source>and more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CaseOwnershipPanel</name>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="92" />
        <source>No repository, image, host, cloud resource or file path of this finding matches an entry of the service catalog or a CODEOWNERS rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="98" />
        <source>Unowned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="101" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="102" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="103" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="104" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="105" />
        <source>Mapped by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="106" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="107" />
        <source>CODEOWNERS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="108" />
        <source>Escalation chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="109" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="109" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="109" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="135" />
        <source>• %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="135" />
        <location filename="../ui/case/case_ownership_panel.cpp" line="157" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="137" />
        <source>Nothing to match on: the finding names no asset or file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="138" />
        <source>Looked up, without a match:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="149" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="151" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CaseSimilarPanel</name>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Fixed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="86" />
        <source>Days from first seen to resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="87" />
        <source>Apply a decision to similar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="88" />
        <source>Choose a status, owner or note and apply it to these similar findings in one step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="95" />
        <source>No similar findings: nothing else shares this CVE, rule or package.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="100" />
        <source>%n fixed and verified (median %1 days)</source>
        <translation><numerusform>%n fixed and verified (median %1 days)</numerusform><numerusform>%n fixed and verified (median %1 days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="102" />
        <source>%n fixed and verified</source>
        <translation><numerusform>%n fixed and verified</numerusform><numerusform>%n fixed and verified</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="105" />
        <source>%n exception(s)</source>
        <translation><numerusform>%n exception</numerusform><numerusform>%n exceptions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="107" />
        <source>%n false positive(s)</source>
        <translation><numerusform>%n false positive</numerusform><numerusform>%n false positives</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="109" />
        <source>%n open</source>
        <translation><numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="110" />
        <location filename="../ui/case/case_similar_panel.cpp" line="111" />
        <source>%n similar</source>
        <translation><numerusform>%n similar</numerusform><numerusform>%n similar</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="111" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="113" />
        <source>Showing the first %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CaseSummaryPanel</name>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="120" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="121" />
        <source>CVSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="122" />
        <location filename="../ui/case/case_summary_panel.cpp" line="133" />
        <source>Known exploited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="123" />
        <source>Required action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="124" />
        <source>EPSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="125" />
        <source>CVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="126" />
        <source>CWEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="127" />
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="128" />
        <source>Package URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="129" />
        <source>Fixed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="130" />
        <source>Remediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="131" />
        <source>Detected by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="132" />
        <source>References</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="145" />
        <source>Untitled finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="152" />
        <source>Finding #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="161" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="174" />
        <source>Added to the CISA KEV catalog on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="175" />
        <source>remediation due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="176" />
        <source>known use in ransomware campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="180" />
        <location filename="../ui/case/case_summary_panel.cpp" line="182" />
        <source>Listed in the CISA KEV catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="192" />
        <source>%1% chance of exploitation in the next 30 days; higher than %2% of scored CVEs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="194" />
        <source>%1% chance of exploitation in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="197" />
        <source>Scored on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="211" />
        <source>Rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="212" />
        <source>%1, rule %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CaseView</name>
    <message>
        <location filename="../ui/case/case_view.cpp" line="174" />
        <source>Select a finding to see its case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="175" />
        <location filename="../ui/case/case_view.cpp" line="185" />
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="176" />
        <source>Ownership and escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="177" />
        <source>Business context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="178" />
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="179" />
        <source>Recent changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="180" />
        <source>Similar findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="181" />
        <location filename="../ui/case/case_view.cpp" line="186" />
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="182" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="183" />
        <source>Raw source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="184" />
        <source>No changes recorded in the 14 days before first seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <location filename="../ui/case/case_view.cpp" line="188" />
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="187" />
        <source>No fingerprint inputs recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="189" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <source>The source did not keep a raw record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="323" />
        <source>No events recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="324" />
        <source>Showing the latest %1 of %2 events.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::CollapsibleSection</name>
    <message>
        <location filename="../ui/case/collapsible_section.cpp" line="84" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/collapsible_section.cpp" line="86" />
        <source>Expanded; press Space to fold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/collapsible_section.cpp" line="86" />
        <source>Folded; press Space to expand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::FilterEdit</name>
    <message>
        <location filename="../ui/queue/filter_edit.cpp" line="67" />
        <source>Filter: fields such as severity:critical, kev:yes, owner:team, status:new, epss&gt;0.5, first_seen&lt;2026-10-01, free text in quotes; - negates. Press Down for suggestions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="242" />
        <source>Import scanner feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="243" />
        <source>Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="247" />
        <source>Open or create a workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="248" />
        <source>Closeloop workspace (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="273" />
        <source>About Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="274" />
        <source>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="370" />
        <source>Import scanner feeds; the format is recognized from the content (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="80" />
        <source>The query failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="102" />
        <source>Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="264" />
        <source>Service catalog (*.yaml *.yml *.json CODEOWNERS);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="266" />
        <source>Change log (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="267" />
        <source>CISA KEV catalog (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="268" />
        <source>EPSS scores (*.csv *.csv.gz);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="326" />
        <source>Moving around</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="326" />
        <source>Triage (on the selected findings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="327" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="369" />
        <source>&amp;Import Feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="371" />
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="372" />
        <source>Load Service &amp;Catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="373" />
        <source>Load C&amp;hange Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="374" />
        <source>Load CISA &amp;KEV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="375" />
        <source>Load &amp;EPSS Scores…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="376" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="377" />
        <source>&amp;About Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="378" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="379" />
        <source>&amp;Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="380" />
        <source>Next finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="381" />
        <source>Previous finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="382" />
        <source>Open the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="383" />
        <source>Back to the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="384" />
        <source>&amp;Save View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="385" />
        <source>Save the filter, columns and sort as a view (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="386" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="387" />
        <source>Reset &amp;Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="389" />
        <source>Show saved view 1–9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="390" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="391" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="392" />
        <source>&amp;Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="393" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="394" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="395" />
        <source>Import log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="396" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="397" />
        <source>Filter: severity:critical kev:yes owner:team-payments "free text"   (/ to focus, Down for suggestions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="399" />
        <source>Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="399" />
        <source>%1 — Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="413" />
        <location filename="../ui/main/main_window.cpp" line="849" />
        <source>Import running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="413" />
        <source>Wait for the running import to finish or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="442" />
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="443" />
        <source>%1 could not be opened:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="449" />
        <source>Workspace %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="462" />
        <source>Saved views could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="563" />
        <location filename="../ui/main/main_window.cpp" line="581" />
        <source>Save View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="563" />
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="586" />
        <source>Saved the view "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="593" />
        <source>Delete View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="593" />
        <source>Delete the view "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="636" />
        <source>The case could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="764" />
        <source>No workspace open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="768" />
        <source>%1 finding(s)</source>
        <translation><numerusform>%1 finding</numerusform><numerusform>%1 findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="769" />
        <source>%1+ findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="771" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="773" />
        <source>Findings matching the filter; time until the first rows showed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="782" />
        <source>Loading %n file(s)…</source>
        <translation><numerusform>Loading %n file…</numerusform><numerusform>Loading %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="792" />
        <source>Loaded with warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="792" />
        <source>Nothing was loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="812" />
        <source>No workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="812" />
        <source>Open a workspace before importing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="816" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="849" />
        <source>An import is running. Cancel it and quit? Nothing of the file being imported is stored.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="vanished">
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="868" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="875" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="901" />
        <source>Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="908" />
        <source>Some feeds were not imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="909" />
        <source>%n file(s) could not be imported. Nothing of them was stored.</source>
        <translation><numerusform>%n file could not be imported. Nothing of it was stored.</numerusform><numerusform>%n files could not be imported. Nothing of them was stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::QueueModel</name>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="290" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="311" />
        <location filename="../ui/queue/queue_model.cpp" line="388" />
        <source>KEV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="314" />
        <source>Unowned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_model.cpp" line="331" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="340" />
        <source>No catalog entry matched this finding's asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="343" />
        <source>Known exploited (CISA KEV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="372" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="373" />
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="374" />
        <source>Triaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="375" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="376" />
        <source>False positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="377" />
        <source>Accepted risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="378" />
        <source>Pending verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="379" />
        <source>Fixed, verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="380" />
        <source>Suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="387" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="389" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="390" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="391" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="392" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="393" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="394" />
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="395" />
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="396" />
        <source>Fixed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="397" />
        <source>CVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="398" />
        <source>EPSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="399" />
        <source>Tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="400" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="401" />
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="402" />
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="403" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="404" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="405" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::ReferenceList</name>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="100" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="101" />
        <source>Copy this reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="102" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="103" />
        <source>Open in the web browser</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::ShortcutSheet</name>
    <message>
        <location filename="../ui/main/shortcut_sheet.cpp" line="16" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/shortcut_sheet.cpp" line="20" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/shortcut_sheet.cpp" line="20" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::TriageActions</name>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="65" />
        <source>Mark &amp;Triaged…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="66" />
        <source>Mark &amp;In Progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="67" />
        <source>Mark &amp;False Positive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="68" />
        <source>&amp;Accept Risk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="69" />
        <source>Mark Fixed, &amp;Verify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="70" />
        <source>Assign to &amp;Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="71" />
        <source>Assign to &amp;Person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="72" />
        <source>Assign &amp;Owner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="73" />
        <source>Add &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="74" />
        <source>Apply to &amp;Similar Findings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="134" />
        <source>Nothing changed: the findings already were that way.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="136" />
        <source>Changed %n finding(s). Ctrl+Z undoes it.</source>
        <translation><numerusform>Changed %n finding. Ctrl+Z undoes it.</numerusform><numerusform>Changed %n findings. Ctrl+Z undoes it.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="157" />
        <source>Assigned to you. Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="157" />
        <source>Already assigned to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="188" />
        <source>Nothing to undo.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="193" />
        <source>Undone: %n finding(s) restored.</source>
        <translation><numerusform>Undone: %n finding restored.</numerusform><numerusform>Undone: %n findings restored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="195" />
        <source>%n field(s) changed since were left alone.</source>
        <translation><numerusform>%n field changed since was left alone.</numerusform><numerusform>%n fields changed since were left alone.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="204" />
        <source>&amp;Undo Last Triage Decision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::TriageDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="33" />
        <source>Set Status of %n Finding(s)</source>
        <translation><numerusform>Set Status of %n Finding</numerusform><numerusform>Set Status of %n Findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="37" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="39" />
        <source>Why (required, kept in the audit trail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="40" />
        <location filename="../ui/triage/triage_dialog.cpp" line="52" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="44" />
        <source>Assign Owner to %n Finding(s)</source>
        <translation><numerusform>Assign Owner to %n Finding</numerusform><numerusform>Assign Owner to %n Findings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="45" />
        <source>Assign %n Finding(s)</source>
        <translation><numerusform>Assign %n Finding</numerusform><numerusform>Assign %n Findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="47" />
        <source>Team, e.g. group:default/team-payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="48" />
        <source>Person; empty to unassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="49" />
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="49" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="51" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="55" />
        <source>Add a Note to %n Finding(s)</source>
        <translation><numerusform>Add a Note to %n Finding</numerusform><numerusform>Add a Note to %n Findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="60" />
        <source>The note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="60" />
        <source>Optional note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="62" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="71" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="171" />
        <source>%n finding(s) selected</source>
        <translation><numerusform>%n finding selected</numerusform><numerusform>%n findings selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="172" />
        <source>%n will change</source>
        <translation><numerusform>%n will change</numerusform><numerusform>%n will change</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="174" />
        <source>%n no longer exist</source>
        <translation><numerusform>%n no longer exists</numerusform><numerusform>%n no longer exist</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="177" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="180" />
        <source>Cannot preview: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::ViewList</name>
    <message>
        <location filename="../ui/views/view_list.cpp" line="73" />
        <source>Saved views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/view_list.cpp" line="98" />
        <source>Every finding</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/view_list.cpp" line="112" />
        <source>%1, %n finding(s)</source>
        <translation><numerusform>%1, %n finding</numerusform><numerusform>%1, %n findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/view_list.cpp" line="148" />
        <source>Delete View</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="41" />
        <source>Closeloop security findings console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="44" />
        <source>Workspace database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="47" />
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="50" />
        <source>Feeds to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="61" />
        <source>Demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="62" />
        <source>The demo workspace could not be created:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>