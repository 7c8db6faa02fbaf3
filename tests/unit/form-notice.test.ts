/**
 * What a form says about itself: a guide is labelled and says where to get the official form; an official
 * form must name the document that prescribes it, which is printed with its form code and date. The citizen
 * text of every form (title, sections, labels, help, choices, the notice) carries no editors' wording.
 */
import { describe, expect, it } from 'vitest';
import { readCollectionFiles, readEntry } from '../../src/lib/content/read.ts';
import { formNotice, noticeLines } from '../../src/lib/forms/notice.ts';
import { formSchema } from '../../src/schemas/form.ts';

const birth = readEntry('content/forms/to-khai-dang-ky-khai-sinh.yaml').data;
const forms = readCollectionFiles('content', { dir: 'forms', format: 'yaml' }).map((f) => ({ id: f.id, data: formSchema.parse(f.data) }));

/** Words of the office's research, never for citizens (issue 16). */
const EDITORS_WORDING =
  /phiên làm việc|theo trí nhớ|trước khi công bố|chỉ mục tìm kiếm|chưa xác minh|theo hiểu biết|chưa đối chiếu|chưa xác định|github|seeds\/|tệp nguồn|npm |bản dựng lại|\.ya?ml\b|\.json\b/i;

describe('what a form says about itself', () => {
  it('labels a guide and says where to get the official form, with the citation only when one is given', () => {
    const guide = formNotice(formSchema.parse({ ...birth, prescribedBy: null }));
    expect(noticeLines(guide)).toEqual([
      'Bản hướng dẫn, không thay thế mẫu chính thức',
      `Lấy mẫu chính thức tại ${String(birth['officialFormAt'])}.`,
    ]);
    expect(formNotice(formSchema.parse(birth)).citation).toBe(
      'Mẫu chính thức do Bộ Tư pháp ban hành kèm theo Thông tư số 04/2024/TT-BTP, thay thế mẫu tại Phụ lục 5 Thông tư số 04/2020/TT-BTP.',
    );
  });

  it('cites an official form with its code, annex and date, and does not send the citizen elsewhere', () => {
    const prescribedBy = {
      kind: 'Nghị định',
      number: '151/2025/NĐ-CP',
      issuer: 'Chính phủ',
      date: '2025-06-12',
      provision: 'Phụ lục I',
      formCode: 'Mẫu số 15',
    };
    const official = formNotice(formSchema.parse({ ...birth, status: 'official', prescribedBy }));
    expect(noticeLines(official)).toEqual([
      'Mẫu chính thức',
      'Mẫu chính thức (Mẫu số 15, Phụ lục I) do Chính phủ ban hành kèm theo Nghị định số 151/2025/NĐ-CP ngày 12/06/2025.',
    ]);
  });

  it('refuses an official form without the document that prescribes it', () => {
    const result = formSchema.safeParse({ ...birth, status: 'official', prescribedBy: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['prescribedBy']);
  });

  it.each(forms)('$id: citizen text has no editors’ wording', ({ data }) => {
    const citizenText = [
      data.title,
      data.signatory,
      ...noticeLines(formNotice(data)),
      ...data.sections.flatMap((s) => [s.title, ...s.fields.flatMap((f) => [f.label, f.help ?? '', ...(f.options ?? [])])]),
    ];
    expect(citizenText.filter((t) => EDITORS_WORDING.test(t))).toEqual([]);
  });
});
