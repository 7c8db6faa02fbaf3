/**
 * A form's DOCX is dated by the build day, not by the clock: two builds on one day serve the same bytes.
 * The docx library writes the time of generation into each zip entry and into docProps/core.xml.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEntry } from '../../src/lib/content/read.ts';
import { renderFormDocx } from '../../src/lib/forms/docx.ts';
import { formNotice } from '../../src/lib/forms/notice.ts';
import { formSchema } from '../../src/schemas/form.ts';

const form = formSchema.parse(readEntry('content/forms/to-khai-dang-ky-khai-sinh.yaml').data);

/** The form generated with the clock at `now`. */
async function generateAt(now: string, day: string): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  try {
    return await renderFormDocx(form, 'Chân trang', day, formNotice(form));
  } finally {
    vi.useRealTimers();
  }
}

/** The date and time of every entry of a zip file, as its central directory gives them (MS-DOS fields, no time zone). */
function entryDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // no archive comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const dates: string[] = [];
  for (let at = view.getUint32(end + 16, true), n = view.getUint16(end + 10, true); n > 0; n--) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const pad = (v: number) => String(v).padStart(2, '0');
    dates.push(`${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return dates;
}

describe('a form as DOCX', () => {
  afterEach(() => vi.useRealTimers());

  it('is the same bytes when generated twice on one build day, at different times', async () => {
    const morning = await generateAt('2026-12-05T01:00:00Z', '2026-12-05');
    const evening = await generateAt('2026-12-05T12:34:56.789Z', '2026-12-05');
    expect(Buffer.from(evening).equals(Buffer.from(morning))).toBe(true);
  });

  it('is dated by the build day, in its zip entries and its properties', async () => {
    const docx = await generateAt('2027-03-01T10:00:00Z', '2026-12-05');
    expect(new Set(entryDates(docx))).toEqual(new Set(['2026-12-05 00:00']));
    const core = strFromU8(unzipSync(docx)['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-04T17:00:00.000Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-04T17:00:00.000Z</dcterms:modified>');
  });

  it('changes with the build day', async () => {
    const one = await generateAt('2026-12-05T01:00:00Z', '2026-12-05');
    const next = await generateAt('2026-12-05T01:00:00Z', '2026-12-06');
    expect(Buffer.from(next).equals(Buffer.from(one))).toBe(false);
  });
});
