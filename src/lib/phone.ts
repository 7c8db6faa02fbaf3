/** "0221 3000 101" → "tel:02213000101" */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}
