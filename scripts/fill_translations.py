#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/closeloop_de.ts from the table below and the English
plural forms of closeloop_en.ts. Run after `cmake --build build --target
update_translations`; entries not in the table stay unfinished, so lupdate and
Qt Linguist show what is missing."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    "Critical": "Kritisch", "High": "Hoch", "Medium": "Mittel", "Low": "Niedrig", "Info": "Info",
    "Unrated": "Unbewertet", "New": "Neu", "Reopened": "Wieder geöffnet",
    "Gone from scan, pending verification": "Nicht mehr im Scan, Nachweis ausstehend",
    "Resolved (verified)": "Behoben (nachgewiesen)", "Suppressed by the source": "Von der Quelle unterdrückt",
    "Severity": "Schweregrad", "Title": "Titel", "Status": "Status", "Asset": "Asset", "Location": "Ort",
    "Tool": "Werkzeug", "Rule": "Regel", "Last seen": "Zuletzt gesehen",
    "Import scanner feeds": "Scanner-Ergebnisse importieren",
    "Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)":
        "Scanner-Ergebnisse (*.json *.sarif *.xml *.csv *.golden);;Alle Dateien (*)",
    "Open or create a workspace": "Arbeitsbereich öffnen oder anlegen",
    "Closeloop workspace (*.sqlite)": "Closeloop-Arbeitsbereich (*.sqlite)",
    "About Closeloop": "Über Closeloop",
    "<h3>Closeloop %1</h3><p>From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>":
        "<h3>Closeloop %1</h3><p>Von der Flut an Sicherheitsbefunden zum geschlossenen Risiko: einlesen, entscheiden, handeln, nachweisen, messen.</p><p>Lizenziert unter der GNU General Public License, Version 3 oder später.</p>",
    "&Import feeds…": "Ergebnisse &importieren…",
    "Import scanner feeds; the format is recognized from the content (Ctrl+I)":
        "Scanner-Ergebnisse importieren; das Format wird am Inhalt erkannt (Strg+I)",
    "&Open workspace…": "Arbeitsbereich ö&ffnen…", "&Quit": "&Beenden", "&About Closeloop": "Ü&ber Closeloop",
    "&File": "&Datei", "&View": "&Ansicht", "&Help": "&Hilfe", "Import log": "Importprotokoll",
    "Cancel": "Abbrechen", "Closeloop": "Closeloop", "%1 — Closeloop": "%1 — Closeloop",
    "Import running": "Import läuft",
    "Wait for the running import to finish or cancel it.":
        "Warten Sie, bis der laufende Import fertig ist, oder brechen Sie ihn ab.",
    "Cannot open workspace": "Arbeitsbereich kann nicht geöffnet werden",
    "%1 could not be opened:\n%2": "%1 konnte nicht geöffnet werden:\n%2",
    "Workspace %1": "Arbeitsbereich %1", "No workspace": "Kein Arbeitsbereich",
    "Open a workspace before importing.": "Öffnen Sie vor dem Import einen Arbeitsbereich.",
    "An import is already running.": "Es läuft bereits ein Import.",
    "An import is running. Cancel it and quit? Nothing of the file being imported is stored.":
        "Ein Import läuft. Abbrechen und beenden? Von der gerade importierten Datei wird nichts gespeichert.",
    "No workspace open.": "Kein Arbeitsbereich geöffnet.",
    "Severity: %1": "Schweregrad: %1", "   CVSS %1": "   CVSS %1", "Status: %1": "Status: %1",
    "Tool: %1 %2": "Werkzeug: %1 %2", "Rule: %1": "Regel: %1", "Asset: %1": "Asset: %1", "File: %1": "Datei: %1",
    "Package: %1 %2": "Paket: %1 %2", "Fixed in: %1": "Behoben in: %1",
    "First seen: %1   Last seen: %2": "Zuerst gesehen: %1   Zuletzt gesehen: %2",
    "Remediation: %1": "Behebung: %1", "Fingerprint %1, from:": "Fingerabdruck %1, gebildet aus:",
    "Cannot read the finding: %1": "Der Befund kann nicht gelesen werden: %1",
    "Importing %1 (%2 of %3)…": "Importiere %1 (%2 von %3)…",
    "Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled":
        "Import beendet: %1 importiert, %2 unverändert, %3 abgelehnt, %4 abgebrochen",
    "Some feeds were not imported": "Einige Dateien wurden nicht importiert",
    "Closeloop security findings console": "Closeloop, die Konsole für Sicherheitsbefunde",
    "Workspace database.": "Datenbank des Arbeitsbereichs.",
    "Open the demo workspace (created on first use).":
        "Den Demo-Arbeitsbereich öffnen (wird beim ersten Mal angelegt).",
    "Feeds to import.": "Zu importierende Dateien.", "Demo workspace": "Demo-Arbeitsbereich",
    "The demo workspace could not be created:\n%1": "Der Demo-Arbeitsbereich konnte nicht angelegt werden:\n%1",
}
PLURALS_DE = {
    "%n finding(s)": ["%n Befund", "%n Befunde"],
    "Importing %n file(s)…": ["Importiere %n Datei…", "Importiere %n Dateien…"],
    "%n file(s) could not be imported. Nothing of them was stored.":
        ["%n Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.",
         "%n Dateien konnten nicht importiert werden. Nichts davon wurde gespeichert."],
}
PLURALS_EN = {
    "%n finding(s)": ["%n finding", "%n findings"],
    "Importing %n file(s)…": ["Importing %n file…", "Importing %n files…"],
    "%n file(s) could not be imported. Nothing of them was stored.":
        ["%n file could not be imported. Nothing of it was stored.",
         "%n files could not be imported. Nothing of them was stored."],
}


def fill(path, singular, plural):
    tree = ET.parse(path)
    missing = 0
    for msg in tree.iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if msg.get("numerus") == "yes":
            forms = plural.get(source)
            if forms is None:
                missing += 1
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
            tr.attrib.pop("type", None)
        elif singular is not None:
            text = singular.get(source)
            if text is None:
                missing += 1
                continue
            tr.text = text
            tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = Path(__file__).resolve().parent.parent / "translations"
m = fill(root / "closeloop_de.ts", DE, PLURALS_DE)
fill(root / "closeloop_en.ts", None, PLURALS_EN)
print(f"closeloop_de.ts: {m} message(s) without a translation")
sys.exit(0)
