#!/usr/bin/env bash
# The print test reads the report's PDF as text with pdftotext (Debian's poppler-utils).
# Installed here when missing, so the test never skips for want of the tool.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1; then exit 0; fi
echo "pdftotext not found: installing Debian's poppler-utils…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
pdftotext -v 2>&1 | head -n 1
