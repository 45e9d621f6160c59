#pragma once

namespace acrp::sandbox {
} // namespace acrp::sandbox
