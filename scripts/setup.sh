#!/usr/bin/env bash
# Shared set-up of scripts/run and scripts/test: installs the Debian 12 packages LoanDesk needs (only those
# missing, so a machine that has everything starts at once), then configures and builds into build/.
set -euo pipefail

LOANDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOANDESK_BUILD="${LOANDESK_BUILD:-$LOANDESK_ROOT/build}"

# Build tools, Qt 6 (Widgets, SQL with its SQLite driver, Charts, PrintSupport, Linguist tools), test and
# benchmark libraries, the XLSX writer, fonts that cover Vietnamese, and the tools for headless runs, screenshots,
# PDF checks and reading workbooks back (unzip). libqt6opengl6-dev, libqt6sql6-sqlite and xauth are only
# "recommended" by Qt and must be named; zlib1g-dev because libxlsxwriter's pkg-config file links -lz and its -dev
# package does not depend on it. dpkg-dev and file are for scripts/package and the package test: cpack's Debian
# generator finds the package's dependencies with dpkg-shlibdeps and needs file to tell the programs apart.
# libsodium-dev hashes the users' passwords (Argon2id).
LOANDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev libgl-dev
    libgtest-dev libbenchmark-dev libxlsxwriter-dev zlib1g-dev libsodium-dev
    fonts-dejavu-core xvfb xauth imagemagick poppler-utils unzip
    dpkg-dev file
)
# Only for `scripts/test --sanitize` and `scripts/fuzz`: clang with libFuzzer and the sanitizer runtimes.
LOANDESK_SANITIZER_PACKAGES=(clang libclang-rt-14-dev)

# What a sanitized program does on a finding: stop with a stack (UBSan stops too: -fno-sanitize-recover).
# Leaks are not reported: Qt keeps some allocations until exit on purpose (plugins, fonts, translations).
loandesk_sanitizer_environment() {
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
}

loandesk_install_packages() {
    local missing=()
    for package in "${LOANDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "These Debian packages are missing and this is not root: ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

loandesk_build() {
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$LOANDESK_ROOT" -B "$LOANDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
    cmake --build "$LOANDESK_BUILD" --parallel "$(nproc)"
}
