<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>closeloop::FindingTableModel</name>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="18" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="19" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="20" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="21" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="22" />
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="25" />
        <source>Unrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="31" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="33" />
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="35" />
        <source>Gone from scan, pending verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="37" />
        <source>Resolved (verified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="39" />
        <source>Suppressed by the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="160" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="161" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="162" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="163" />
        <source>Asset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="164" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="165" />
        <source>Tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="166" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="167" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closeloop::MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="138" />
        <source>Import scanner feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="139" />
        <source>Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="145" />
        <source>Open or create a workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="146" />
        <source>Closeloop workspace (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="156" />
        <source>About Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="157" />
        <source>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="182" />
        <source>&amp;Import feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="183" />
        <source>Import scanner feeds; the format is recognized from the content (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="184" />
        <source>&amp;Open workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="185" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="186" />
        <source>&amp;About Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="187" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="188" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="189" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="190" />
        <source>Import log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="191" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="192" />
        <source>Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="193" />
        <source>%1 — Closeloop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="207" />
        <location filename="../ui/main/main_window.cpp" line="273" />
        <source>Import running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="207" />
        <source>Wait for the running import to finish or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="220" />
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="221" />
        <source>%1 could not be opened:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="225" />
        <source>Workspace %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="236" />
        <source>No workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="236" />
        <source>Open a workspace before importing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="240" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="273" />
        <source>An import is running. Cancel it and quit? Nothing of the file being imported is stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="289" />
        <source>No workspace open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="298" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="298" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="298" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="299" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="299" />
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="299" />
        <source>Unrated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="300" />
        <source>%n finding(s)</source>
        <translation><numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="328" />
        <source>Severity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="330" />
        <source>   CVSS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="331" />
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="332" />
        <source>Tool: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="333" />
        <source>Rule: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="334" />
        <source>Asset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="337" />
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="342" />
        <source>Package: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="347" />
        <source>Fixed in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="348" />
        <source>First seen: %1   Last seen: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="351" />
        <source>Remediation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="352" />
        <source>Fingerprint %1, from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="360" />
        <source>Cannot read the finding: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="372" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="379" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="408" />
        <source>Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="415" />
        <source>Some feeds were not imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="416" />
        <source>%n file(s) could not be imported. Nothing of them was stored.</source>
        <translation><numerusform>%n file could not be imported. Nothing of it was stored.</numerusform><numerusform>%n files could not be imported. Nothing of them was stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="38" />
        <source>Closeloop security findings console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="41" />
        <source>Workspace database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="44" />
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="47" />
        <source>Feeds to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="58" />
        <source>Demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="59" />
        <source>The demo workspace could not be created:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>