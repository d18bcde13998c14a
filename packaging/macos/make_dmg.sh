#!/usr/bin/env bash
# Pack "dist/Office Planner.app" into dist/OfficePlanner-<version>.dmg (macOS only).
#
#   bash packaging/macos/make_dmg.sh            # version from officeplanner/__init__.py
#   bash packaging/macos/make_dmg.sh 0.1.0
#
# The disk image holds the app and a symlink to /Applications, so installing is dragging
# one onto the other. Compressed (UDZO), read-only. PyInstaller signs the app ad hoc
# only: for users outside your own Macs, sign with a Developer ID and notarise
# (packaging/README.md) before or after this step.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/Office Planner.app"
VERSION="${1:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/officeplanner/__init__.py")}"
DMG="$ROOT/dist/OfficePlanner-$VERSION.dmg"

if [[ ! -d "$APP" ]]; then
    echo "make_dmg.sh: $APP is missing; build it first (packaging/build_app.py)" >&2
    exit 1
fi
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Office Planner.app"   # ditto keeps symlinks, permissions and signatures
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Office Planner $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "wrote $DMG"
