// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "policy_store.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace closeloop {

std::int64_t Notifier::post(const std::string& kind, const Recipient& to, const std::string& subject, nlohmann::json body)
{
    body["recipient"] = {{"name", to.name}, {"contact", to.contact}, {"role", to.role}};
    auto st = m_db.prepare("INSERT INTO notifications (at, kind, recipient, contact, subject, body) VALUES (?,?,?,?,?,?)");
    st.bind(1, m_clock.nowIso()).bind(2, kind).bind(3, to.name).bind(4, to.contact).bind(5, subject);
    st.bind(6, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    st.exec();
    return m_db.lastInsertId();
}

void Notifier::knownExploited(std::int64_t count, const std::string& source)
{
    if (count <= 0)
        return;
    const std::string team = PolicyStore(m_db).activeReadOnly()->exceptions.securityTeam;
    post("known_exploited", {team.empty() ? std::string("security team") : team, "", "security"},
         std::to_string(count) + (count == 1 ? " finding is" : " findings are") + " now known exploited (" + source + ")",
         {{"count", count}, {"source", source}, {"filter", "kev:yes is:open"}});
}

Recipient Notifier::chainMember(const std::string& serviceRef, const std::string& step, const std::string& ownerFallback)
{
    if (!serviceRef.empty()) {
        auto st = m_db.prepare("SELECT escalation, owner_ref FROM catalog_entities WHERE ref = ?");
        st.bind(1, serviceRef);
        if (st.step()) {
            const auto chain = nlohmann::json::parse(st.textView(0), nullptr, false);
            if (chain.is_array())
                for (const auto& c : chain)
                    if (c.is_object() && c.value("role", "") == step)
                        return {c.value("name", ""), c.value("contact", ""), step};
            const std::string owner = st.text(1);
            if (!owner.empty())
                return {owner, "", step};
        }
    }
    if (!ownerFallback.empty())
        return {ownerFallback, "", step};
    return {"unassigned", "", step};
}

std::string notificationOutboxDir(const std::string& dbPath)
{
    const QFileInfo fi(QString::fromStdString(dbPath));
    return (fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".outbox/notifications"))
        .toStdString();
}

std::int64_t writeOutbox(Database& db, const std::string& dir)
{
    const QString qdir = QString::fromStdString(dir);
    if (!QDir().mkpath(qdir))
        return 0;
    std::vector<std::pair<std::int64_t, std::string>> written;
    {
        auto st = db.prepare("SELECT id, at, kind, recipient, contact, subject, body FROM notifications"
                             " WHERE outbox_file = '' ORDER BY id LIMIT 10000");
        while (st.step()) {
            const std::int64_t id = st.int64(0);
            nlohmann::json j = {{"id", id},          {"at", st.text(1)},      {"kind", st.text(2)},
                                {"recipient", st.text(3)}, {"contact", st.text(4)}, {"subject", st.text(5)}};
            j["body"] = nlohmann::json::parse(st.textView(6), nullptr, false);
            const std::string name = std::to_string(id) + "-" + st.text(2) + ".json";
            QSaveFile f(qdir + QLatin1Char('/') + QString::fromStdString(name));
            if (!f.open(QIODevice::WriteOnly))
                break;
            const std::string text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
            f.write(text.data(), qint64(text.size()));
            if (!f.commit())
                break;
            written.emplace_back(id, name);
        }
    }
    if (written.empty())
        return 0;
    Transaction tx(db);
    auto up = db.prepare("UPDATE notifications SET outbox_file = ? WHERE id = ?");
    for (const auto& [id, name] : written) {
        up.bind(1, name).bind(2, id);
        up.exec();
    }
    tx.commit();
    return std::int64_t(written.size());
}

} // namespace closeloop
