# Makes a test fail with MESSAGE (used when a tool the test needs is missing, so that it fails
# instead of silently skipping).
message(FATAL_ERROR "${MESSAGE}")
