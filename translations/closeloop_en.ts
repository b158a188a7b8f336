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
        <location filename="../ui/case/case_vocabulary.cpp" line="14" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="15" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="16" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="17" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="18" />
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="21" />
        <source>Unrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="26" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="27" />
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="28" />
        <source>Triaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="29" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="30" />
        <source>Contained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="31" />
        <location filename="../ui/case/case_vocabulary.cpp" line="47" />
        <source>False positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="32" />
        <source>Accepted risk (exception)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="33" />
        <source>Pending verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="34" />
        <source>Resolved (verified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="35" />
        <source>Suppressed by the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="43" />
        <source>Fixed and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="45" />
        <source>Exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="49" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="55" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="56" />
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="57" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="58" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="64" />
        <source>Deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="65" />
        <source>Commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="66" />
        <source>Config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="72" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="73" />
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="74" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="76" />
        <source>Operations lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="82" />
        <source>CVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="83" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="84" />
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="85" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="86" />
        <source>Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="87" />
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="88" />
        <source>Cloud resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="89" />
        <source>File path (CODEOWNERS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="90" />
        <source>Set by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="96" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="96" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="109" />
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="127" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="129" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="130" />
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="136" />
        <source>in under a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="138" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="140" />
        <source>due now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="141" />
        <source>%1 overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="146" />
        <source>Enforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="147" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="148" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="149" />
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="150" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="156" />
        <source>Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="157" />
        <source>Contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="158" />
        <source>Remediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="159" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="165" />
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="166" />
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="167" />
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="168" />
        <source>Breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="169" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="170" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="171" />
        <source>Met late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="177" />
        <source>waiting for acknowledgement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="178" />
        <source>waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="179" />
        <source>waiting for containment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="180" />
        <source>waiting for remediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="181" />
        <source>waiting for verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="182" />
        <source>waiting for the exception to expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="183" />
        <source>nothing pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="184" />
        <source>waiting for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExceptionVocabulary</name>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="10" />
        <source>Awaiting decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="11" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="12" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="13" />
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="44" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="14" />
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="15" />
        <source>Renewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="21" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="22" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="23" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="32" />
        <source>%n finding(s)</source>
        <translation><numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="35" />
        <source>rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="38" />
        <source>%1 in all services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="38" />
        <source>%1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="45" />
        <source>Within 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="46" />
        <source>Within 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="47" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="55" />
        <source>No expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="58" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="58" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="60" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="62" />
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="63" />
        <source>In %n day(s)</source>
        <translation><numerusform>In %n day</numerusform><numerusform>In %n days</numerusform></translation>
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
    <name>closeloop::CasePolicyPanel</name>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="50" />
        <source>owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="51" />
        <source>assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="52" />
        <source>backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="53" />
        <source>manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="54" />
        <source>security team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="56" />
        <source>operations lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="166" />
        <source>No SLA clocks (not routed yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="167" />
        <source>(not the policy in force)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="168" />
        <source>Exceptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="170" />
        <source>Justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="208" />
        <source>%1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="214" />
        <source>held by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="222" />
        <source>Held by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="223" />
        <source>Reach %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="225" />
        <source>escalation level %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="263" />
        <source>Decided by rule %1 of policy '%2' (version %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="265" />
        <source>Decided by rule %1 of policy version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="267" />
        <source>Decided by rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="302" />
        <source>Met %1, %2 late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="303" />
        <source>Met %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="307" />
        <source>Paused after its deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="308" />
        <source>Paused with %1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="313" />
        <source>Due %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="329" />
        <source>Deadline %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="332" />
        <source>At risk from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="339" />
        <source>%1% of the clock's time used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="344" />
        <source>Level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="346" />
        <source>Next escalation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="374" />
        <source>%1 (VEX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="383" />
        <source>#%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="383" />
        <source>%1 tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="384" />
        <source>expires %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="386" />
        <source>requested by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="388" />
        <source>decided by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="389" />
        <source>• %1: %2</source>
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
        <location filename="../ui/case/case_view.cpp" line="179" />
        <source>Select a finding to see its case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="180" />
        <location filename="../ui/case/case_view.cpp" line="191" />
        <location filename="../ui/case/case_view.cpp" line="194" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="181" />
        <source>Policy and SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="182" />
        <source>Ownership and escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="183" />
        <source>Business context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="184" />
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <source>Recent changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="186" />
        <source>Similar findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="187" />
        <location filename="../ui/case/case_view.cpp" line="192" />
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="189" />
        <source>Raw source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>No changes recorded in the 14 days before first seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <location filename="../ui/case/case_view.cpp" line="194" />
        <location filename="../ui/case/case_view.cpp" line="196" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <location filename="../ui/case/case_view.cpp" line="196" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="193" />
        <source>No fingerprint inputs recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="194" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="194" />
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="195" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="196" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="197" />
        <source>The source did not keep a raw record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="332" />
        <source>No events recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="333" />
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
    <name>closeloop::ExceptionDecisionDialog</name>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="40" />
        <source>Approve exception %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="41" />
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="44" />
        <source>Reject exception %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="45" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="48" />
        <source>Revoke exception %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="49" />
        <source>Re&amp;voke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="56" />
        <source>Scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="59" />
        <source>%1 (policy rule %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="60" />
        <source>Tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="61" />
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="62" />
        <source>Requested by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="63" />
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="66" />
        <source>Expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="73" />
        <source>Justification:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="75" />
        <source>Compensating controls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="77" />
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="77" />
        <source>VEX statement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="83" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="83" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="84" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="124" />
        <source>Only a request awaiting a decision can be approved or rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="126" />
        <source>Only an active or requested exception can be revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="128" />
        <source>You requested this exception: another manager must decide it (four eyes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="130" />
        <source>Give a reason.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="132" />
        <source>Keep the reason under %n characters.</source>
        <translation><numerusform>Keep the reason under %n character.</numerusform><numerusform>Keep the reason under %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::ExceptionListModel</name>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="165" />
        <source>Compensating controls: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_list_model.cpp" line="171" />
        <source>%n finding(s) covered now</source>
        <translation><numerusform>%n finding covered now</numerusform><numerusform>%n findings covered now</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="182" />
        <source>Past its expiry: the expiry sweep has not handled it yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="190" />
        <source>Set by policy rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="224" />
        <source>Local time (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="228" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="229" />
        <source>Expires at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="229" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="230" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="231" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="232" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="233" />
        <source>Requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="234" />
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="235" />
        <source>Justification</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::ExceptionRequestDialog</name>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="38" />
        <source>Request an exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="42" />
        <source>Selected findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="43" />
        <source>A CVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="44" />
        <source>A rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="53" />
        <source>All services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="55" />
        <source>Why the risk is acceptable until the expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="62" />
        <source>For example: WAF rule blocks the vulnerable path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="73" />
        <source>&amp;Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="76" />
        <source>&amp;Scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="77" />
        <source>CVE or &amp;rule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="80" />
        <source>Ser&amp;vice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="81" />
        <source>&amp;Justification:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="83" />
        <source>&amp;Compensating controls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="84" />
        <source>&amp;Expires:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="111" />
        <source>Selected findings (%n)</source>
        <translation><numerusform>Selected findings (%n)</numerusform><numerusform>Selected findings (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="142" />
        <source>Renew exception %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="143" />
        <source>&amp;Request renewal</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="147" />
        <source>Its findings (%n)</source>
        <translation><numerusform>Its findings (%n)</numerusform><numerusform>Its findings (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="157" />
        <source>Previous justification: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="185" />
        <source>Select the findings in the queue first, or choose a CVE or a rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="190" />
        <source>Enter a CVE id such as CVE-2024-1234.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="193" />
        <source>Enter the rule id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="196" />
        <source>A justification is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="198" />
        <source>A renewal needs a new justification.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="200" />
        <source>Keep the texts under %n characters.</source>
        <translation><numerusform>Keep the texts under %n character.</numerusform><numerusform>Keep the texts under %n characters.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="203" />
        <source>The expiry must be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="205" />
        <source>The expiry may be at most %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::ExceptionsView</name>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="183" />
        <source>&amp;Request exception…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="184" />
        <source>&amp;Open findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="185" />
        <source>&amp;Approve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="186" />
        <source>Re&amp;ject…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="187" />
        <source>Re&amp;new…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="188" />
        <source>Re&amp;voke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="189" />
        <source>Exception expiry calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="190" />
        <source>Exceptions expiring on the chosen day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="191" />
        <source>Agenda of expiring exceptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="297" />
        <source>Could not read the exceptions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="401" />
        <source>You requested this exception: another manager decides it (four eyes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="403" />
        <source>Awaiting a manager's decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="415" />
        <source>&amp;Expiring on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="417" />
        <source>Nothing &amp;expires on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="419" />
        <source>&amp;Expiring on %1: %n exception(s)</source>
        <translation><numerusform>&amp;Expiring on %1: %n exception</numerusform><numerusform>&amp;Expiring on %1: %n exceptions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="422" />
        <source>A&amp;genda, next %n day(s): </source>
        <translation><numerusform>A&amp;genda, next %n day: </numerusform><numerusform>A&amp;genda, next %n days: </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="423" />
        <source>%n exception(s)</source>
        <translation><numerusform>%n exception</numerusform><numerusform>%n exceptions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="425" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n overdue</numerusform><numerusform>, %n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="439" />
        <source>%1: %n exception(s) expiring</source>
        <translation><numerusform>%1: %n exception expiring</numerusform><numerusform>%1: %n exceptions expiring</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="441" />
        <source>, %n awaiting a decision</source>
        <translation><numerusform>, %n awaiting a decision</numerusform><numerusform>, %n awaiting a decision</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::ExpiryCalendarWidget</name>
    <message>
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="94" />
        <source>%1: no exception expires</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="97" />
        <source>%n expired</source>
        <translation><numerusform>%n expired</numerusform><numerusform>%n expired</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="99" />
        <source>%n within 7 days</source>
        <translation><numerusform>%n within 7 days</numerusform><numerusform>%n within 7 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="101" />
        <source>%n within 30 days</source>
        <translation><numerusform>%n within 30 days</numerusform><numerusform>%n within 30 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="103" />
        <source>%n later</source>
        <translation><numerusform>%n later</numerusform><numerusform>%n later</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="104" />
        <source>%1: %n exception(s) expire (%2)</source>
        <translation><numerusform>%1: %n exception expires (%2)</numerusform><numerusform>%1: %n exceptions expire (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="106" />
        <source>%n awaiting a decision</source>
        <translation><numerusform>%n awaiting a decision</numerusform><numerusform>%n awaiting a decision</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="165" />
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::ExpiryLegend</name>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="21" />
        <source>Calendar legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="27" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="28" />
        <source>Within 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="29" />
        <source>Within 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="30" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="31" />
        <source>Awaiting decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="32" />
        <source>Today</source>
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
        <location filename="../ui/main/main_window.cpp" line="265" />
        <source>Import scanner feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="266" />
        <source>Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="270" />
        <source>Open or create a workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="271" />
        <source>Closeloop workspace (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="296" />
        <source>About Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="297" />
        <source>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="403" />
        <source>Import scanner feeds; the format is recognized from the content (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="77" />
        <source>The query failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="104" />
        <source>Exceptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="112" />
        <source>Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="287" />
        <source>Service catalog (*.yaml *.yml *.json CODEOWNERS);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="289" />
        <source>Change log (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="290" />
        <source>CISA KEV catalog (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="291" />
        <source>EPSS scores (*.csv *.csv.gz);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="349" />
        <source>Moving around</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="349" />
        <source>Triage (on the selected findings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="350" />
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="402" />
        <source>&amp;Import Feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="404" />
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="405" />
        <source>Load Service &amp;Catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="406" />
        <source>Load C&amp;hange Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="407" />
        <source>Load CISA &amp;KEV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="408" />
        <source>Load &amp;EPSS Scores…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="409" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="410" />
        <source>&amp;About Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="411" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="412" />
        <source>&amp;Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="413" />
        <source>Next finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="414" />
        <source>Previous finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="415" />
        <source>Open the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="416" />
        <source>Back to the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="417" />
        <source>&amp;Save View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="418" />
        <source>Save the filter, columns and sort as a view (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="419" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="420" />
        <source>Reset &amp;Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="422" />
        <source>Show saved view 1–9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="423" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="424" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="425" />
        <source>&amp;Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="426" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="427" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="428" />
        <source>Import log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="429" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="430" />
        <source>Filter: severity:critical kev:yes owner:team-payments "free text"   (/ to focus, Down for suggestions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="433" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="434" />
        <source>Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="434" />
        <source>%1 — Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="448" />
        <location filename="../ui/main/main_window.cpp" line="842" />
        <source>Import running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="448" />
        <source>Wait for the running import to finish or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="483" />
        <source>Similar findings could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="496" />
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="497" />
        <source>%1 could not be opened:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="503" />
        <source>Workspace %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="516" />
        <source>Saved views could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="625" />
        <location filename="../ui/main/main_window.cpp" line="643" />
        <source>Save View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="625" />
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="648" />
        <source>Saved the view "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="655" />
        <source>Delete View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="655" />
        <source>Delete the view "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="698" />
        <source>The case could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="757" />
        <source>No workspace open</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="761" />
        <source>%1 finding(s)</source>
        <translation><numerusform>%1 finding</numerusform><numerusform>%1 findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="762" />
        <source>%1+ findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="764" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="766" />
        <source>Findings matching the filter; time until the first rows showed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="775" />
        <source>Loading %n file(s)…</source>
        <translation><numerusform>Loading %n file…</numerusform><numerusform>Loading %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="785" />
        <source>Loaded with warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="785" />
        <source>Nothing was loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="805" />
        <source>No workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="805" />
        <source>Open a workspace before importing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="809" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="842" />
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
        <location filename="../ui/main/main_window.cpp" line="861" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="868" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="894" />
        <source>Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="901" />
        <source>Some feeds were not imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="902" />
        <source>%n file(s) could not be imported. Nothing of them was stored.</source>
        <translation><numerusform>%n file could not be imported. Nothing of it was stored.</numerusform><numerusform>%n files could not be imported. Nothing of them was stored.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="116" />
        <source>Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="120" />
        <source>The catalog was not loaded; the previous one stays in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="142" />
        <source>%1 of %2 file(s) not loaded; what was loaded before stays in force.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::NotificationModel</name>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="224" />
        <source>Escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="226" />
        <source>Exception expires soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="228" />
        <source>Exception expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="230" />
        <source>Exception awaits decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="232" />
        <source>Exception approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="234" />
        <source>Exception approved automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="236" />
        <source>Exception rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="238" />
        <source>Known exploited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="300" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="301" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="302" />
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="303" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::NotificationPanel</name>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="178" />
        <source>Could not read the notifications: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="191" />
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="192" />
        <source>&amp;Mark All Read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/notifications/notification_panel.cpp" line="228" />
        <source>%n unread</source>
        <translation><numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="228" />
        <source>all read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="236" />
        <source>Select a notification to see it in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="237" />
        <source>No notifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="246" />
        <source>Not written to the outbox yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="247" />
        <source>Outbox file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="332" />
        <source>Could not mark the notifications read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::PolicyController</name>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="103" />
        <source>Policy %1 is in force; every finding was evaluated again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="116" />
        <source>%n unread notification(s)</source>
        <translation><numerusform>%n unread notification</numerusform><numerusform>%n unread notifications</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="116" />
        <location filename="../ui/main/policy_controller.cpp" line="142" />
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="117" />
        <source>Escalations, reminders and exception decisions (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="124" />
        <source>Closeloop: %n new notification(s)</source>
        <translation><numerusform>Closeloop: %n new notification</numerusform><numerusform>Closeloop: %n new notifications</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="128" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="137" />
        <source>New Exception for a CVE or &amp;Rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="138" />
        <source>Check Expiry and Escalations &amp;Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="139" />
        <source>E&amp;xceptions Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="140" />
        <source>&amp;Policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="141" />
        <source>The policy in force; load a new one, see its backtest and switch it on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="145" />
        <location filename="../ui/main/policy_controller.cpp" line="176" />
        <source>Exceptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="279" />
        <source>Exception #%1 requested (%2 tier): a manager decides</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="280" />
        <source>Exception #%1 approved by policy (%2 tier): %n finding(s) accepted until %3</source>
        <translation><numerusform>Exception #%1 approved by policy (%2 tier): %n finding accepted until %3</numerusform><numerusform>Exception #%1 approved by policy (%2 tier): %n findings accepted until %3</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="285" />
        <source>Exception not requested: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="312" />
        <source>Exception #%1 approved: %n finding(s) accepted</source>
        <translation><numerusform>Exception #%1 approved: %n finding accepted</numerusform><numerusform>Exception #%1 approved: %n findings accepted</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="313" />
        <source>Exception #%1 rejected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="314" />
        <source>Exception #%1 revoked: %n finding(s) reopened</source>
        <translation><numerusform>Exception #%1 revoked: %n finding reopened</numerusform><numerusform>Exception #%1 revoked: %n findings reopened</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="316" />
        <source>Not done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="336" />
        <source>Renewal #%1 of exception #%2 requested: a manager decides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="337" />
        <source>Exception #%1 renewed as #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="339" />
        <source>Not renewed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="357" />
        <source>Expiry and escalation check failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="368" />
        <source>%n exception(s) expired; their findings reopened</source>
        <translation><numerusform>%n exception expired; its findings reopened</numerusform><numerusform>%n exceptions expired; their findings reopened</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::PolicyDialog</name>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="259" />
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="260" />
        <source>Policy in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="261" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="262" />
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="263" />
        <source>Loaded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="264" />
        <source>Activated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="265" />
        <source>Stored versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Activated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="267" />
        <source>&amp;Open Policy File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="268" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="269" />
        <source>Open a policy file to see how it would route the workspace's findings and which SLA clocks would have been breached, before switching it on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="271" />
        <source>&amp;Switch On…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="272" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="381" />
        <location filename="../ui/policy/policy_dialog.cpp" line="514" />
        <source>Could not read the workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="396" />
        <source>shipped default, with the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="397" />
        <location filename="../ui/policy/policy_dialog.cpp" line="402" />
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="401" />
        <location filename="../ui/policy/policy_dialog.cpp" line="409" />
        <source>never switched on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="408" />
        <source>shipped default, not stored yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="420" />
        <source>(in force)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="441" />
        <source>Open Policy File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="442" />
        <source>Policy files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="458" />
        <source>Validating %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="486" />
        <source>Backtesting “%1” over the workspace's history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="499" />
        <source>The backtest failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="527" />
        <source>Backtest cancelled; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="538" />
        <source>Nothing was loaded: the proposal below and the policy in force are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="539" />
        <source>Nothing was loaded: the policy in force is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="582" />
        <source>%1 (%2 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="590" />
        <source>No proposal open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="594" />
        <source>Proposed: “%1”, version %2, from %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="607" />
        <source>Open a valid policy file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="609" />
        <source>Only a manager can switch a policy on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="611" />
        <source>The policy in force is not known yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="613" />
        <source>This version is already in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="615" />
        <source>Wait until the work in progress is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="617" />
        <source>Switch this version on after confirming it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="627" />
        <source>Switch On Policy</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_dialog.cpp" line="628" />
        <source>Switch on “%1”, version %2?

It replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.</source>
        <translation><numerusform>Switch on “%1”, version %2?

It replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.</numerusform><numerusform>Switch on “%1”, version %2?

It replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="637" />
        <source>Switch On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="653" />
        <source>Switching on version %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="677" />
        <source>Not switched on: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="695" />
        <source>“%1” (version %2) was already in force.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_dialog.cpp" line="697" />
        <source>“%1” (version %2) is in force: %n finding(s) evaluated, %3 rerouted.</source>
        <translation><numerusform>“%1” (version %2) is in force: %n finding evaluated, %3 rerouted.</numerusform><numerusform>“%1” (version %2) is in force: %n findings evaluated, %3 rerouted.</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::PolicyDiffView</name>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="206" />
        <source>Enforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="208" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="210" />
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="212" />
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="214" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="215" />
        <location filename="../ui/policy/policy_diff_view.cpp" line="327" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="221" />
        <source>Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="222" />
        <source>Contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="223" />
        <source>Remediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="224" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="238" />
        <source>Findings per path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="241" />
        <source>Breached clocks per SLA class (current → proposed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="242" />
        <source>SLA class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="242" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_diff_view.cpp" line="271" />
        <source>Replayed over %n finding(s) as of %1, against “%2” (version %3) in force.</source>
        <translation><numerusform>Replayed over %n finding as of %1, against “%2” (version %3) in force.</numerusform><numerusform>Replayed over %n findings as of %1, against “%2” (version %3) in force.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="360" />
        <source>Findings with a breached clock: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_diff_view.cpp" line="371" />
        <source>%n finding(s) would change path or SLA class</source>
        <translation><numerusform>%n finding would change path or SLA class</numerusform><numerusform>%n findings would change path or SLA class</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="385" />
        <location filename="../ui/policy/policy_diff_view.cpp" line="386" />
        <source>rule %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_diff_view.cpp" line="398" />
        <source>…and %n more (not listed)</source>
        <translation><numerusform>…and %n more (not listed)</numerusform><numerusform>…and %n more (not listed)</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::QueueModel</name>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="336" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="357" />
        <location filename="../ui/queue/queue_model.cpp" line="445" />
        <source>KEV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="360" />
        <source>Unowned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_model.cpp" line="377" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="384" />
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="394" />
        <source>No catalog entry matched this finding's asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="397" />
        <source>Known exploited (CISA KEV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="400" />
        <source>An active exception pauses the SLA clocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="400" />
        <source>No SLA clock is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="401" />
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="444" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="446" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="447" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="448" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="449" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="450" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="451" />
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="452" />
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="453" />
        <source>Fixed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="454" />
        <source>CVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="455" />
        <source>EPSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="456" />
        <source>Tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="457" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="458" />
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="459" />
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="460" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="461" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="462" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="463" />
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="464" />
        <source>SLA class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="465" />
        <source>SLA due</source>
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
        <location filename="../ui/triage/triage_actions.cpp" line="72" />
        <source>Mark &amp;Triaged…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="73" />
        <source>Mark &amp;In Progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="74" />
        <source>Mark &amp;False Positive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="75" />
        <source>Mark &amp;Contained…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="76" />
        <source>Request &amp;Exception (Accept Risk)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="77" />
        <source>Mark Fixed, &amp;Verify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="78" />
        <source>Assign to &amp;Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="79" />
        <source>Assign to &amp;Person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="80" />
        <source>Assign &amp;Owner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="81" />
        <source>Add &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="82" />
        <source>Apply to &amp;Similar Findings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="142" />
        <source>Nothing changed: the findings already were that way.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="144" />
        <source>Changed %n finding(s). Ctrl+Z undoes it.</source>
        <translation><numerusform>Changed %n finding. Ctrl+Z undoes it.</numerusform><numerusform>Changed %n findings. Ctrl+Z undoes it.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="165" />
        <source>Assigned to you. Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="165" />
        <source>Already assigned to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="194" />
        <source>Nothing to undo.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="199" />
        <source>Undone: %n finding(s) restored.</source>
        <translation><numerusform>Undone: %n finding restored.</numerusform><numerusform>Undone: %n findings restored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="201" />
        <source>%n field(s) changed since were left alone.</source>
        <translation><numerusform>%n field changed since was left alone.</numerusform><numerusform>%n fields changed since were left alone.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="210" />
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