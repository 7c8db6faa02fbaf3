#!/usr/bin/env bash
# Daily rebuild: pull, install, check, build into a new release, switch the served link atomically, keep
# the last 14 releases. Any failure leaves the current release serving. See docs/deployment/README.md.
set -euo pipefail

base="${PORTAL_BASE:-/srv/portal}"
repo="$base/repo"
today="$(TZ=Asia/Ho_Chi_Minh date +%F)"
release="$base/releases/$today-$(date +%H%M%S)"

cd "$repo"
git pull --ff-only
npm ci --no-audit --no-fund
npm run check
PORTAL_DIST_DIR="$release" npm run build
npm run audit || true   # report what is overdue or missing; publishing goes ahead

ln -sfn "$release" "$base/current.new"
mv -T "$base/current.new" "$base/current"
echo "Đang phục vụ $release"

# Keep the 14 newest releases.
ls -1dt "$base"/releases/* | tail -n +15 | xargs -r rm -rf
