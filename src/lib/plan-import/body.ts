/**
 * The body of a plan as exported to text: place and date, title, preamble, sections I, II, III with their
 * numbered and lettered parts, the closing formula, recipients and signature.
 */
import { normalizeSpace } from '../text.ts';
import type { Block } from './blocks.ts';
import { PlanImportError, type ImportReport } from './report.ts';

export interface Section {
  /** Anchor: "ii-1-a". */
  id: string;
  /** As written: "II", "1", "a". */
  number: string;
  /** Heading text, for Roman and numbered parts. Lettered parts have none: their text starts the first block. */
  title?: string;
  blocks: Block[];
  children: Section[];
}

export interface BodyParts {
  place: string;
  dateline: string;
  issuedOn: string;
  documentType: string;
  title: string;
  preamble: Block[];
  sections: Section[];
  closing: Block[];
  recipients: string[];
  signer: { capacity: string; title: string; name: string };
}

export interface SourceLine {
  line: number;
  text: string;
}

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.+)$/;
const NUMBERED = /^(\d{1,2})\.\s+(.+)$/;
const LETTERED = /^([a-zđ])\)\s+(.+)$/;
const DASHED = /^-\s+(.+)$/;
const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/;
const ENDS_SENTENCE = /[.:;!?…)"”]$/;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Joins a line cut by a page break to the next one: a line that does not end a sentence followed by a
 * line that starts in lower case is one paragraph (rule "nối dòng bị ngắt trang").
 */
export function joinBrokenLines(lines: SourceLine[], report: ImportReport): SourceLine[] {
  const out: SourceLine[] = [];
  for (const current of lines) {
    const previous = out[out.length - 1];
    if (
      previous &&
      !ENDS_SENTENCE.test(previous.text) &&
      STARTS_LOWER.test(current.text) &&
      !ROMAN.test(current.text) &&
      !NUMBERED.test(current.text) &&
      !LETTERED.test(current.text) &&
      !DASHED.test(current.text)
    ) {
      report.repairs.push({
        line: current.line,
        rule: 'nối dòng bị ngắt trang',
        message: `nối "…${previous.text.slice(-30)}" (dòng ${previous.line}) với "${current.text.slice(0, 30)}…"`,
      });
      previous.text = `${previous.text} ${current.text}`;
      continue;
    }
    out.push({ ...current });
  }
  return out;
}

function isoDate(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function parseBody(raw: SourceLine[], report: ImportReport): BodyParts {
  const lines = joinBrokenLines(
    raw.map((l) => ({ line: l.line, text: normalizeSpace(l.text) })).filter((l) => l.text !== ''),
    report,
  );
  let i = 0;
  const next = () => lines[i++];
  const peek = () => lines[i];

  const placeLine = next();
  const placeDate = placeLine ? PLACE_DATE.exec(placeLine.text) : null;
  if (!placeLine || !placeDate) {
    throw new PlanImportError(
      placeLine?.line ?? 1,
      'dòng đầu phải là địa danh và ngày ban hành, ví dụ "TP. Hưng Yên, ngày 08 tháng 02 năm 2023"',
    );
  }
  const typeLine = next();
  if (!typeLine || typeLine.text !== typeLine.text.toLocaleUpperCase('vi')) {
    throw new PlanImportError(typeLine?.line ?? placeLine.line, 'sau ngày ban hành phải là tên loại văn bản viết hoa, ví dụ "KẾ HOẠCH"');
  }
  const titleLine = next();
  if (!titleLine) throw new PlanImportError(typeLine.line, 'thiếu trích yếu (tên) của văn bản');

  const preamble: Block[] = [];
  const sections: Section[] = [];
  const closing: Block[] = [];
  let l1: Section | undefined;
  let l2: Section | undefined;
  let l3: Section | undefined;

  const container = (): Block[] => (l3 ?? l2 ?? l1)?.blocks ?? preamble;
  const addParagraph = (text: string) => container().push({ type: 'p', text });
  const addListItem = (text: string) => {
    const blocks = container();
    const last = blocks[blocks.length - 1];
    if (last && last.type === 'ul') last.items.push(text);
    else blocks.push({ type: 'ul', items: [text] });
  };

  for (let line = next(); line; line = next()) {
    const t = line.text;
    if (/\.\/\.$/.test(t)) {
      // The closing formula ends with "./."; what follows is recipients and signature.
      closing.push({ type: 'p', text: t });
      break;
    }
    let m: RegExpExecArray | null;
    if ((m = ROMAN.exec(t))) {
      l1 = { id: m[1]!.toLowerCase(), number: m[1]!, title: m[2]!, blocks: [], children: [] };
      sections.push(l1);
      l2 = l3 = undefined;
    } else if ((m = NUMBERED.exec(t)) && l1) {
      l2 = { id: `${l1.id}-${m[1]}`, number: m[1]!, title: m[2]!, blocks: [], children: [] };
      l1.children.push(l2);
      l3 = undefined;
    } else if ((m = LETTERED.exec(t)) && (l2 ?? l1)) {
      const parent = (l2 ?? l1)!;
      const letter = m[1]!;
      l3 = { id: `${parent.id}-${letter === 'đ' ? 'dd' : letter}`, number: letter, blocks: [{ type: 'p', text: m[2]! }], children: [] };
      parent.children.push(l3);
    } else if ((m = DASHED.exec(t))) {
      addListItem(m[1]!);
    } else {
      addParagraph(t);
    }
  }
  if (sections.length === 0) throw new PlanImportError(titleLine.line, 'không tìm thấy phần nào đánh số La Mã (I., II., …)');
  if (closing.length === 0) {
    throw new PlanImportError(lines[lines.length - 1]?.line ?? titleLine.line, 'không tìm thấy câu kết thúc văn bản (kết thúc bằng "./.")');
  }

  const recipients: string[] = [];
  const recipientsHead = peek();
  if (recipientsHead && /^Nơi nhận:?$/.test(recipientsHead.text)) {
    report.skipped.push({ line: recipientsHead.line, rule: 'nhãn "Nơi nhận" (trang hiển thị nhãn riêng)', text: recipientsHead.text });
    next();
    for (let r = peek(); r && DASHED.test(r.text); r = peek()) {
      recipients.push(DASHED.exec(r.text)![1]!);
      next();
    }
  }
  const capacity = next();
  const signerTitle = next();
  const signerName = next();
  if (!capacity || !signerTitle || !signerName || !/^(TM|KT|TL|TUQ)\./.test(capacity.text)) {
    throw new PlanImportError(
      capacity?.line ?? titleLine.line,
      'không tìm thấy khối chữ ký (ví dụ "TM. ỦY BAN NHÂN DÂN", chức vụ, họ tên)',
    );
  }
  const rest = lines.slice(i);
  if (rest.length) {
    throw new PlanImportError(rest[0]!.line, `còn nội dung sau chữ ký mà không biết đặt vào đâu: "${rest[0]!.text.slice(0, 60)}"`);
  }

  return {
    place: placeDate[1]!,
    dateline: placeLine.text,
    issuedOn: isoDate(placeDate[2]!, placeDate[3]!, placeDate[4]!),
    documentType: typeLine.text,
    title: titleLine.text,
    preamble,
    sections,
    closing,
    recipients,
    // Kept as written (capitals included); pages choose how to show them.
    signer: { capacity: capacity.text, title: signerTitle.text, name: signerName.text },
  };
}
