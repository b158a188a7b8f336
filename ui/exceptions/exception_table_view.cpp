// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_table_view.h"

#include "exception_list_model.h"
#include "exception_vocabulary.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTimeZone>

namespace closeloop {

ExceptionTableView::ExceptionTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the list, as in every other list
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setFocusPolicy(Qt::StrongFocus);
    setSortingEnabled(false); // rows come ordered by expiry, which is the point
    verticalHeader()->hide();
    // One line per row, all the same height: cheap layout at 10,000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model && index.isValid())
            emit openRequested(index.data(ExceptionListModel::ExceptionIdRole).toLongLong());
    });
}

void ExceptionTableView::setExceptionModel(ExceptionListModel* model)
{
    m_model = model;
    setModel(model);
    sizeColumns();
}

void ExceptionTableView::sizeColumns()
{
    if (!m_model)
        return;
    const QFontMetrics fm = fontMetrics();
    // The delegate's text margins, and room for the urgency dot where one is.
    const auto width = [&](const QString& sample) { return fm.horizontalAdvance(sample) + 18; };
    const int icon = iconSize().isValid() ? iconSize().width() + 6 : 22;
    using C = ExceptionListModel::Column;
    // Sized for the words the cells will hold in this language, so nothing
    // fixed-length is elided; scope and justification share the rest.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone utc = QTimeZone::utc();
    const auto header = [&](C c) { return m_model->headerData(m_model->sectionOf(c), Qt::Horizontal).toString(); };
    const std::pair<C, int> widths[] = {
        {C::Due, width(ExceptionVocabulary::dueIn(now.addDays(-99), now, utc)) + icon},
        {C::Expiry, std::max(width(m_model->kind() == ExceptionListModel::Kind::Day ? QStringLiteral("23:59")
                                                                                    : QStringLiteral("2026-12-31 23:59")) +
                                 icon,
                             width(header(C::Expiry)))},
        {C::State, width(ExceptionVocabulary::state(QStringLiteral("requested")))},
        {C::Tier, std::max(width(ExceptionVocabulary::tier(QStringLiteral("medium"))), width(header(C::Tier)))},
        {C::Scope, width(m_model->kind() == ExceptionListModel::Kind::Day ? QStringLiteral("CVE-2024-12345 in payments")
                                                                           : QStringLiteral("CVE-2024-12345 in payments-api-v2"))},
        {C::Requester, std::max(width(QStringLiteral("dana.okafor")), width(header(C::Requester)))},
        {C::DecidedBy, std::max(width(QStringLiteral("dana.okafor")), width(header(C::DecidedBy)))},
    };
    for (const auto& [column, w] : widths) {
        const int section = m_model->sectionOf(column);
        if (section >= 0)
            setColumnWidth(section, w);
    }
}

qint64 ExceptionTableView::currentExceptionId() const
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid() || !selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(ExceptionListModel::ExceptionIdRole).toLongLong();
}

bool ExceptionTableView::selectException(qint64 id)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void ExceptionTableView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (const qint64 id = currentExceptionId()) {
            emit openRequested(id);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace closeloop
