// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy_diff_view.h"

#include "case/case_vocabulary.h"
#include "policy/policy.h"
#include "policy/policy_backtest.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <climits>
#include <set>

namespace closeloop {

namespace {

const char* const CanonicalPaths[] = {"enforce", "approve", "ticket", "incident", "batch"};
constexpr int ShortVersion = 12;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

int clampInt(std::int64_t n)
{
    return int(std::clamp<std::int64_t>(n, 0, INT_MAX));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor betterColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
}

QColor worseColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xC6, 0x28, 0x28);
}

QString signedNumber(qint64 value)
{
    const QLocale locale;
    if (value > 0)
        return QLatin1Char('+') + locale.toString(value);
    if (value < 0)
        return QLatin1Char('-') + locale.toString(-value);
    return QStringLiteral("0");
}

QString transition(qint64 from, qint64 to)
{
    const QLocale locale;
    return locale.toString(from) + QStringLiteral(" \u2192 ") + locale.toString(to);
}

QTableWidgetItem* setCell(QTableWidget* t, int row, int column, const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(row, column, item);
    return item;
}

// Headers of number columns line up with their numbers.
void alignNumberHeaders(QTableWidget* t, int firstNumberColumn)
{
    for (int c = firstNumberColumn; c < t->columnCount(); ++c)
        if (QTableWidgetItem* h = t->horizontalHeaderItem(c))
            h->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

// Numbers sized to their text touch the grid; a little air between columns.
void padNumberColumns(QTableWidget* t, int firstNumberColumn)
{
    t->resizeColumnsToContents();
    const int pad = t->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2;
    for (int c = firstNumberColumn; c < t->columnCount(); ++c)
        t->setColumnWidth(c, t->columnWidth(c) + pad);
}

void setBold(QTableWidgetItem* item)
{
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
}

} // namespace

PolicyDiffView::PolicyDiffView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = makeLabel(this, "backtestSummary");
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* tables = new QHBoxLayout;
    tables->setSpacing(16);
    auto* pathsColumn = new QVBoxLayout;
    m_pathsTitle = makeLabel(this, "pathsTitle", true);
    pathsColumn->addWidget(m_pathsTitle);
    m_paths = makeTable(this, "pathsTable");
    m_paths->setColumnCount(4);
    m_paths->setSelectionMode(QAbstractItemView::NoSelection);
    m_paths->setFocusPolicy(Qt::NoFocus);
    // The names take the slack, so numbers sit under their headers.
    m_paths->horizontalHeader()->setStretchLastSection(false);
    m_paths->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    pathsColumn->addWidget(m_paths);
    pathsColumn->addStretch(1);
    tables->addLayout(pathsColumn, 2);
    auto* breachColumn = new QVBoxLayout;
    m_breachesTitle = makeLabel(this, "breachesTitle", true);
    breachColumn->addWidget(m_breachesTitle);
    m_breaches = makeTable(this, "breachesTable");
    m_breaches->setColumnCount(2 + SlaClockCount);
    m_breaches->setSelectionMode(QAbstractItemView::NoSelection);
    m_breaches->setFocusPolicy(Qt::NoFocus);
    m_breaches->horizontalHeader()->setStretchLastSection(false);
    m_breaches->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    breachColumn->addWidget(m_breaches);
    m_breachedTotal = makeLabel(this, "breachedTotal");
    breachColumn->addWidget(m_breachedTotal);
    breachColumn->addStretch(1);
    tables->addLayout(breachColumn, 3);
    layout->addLayout(tables);

    m_changedTitle = makeLabel(this, "changedTitle", true);
    layout->addWidget(m_changedTitle);
    m_changed = makeTable(this, "changedTable");
    m_changed->setColumnCount(6);
    m_changed->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_changed->setMinimumHeight(150);
    connect(m_changed, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* id = m_changed->item(row, 0))
            emit openFindingRequested(id->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_changed, 1);
    m_changedMore = makeLabel(this, "changedMore");
    m_changedMore->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_changedMore);
    retranslate();
}

PolicyDiffView::~PolicyDiffView() = default;

QTableWidget* PolicyDiffView::makeTable(QWidget* parent, const char* objectName)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(objectName));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void PolicyDiffView::fitHeight(QTableWidget* t, int maxRows)
{
    const int rows = std::clamp(t->rowCount(), 1, maxRows);
    const int height = t->horizontalHeader()->sizeHint().height() + rows * t->verticalHeader()->defaultSectionSize() +
                       2 * t->frameWidth() + 2;
    t->setFixedHeight(height);
}

