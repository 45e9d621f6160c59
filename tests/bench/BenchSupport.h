#pragma once

#include <QList>
#include <algorithm>

namespace acrp::bench {

// The median of `values` (the mean of the middle two for an even count); -1 when empty.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace acrp::bench
