#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), the way the keychain tests need it. The keyring lives in a temporary HOME and is thrown
# away afterwards; nothing touches the user's own keyring.
set -euo pipefail
if [ "${ACRP_IN_TEST_SESSION:-}" = 1 ]; then exec "$@"; fi
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export ACRP_IN_TEST_SESSION=1 ACRP_KEYRING_HOME="$keyring_home"
dbus-run-session -- bash -c '
    export XDG_DATA_HOME="$ACRP_KEYRING_HOME/data" XDG_RUNTIME_DIR="$ACRP_KEYRING_HOME/run"
    mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf acrp-throwaway-keyring | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    unset XDG_DATA_HOME
    "$@"' bash "$@"
