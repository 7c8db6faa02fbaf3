#!/usr/bin/env bash
# Daily rebuild: pull, install, check, build for production into a new release "as of" today, switch the
# served link atomically, keep the last 14 releases. See docs/deployment/README.md.
# The build is `npm run build -- --production`: content with sample records or facts marked `verified: false`
# is refused like broken content (a demo server that serves the sample data sets PORTAL_BUILD_CMD='npm run build').
#
# Today's build must go out even when the newest content is broken: posting periods end and personal data
# must leave the site on its day, whatever else is wrong. So when the newest commit fails the check or the
# build, the last commit that built (recorded in $base/last-good) is rebuilt with today's date and served,
# and the script reports the failure loudly: a message on stderr, PORTAL_ALERT_CMD if set, exit status 2.
#
#   PORTAL_BASE          release root (default /srv/portal): repo/, releases/, current, last-good
#   PORTAL_REPO          the git checkout to build (default $PORTAL_BASE/repo)
#   PORTAL_BUILD_DATE    the day to build as of, YYYY-MM-DD (default today in Vietnam)
#   PORTAL_ALERT_CMD     shell command run on any failure, with the message on its standard input
#                        (for example: mail -s "Cổng thông tin: bản dựng lỗi" vanhanh@example.gov.vn)
#   PORTAL_SKIP_INSTALL=1  skip `npm ci` (tests)
#   PORTAL_CHECK_CMD, PORTAL_BUILD_CMD, PORTAL_AUDIT_CMD  replace `npm run check`, `npm run build -- --production`
#                        and `npm run audit` (tests, a demo server; an empty PORTAL_AUDIT_CMD skips the audit).
#                        The build writes to $PORTAL_DIST_DIR.
#
# Exit status: 0 the newest commit is served; 2 it failed and the last good commit is served with today's
# date; 1 nothing new could be built and the current release keeps serving.
set -uo pipefail

base="${PORTAL_BASE:-/srv/portal}"
repo="${PORTAL_REPO:-$base/repo}"
export PORTAL_BUILD_DATE="${PORTAL_BUILD_DATE:-$(TZ=Asia/Ho_Chi_Minh date +%F)}"
check_cmd="${PORTAL_CHECK_CMD:-npm run check}"
build_cmd="${PORTAL_BUILD_CMD:-npm run build -- --production}"
audit_cmd="${PORTAL_AUDIT_CMD-npm run audit}"
last_good_file="$base/last-good"
fallback_tree="$base/last-good-tree"

alert() {
  echo "LỖI: $1" >&2
  if [[ -n "${PORTAL_ALERT_CMD:-}" ]]; then
    printf '%s\n' "$1" | bash -c "$PORTAL_ALERT_CMD" || echo "LỖI: không gửi được cảnh báo (PORTAL_ALERT_CMD)" >&2
  fi
}

install() {
  [[ "${PORTAL_SKIP_INSTALL:-}" == 1 ]] || (cd "$1" && npm ci --no-audit --no-fund)
}

# Checks and builds the tree in $1 into a new release folder; prints the folder on success.
build_release() {
  local tree="$1" commit release
  commit="$(git -C "$tree" rev-parse HEAD)" || return 1
  release="$base/releases/$PORTAL_BUILD_DATE-$(date +%H%M%S)-${commit:0:12}"
  (cd "$tree" && bash -c "$check_cmd" && PORTAL_DIST_DIR="$release" bash -c "$build_cmd") >&2 || return 1
  echo "$release"
}

switch_to() {
  ln -sfn "$1" "$base/current.new"
  mv -T "$base/current.new" "$base/current"
  echo "Đang phục vụ $1"
}

mkdir -p "$base/releases"
cd "$repo" || { alert "không có thư mục mã nguồn $repo"; exit 1; }

problem=""
# A repository without an upstream (a test, or a server that receives pushes) has nothing to pull.
if git rev-parse --abbrev-ref '@{upstream}' >/dev/null 2>&1; then
  git pull --ff-only || problem="không kéo được bản mới (git pull); dựng lại bản đang có"
fi
head="$(git rev-parse HEAD)"

if install "$repo" && release="$(build_release "$repo")"; then
  echo "$head" > "$last_good_file.new" && mv "$last_good_file.new" "$last_good_file"
  switch_to "$release"
  if [[ -n "$audit_cmd" ]]; then bash -c "$audit_cmd" || true; fi   # report what is overdue or missing
  status=0
  if [[ -n "$problem" ]]; then alert "$problem"; status=2; fi
else
  failed="Bản dựng ngày $PORTAL_BUILD_DATE từ commit ${head:0:12} thất bại (kiểm tra nội dung hoặc dựng trang); xem nhật ký ở trên."
  good="$(cat "$last_good_file" 2>/dev/null || true)"
  if [[ -z "$good" ]]; then
    alert "$failed Chưa có commit nào từng dựng được ($last_good_file), nên bản đang chạy vẫn giữ nguyên."
    exit 1
  fi
  # The last good commit, in a worktree of its own so the newest checkout is left as it is for the editors.
  if [[ -d "$fallback_tree" ]]; then
    git -C "$fallback_tree" checkout --quiet --force --detach "$good" && git -C "$fallback_tree" clean -fdq
  else
    git worktree add --quiet --force --detach "$fallback_tree" "$good"
  fi || { alert "$failed Không lấy được commit tốt gần nhất ${good:0:12}."; exit 1; }
  if install "$fallback_tree" && release="$(build_release "$fallback_tree")"; then
    switch_to "$release"
    alert "$failed Đang phục vụ bản dựng lại từ commit tốt gần nhất ${good:0:12} với ngày $PORTAL_BUILD_DATE, để các hạn niêm yết vẫn được áp dụng. Sửa nội dung lỗi (npm run check -- --production chỉ ra tệp và trường) rồi chạy lại."
    status=2
  else
    alert "$failed Dựng lại commit tốt gần nhất ${good:0:12} cũng thất bại; bản đang chạy vẫn giữ nguyên, các hạn niêm yết hôm nay CHƯA được áp dụng."
    exit 1
  fi
fi

# Keep the 14 newest releases.
ls -1dt "$base"/releases/* | tail -n +15 | xargs -r rm -rf
exit "$status"
