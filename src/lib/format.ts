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