QLabel* PolicyDiffView::makeLabel(QWidget* parent, const char* objectName, bool title)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    if (title) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    } else {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return label;
}

QString PolicyDiffView::pathLabel(const QString& path)
{
    if (path == QLatin1String("enforce"))
        return tr("Enforce");
    if (path == QLatin1String("approve"))
        return tr("Approve");
    if (path == QLatin1String("ticket"))
        return tr("Ticket");
    if (path == QLatin1String("incident"))
        return tr("Incident");
    if (path == QLatin1String("batch"))
        return tr("Batch");
    return path.isEmpty() ? tr("(none)") : path;
}

QString PolicyDiffView::clockLabel(int clock)
{
    switch (SlaClockKind(clock)) {
    case SlaClockKind::Acknowledge: return tr("Acknowledge");
    case SlaClockKind::Contain: return tr("Contain");
    case SlaClockKind::Remediate: return tr("Remediate");
    case SlaClockKind::Verify: return tr("Verify");
    }
    return QString();
}

void PolicyDiffView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyDiffView::retranslate()
{
    m_pathsTitle->setText(tr("Findings per path"));
    m_paths->setHorizontalHeaderLabels({tr("Path"), tr("Current"), tr("Proposed"), tr("Change")});
    alignNumberHeaders(m_paths, 1);
    m_breachesTitle->setText(tr("Breached clocks per SLA class (current \u2192 proposed)"));
    QStringList breachHeaders{tr("SLA class"), tr("Findings")};
    for (int c = 0; c < SlaClockCount; ++c)
        breachHeaders << clockLabel(c);
    m_breaches->setHorizontalHeaderLabels(breachHeaders);
    alignNumberHeaders(m_breaches, 1);
    m_changed->setHorizontalHeaderLabels({tr("ID"), tr("Title"), tr("Severity"), tr("Service"), tr("From"), tr("To")});
    render();
}

void PolicyDiffView::setReport(std::shared_ptr<const BacktestReport> report, std::map<std::string, std::string> classTitles)
{
    m_report = std::move(report);
    m_classTitles = std::move(classTitles);
    render();
}

void PolicyDiffView::render()
{
    if (!m_report) {
        m_summary->clear();
        m_paths->setRowCount(0);
        m_breaches->setRowCount(0);
        m_changed->setRowCount(0);
        m_breachedTotal->clear();
        m_changedTitle->clear();
        m_changedMore->hide();
        return;
    }
    const BacktestReport& r = *m_report;
    m_summary->setText(tr("Replayed over %n finding(s) as of %1, against “%2” (version %3) in force.", nullptr,
                          clampInt(r.findings))
                           .arg(CaseVocabulary::time(qs(r.now)), qs(r.currentName),
                                qs(r.currentVersion.substr(0, ShortVersion))));
    fillPaths();
    fillBreaches();
    fillChanged();
}

void PolicyDiffView::fillPaths()
{
    const BacktestReport& r = *m_report;
    // The brief's order of paths, from acting alone to waiting; any other
    // path a policy names comes after.
    std::vector<std::string> order(std::begin(CanonicalPaths), std::end(CanonicalPaths));
    for (const auto& [path, counts] : r.paths)
        if (std::find(order.begin(), order.end(), path) == order.end())
            order.push_back(path);
    m_paths->setRowCount(int(order.size()));
    const QPalette pal = palette();
    for (int row = 0; row < int(order.size()); ++row) {
        const auto it = r.paths.find(order[std::size_t(row)]);
        const auto counts = it == r.paths.end() ? std::pair<std::int64_t, std::int64_t>{0, 0} : it->second;
        const QString id = qs(order[std::size_t(row)]);
        QTableWidgetItem* name = setCell(m_paths, row, 0, pathLabel(id));
        name->setData(Qt::UserRole, id);
        name->setToolTip(id);
        setCell(m_paths, row, 1, QLocale().toString(qint64(counts.first)), true);
        setCell(m_paths, row, 2, QLocale().toString(qint64(counts.second)), true);
        const qint64 delta = counts.second - counts.first;
        QTableWidgetItem* d = setCell(m_paths, row, 3, signedNumber(delta), true);
        d->setData(Qt::UserRole, delta);
        if (delta != 0) {
            // A path is neither good nor bad: + and - in the colours of a diff.
            d->setForeground(delta > 0 ? betterColor(pal) : worseColor(pal));
            setBold(d);
        } else {
            d->setForeground(pal.brush(QPalette::PlaceholderText));
        }
    }
    padNumberColumns(m_paths, 1);
    fitHeight(m_paths, 8);
}

