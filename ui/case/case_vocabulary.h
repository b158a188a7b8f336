// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the case view: severities, statuses, outcomes and event kinds
// in the reader's language, and times as people read them.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace closeloop {

class CaseVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(CaseVocabulary)
public:
    static QString severity(int severity);
    // The status words of findings.status; unknown words are shown as they are.
    static QString status(const QString& status);
    // How a similar finding ended: fixed and verified, exception, false positive,
    // or its status while it is still open.
    static QString outcome(const QString& outcome);
    static QString eventKind(const QString& kind);
    static QString changeKind(const QString& kind);
    static QString escalationRole(const QString& role);
    static QString matchKind(const QString& kind);
    static QString yesNo(bool value);
    // ISO 8601 times as "2026-09-14 08:12 UTC", dates as they are; anything
    // that does not parse is shown unchanged.
    static QString time(const QString& iso);

    // Badge colours: these carry meaning, so they are the only fixed colours.
    static QColor kevColor() { return QColor(0xB7, 0x1C, 0x1C); }
    static QColor warningColor() { return QColor(0xA8, 0x6A, 0x00); }
    static QColor neutralColor() { return QColor(0x5F, 0x6B, 0x7A); }
};

} // namespace closeloop
