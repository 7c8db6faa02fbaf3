/** "KẾ HOẠCH", "19/KH-UBND" → "Kế hoạch số 19/KH-UBND" */
export function documentHeading(documentType: string, number: string): string {
  const lower = documentType.normalize('NFC').toLocaleLowerCase('vi');
  return `${lower.charAt(0).toLocaleUpperCase('vi')}${lower.slice(1)} số ${number}`;
}
