#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace acrp {

// What Journal's probes of the search index found for each trigram (how many of the first rows of
// its list, and the largest id among them), kept for every connection to one journal file: the
// window's readers and the journal that owns them. A person looks up one name after another, and
// names of one scheme share most of their trigrams ("team-50000", "team-50001"), so a search
// probes only the trigrams it has new (issue 16: each probe reads up to 256 entries of a list,
// 0.2-0.35 ms at 100,000 orders in bench_history; all seven of "team-50000" took 2.2 ms).
//
// The probes hold for one largest row id: a new order clears them all. They only steer which
// trigrams the index is asked for (LIKE checks every candidate), so a stale one costs time, never a
// row. Safe to use from several threads.
class TrigramProbes
{
public:
    struct Probe
    {
        qint64 held = 0; // rows among the first 256 of the list: fewer when the list is shorter
        qint64 last = 0; // the largest id among them
    };

    // The probe of `trigram` made when the largest row id was `rows`, if any.
    std::optional<Probe> find(const QString& trigram, qint64 rows) const;
    void insert(const QString& trigram, qint64 rows, Probe probe);
    int size() const;

    static constexpr int kMaxTrigrams = 4096; // then they start anew
    static constexpr int kProbe = 256; // the rows of a trigram's list a probe reads at most

private:
    mutable QMutex m_mutex;
    qint64 m_rows = -1;
    QHash<QString, Probe> m_probes;
};

} // namespace acrp
