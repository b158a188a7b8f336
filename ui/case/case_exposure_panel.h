// SPDX-License-Identifier: GPL-3.0-or-later
// Where the finding is and for how long: asset and kind, every location, first
// and last seen, and how many days it has been open.
#pragma once

#include <QWidget>

#include <nlohmann/json_fwd.hpp>

namespace closeloop {

class CaseFieldForm;

class CaseExposurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseExposurePanel(QWidget* parent = nullptr);
    void setCase(const nlohmann::json& c);
    void retranslate();

private:
    CaseFieldForm* m_form = nullptr;
    int m_assetRow = -1;
    int m_kindRow = -1;
    int m_locationsRow = -1;
    int m_firstRow = -1;
    int m_lastRow = -1;
    int m_openRow = -1;
    int m_openDays = -1;
};

} // namespace closeloop
