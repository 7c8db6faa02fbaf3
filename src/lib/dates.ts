/**
 * Dates as citizens read them. Calendar dates are kept as YYYY-MM-DD strings (no time zone to go wrong);
 * instants are shown in Asia/Ho_Chi_Minh whatever the build machine's zone is.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for YYYY-MM-DD strings that name a day that exists (no 2023-02-30). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** 2023-02-08 → 08/02/2023 */
export function formatDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`Ngày không hợp lệ: ${isoDate}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant shown as "08:30 ngày 08/02/2023", in Vietnam's time zone. */
export function formatDateTime(instant: Date): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/** The calendar date of an instant in Vietnam (YYYY-MM-DD). */
export function toLocalIsoDate(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The day the site is built, in Vietnam. Date-dependent pages (upcoming sessions, overdue tasks) use it,
 * and show it. PORTAL_BUILD_DATE=YYYY-MM-DD pins it for reproducible builds and tests.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const pinned = env['PORTAL_BUILD_DATE'];
  if (pinned) {
    if (!isRealIsoDate(pinned)) throw new Error(`PORTAL_BUILD_DATE phải có dạng NNNN-TT-NN, đang là "${pinned}"`);
    return pinned;
  }
  // One day for the whole build, even one that runs past midnight; and Intl is slow to ask per page.
  startedOn ??= toLocalIsoDate(new Date());
  return startedOn;
}
let startedOn: string | undefined;
