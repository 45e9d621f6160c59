#include "core/store/TrigramProbes.h"

#include <QMutexLocker>

namespace acrp {

std::optional<TrigramProbes::Probe> TrigramProbes::find(const QString& trigram, qint64 rows) const
{
    const QMutexLocker lock(&m_mutex);
    if (rows != m_rows)
        return std::nullopt;
    const auto found = m_probes.constFind(trigram);
    if (found == m_probes.cend())
        return std::nullopt;
    return *found;
}

void TrigramProbes::insert(const QString& trigram, qint64 rows, Probe probe)
{
    const QMutexLocker lock(&m_mutex);
    if (rows < m_rows)
        return; // probed before a newer order (ids only grow): the others hold already
    if (rows != m_rows || m_probes.size() >= kMaxTrigrams) {
        m_probes.clear();
        m_rows = rows;
    }
    m_probes.insert(trigram, probe);
}

int TrigramProbes::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_probes.size());
}

} // namespace acrp