void PolicyDiffView::fillBreaches()
{
    const BacktestReport& r = *m_report;
    std::set<std::string> classes;
    for (const auto& [cls, counts] : r.classes)
        classes.insert(cls);
    for (const auto& [cls, clocks] : r.breaches)
        classes.insert(cls);
    m_breaches->setRowCount(int(classes.size()));
    const QPalette pal = palette();
    int row = 0;
    for (const std::string& cls : classes) {
        QTableWidgetItem* name = setCell(m_breaches, row, 0, cls.empty() ? tr("(none)") : qs(cls));
        name->setData(Qt::UserRole, qs(cls));
        if (const auto t = m_classTitles.find(cls); t != m_classTitles.end())
            name->setToolTip(qs(t->second));
        const auto c = r.classes.find(cls);
        const auto counts = c == r.classes.end() ? std::pair<std::int64_t, std::int64_t>{0, 0} : c->second;
        QTableWidgetItem* findings = setCell(m_breaches, row, 1, transition(counts.first, counts.second), true);
        findings->setData(Qt::UserRole, qint64(counts.first));
        findings->setData(Qt::UserRole + 1, qint64(counts.second));
        const auto b = r.breaches.find(cls);
        for (int k = 0; k < SlaClockCount; ++k) {
            std::pair<std::int64_t, std::int64_t> v{0, 0};
            if (b != r.breaches.end())
                if (const auto it = b->second.find(slaClockName(SlaClockKind(k))); it != b->second.end())
                    v = it->second;
            QTableWidgetItem* item = setCell(m_breaches, row, 2 + k, transition(v.first, v.second), true);
            item->setData(Qt::UserRole, qint64(v.first));
            item->setData(Qt::UserRole + 1, qint64(v.second));
            if (v.first == 0 && v.second == 0) {
                item->setForeground(pal.brush(QPalette::PlaceholderText));
            } else if (v.second != v.first) {
                // More breaches is worse, whatever the class.
                item->setForeground(v.second > v.first ? worseColor(pal) : betterColor(pal));
                setBold(item);
            }
        }
        ++row;
    }
    padNumberColumns(m_breaches, 1);
    fitHeight(m_breaches, 10);

    const auto& total = r.breachedFindings;
    const qint64 delta = total.second - total.first;
    m_breachedTotal->setText(tr("Findings with a breached clock: %1 (%2)")
                                 .arg(transition(total.first, total.second), signedNumber(delta)));
    QPalette labelPalette = m_breachedTotal->palette();
    labelPalette.setColor(QPalette::WindowText, delta == 0 ? pal.color(QPalette::WindowText)
                                                           : (delta > 0 ? worseColor(pal) : betterColor(pal)));
    m_breachedTotal->setPalette(labelPalette);
}

void PolicyDiffView::fillChanged()
{
    const BacktestReport& r = *m_report;
    m_changedTitle->setText(tr("%n finding(s) would change path or SLA class", nullptr, clampInt(r.changedCount)));
    m_changed->setSortingEnabled(false);
    m_changed->setRowCount(int(r.changed.size()));
    auto route = [](const RouteDecision& d) { return pathLabel(qs(d.path)) + QStringLiteral(" \u00b7 ") + qs(d.slaClass); };
    for (int row = 0; row < int(r.changed.size()); ++row) {
        const BacktestChange& c = r.changed[std::size_t(row)];
        auto* id = new QTableWidgetItem;
        id->setData(Qt::DisplayRole, qint64(c.id));
        id->setData(Qt::UserRole, qint64(c.id));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_changed->setItem(row, 0, id);
        setCell(m_changed, row, 1, qs(c.title))->setToolTip(qs(c.title));
        setCell(m_changed, row, 2, CaseVocabulary::severity(c.severity))->setData(Qt::UserRole, c.severity);
        setCell(m_changed, row, 3, qs(c.service))->setToolTip(qs(c.service));
        setCell(m_changed, row, 4, route(c.from))->setToolTip(tr("rule %1").arg(qs(c.from.rule)));
        setCell(m_changed, row, 5, route(c.to))->setToolTip(tr("rule %1").arg(qs(c.to.rule)));
    }
    m_changed->setSortingEnabled(true);
    m_changed->sortByColumn(0, Qt::AscendingOrder);
    // Titles can be long: they take what the short columns leave.
    QHeaderView* header = m_changed->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_changed->resizeColumnsToContents();
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    const std::int64_t more = r.changedCount - std::int64_t(r.changed.size());
    m_changedMore->setVisible(more > 0);
    m_changedMore->setText(more > 0 ? tr("…and %n more (not listed)", nullptr, clampInt(more)) : QString());
}

} // namespace closeloop
