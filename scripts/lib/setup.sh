# Shared by the scripts: install what a new machine lacks (Debian packages, as root), then find Swift.
# Source it: `. "$(dirname "$0")/lib/setup.sh"`.
set -euo pipefail

FOODTRACE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export FOODTRACE_ROOT

# Debian packages the build and the tests need: OpenSSL, SQLite, libqrencode, zlib and libxml2 headers (libxml2
# validates EPCIS XML against the XSD); zbar-tools and librsvg2-bin read slips' QR codes back in tests; graphviz
# renders trace --format dot; chromium, chromium-driver and fonts-noto-cjk lay out and print the HTML report and
# slips (scripts/browser, via Selenium); postgresql's server runs the throwaway cluster the PostgreSQL store's tests
# use (scripts/pg-cluster).
FOODTRACE_APT_PACKAGES=(libssl-dev libsqlite3-dev libqrencode-dev zlib1g-dev libxml2-dev pkg-config zbar-tools librsvg2-bin graphviz chromium
    chromium-driver fonts-noto-cjk postgresql)

ensure_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "setup: installing ${missing[*]}" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    else
        echo "setup: missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
        return 1
    fi
}

ensure_python_modules() {
    for module in "$@"; do
        python3 -c "import $module" 2>/dev/null && continue
        echo "setup: installing Python package $module" >&2
        python3 -m pip install --quiet "$module" >&2
    done
}

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        [ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
    fi
    command -v swift >/dev/null 2>&1 || { echo "setup: Swift 6 is required (swift not on PATH)" >&2; return 1; }
}

ensure_packages "${FOODTRACE_APT_PACKAGES[@]}"
ensure_python_modules jsonschema selenium xmlschema
ensure_swift
cd "$FOODTRACE_ROOT"
