/** Numbers as Vietnamese readers write them: 1.234.567 and 31,1. */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
  return integer.format(n);
}

/** 8000 → "8.000 đồng" */
export function formatVnd(amount: number): string {
  return `${integer.format(amount)} đồng`;
}

/** File sizes in kilobytes and megabytes (1 KB = 1024 bytes), e.g. "31,1 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${integer.format(bytes)} byte`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}

const twoDecimals = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

/** Scores as the PAPI report prints them: 5,31 */
export function formatDecimal(n: number): string {
  return twoDecimals.format(n);
}

/** Signed change of a score: "+0,25", "−0,10" (a real minus sign, read correctly by screen readers). */
export function formatChange(n: number): string {
  const text = twoDecimals.format(Math.abs(n));
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

/** 0.875 → "88%" */
export function formatPercent(share: number): string {
  return percent.format(share);
}
