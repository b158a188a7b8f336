<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>closeloop::FindingTableModel</name>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="18" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="19" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="20" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="21" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="22" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="25" />
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="31" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="33" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="35" />
        <source>Gone from scan, pending verification</source>
        <translation>Nicht mehr im Scan, Nachweis ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="37" />
        <source>Resolved (verified)</source>
        <translation>Behoben (nachgewiesen)</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="39" />
        <source>Suppressed by the source</source>
        <translation>Von der Quelle unterdrückt</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="160" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="161" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="162" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="163" />
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="164" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="165" />
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="166" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/queue/finding_table_model.cpp" line="167" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>closeloop::MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="138" />
        <source>Import scanner feeds</source>
        <translation>Scanner-Ergebnisse importieren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="139" />
        <source>Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)</source>
        <translation>Scanner-Ergebnisse (*.json *.sarif *.xml *.csv *.golden);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="145" />
        <source>Open or create a workspace</source>
        <translation>Arbeitsbereich öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="146" />
        <source>Closeloop workspace (*.sqlite)</source>
        <translation>Closeloop-Arbeitsbereich (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="156" />
        <source>About Closeloop</source>
        <translation>Über Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="157" />
        <source>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;Von der Flut an Sicherheitsbefunden zum geschlossenen Risiko: einlesen, entscheiden, handeln, nachweisen, messen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="182" />
        <source>&amp;Import feeds…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="183" />
        <source>Import scanner feeds; the format is recognized from the content (Ctrl+I)</source>
        <translation>Scanner-Ergebnisse importieren; das Format wird am Inhalt erkannt (Strg+I)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="184" />
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="185" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="186" />
        <source>&amp;About Closeloop</source>
        <translation>Ü&amp;ber Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="187" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="188" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="189" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="190" />
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="191" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="192" />
        <source>Closeloop</source>
        <translation>Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="193" />
        <source>%1 — Closeloop</source>
        <translation>%1 — Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="207" />
        <location filename="../ui/main/main_window.cpp" line="273" />
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="207" />
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>Warten Sie, bis der laufende Import fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="220" />
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="221" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="225" />
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="236" />
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="236" />
        <source>Open a workspace before importing.</source>
        <translation>Öffnen Sie vor dem Import einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="240" />
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="273" />
        <source>An import is running. Cancel it and quit? Nothing of the file being imported is stored.</source>
        <translation>Ein Import läuft. Abbrechen und beenden? Von der gerade importierten Datei wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="289" />
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="298" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="298" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="298" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="299" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="299" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="299" />
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="300" />
        <source>%n finding(s)</source>
        <translation><numerusform>%n Befund</numerusform><numerusform>%n Befunde</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="328" />
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="330" />
        <source>   CVSS %1</source>
        <translation>   CVSS %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="331" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="332" />
        <source>Tool: %1 %2</source>
        <translation>Werkzeug: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="333" />
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="334" />
        <source>Asset: %1</source>
        <translation>Asset: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="337" />
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="342" />
        <source>Package: %1 %2</source>
        <translation>Paket: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="347" />
        <source>Fixed in: %1</source>
        <translation>Behoben in: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="348" />
        <source>First seen: %1   Last seen: %2</source>
        <translation>Zuerst gesehen: %1   Zuletzt gesehen: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="351" />
        <source>Remediation: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="352" />
        <source>Fingerprint %1, from:</source>
        <translation>Fingerabdruck %1, gebildet aus:</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="360" />
        <source>Cannot read the finding: %1</source>
        <translation>Der Befund kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="372" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importiere %n Datei…</numerusform><numerusform>Importiere %n Dateien…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="379" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importiere %1 (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="408" />
        <source>Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled</source>
        <translation>Import beendet: %1 importiert, %2 unverändert, %3 abgelehnt, %4 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="415" />
        <source>Some feeds were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="416" />
        <source>%n file(s) could not be imported. Nothing of them was stored.</source>
        <translation><numerusform>%n Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.</numerusform><numerusform>%n Dateien konnten nicht importiert werden. Nichts davon wurde gespeichert.</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="38" />
        <source>Closeloop security findings console</source>
        <translation>Closeloop, die Konsole für Sicherheitsbefunde</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="41" />
        <source>Workspace database.</source>
        <translation>Datenbank des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="44" />
        <source>Open the demo workspace (created on first use).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="47" />
        <source>Feeds to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="58" />
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="59" />
        <source>The demo workspace could not be created:
%1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht angelegt werden:
%1</translation>
    </message>
</context>
</TS>