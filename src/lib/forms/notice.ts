/**
 * What a form says about itself, in the same words on its page, at the top of its PDF and DOCX and in their
 * footers: a guide is labelled as one, with the official template's citation where it is settled and where
 * to get the official form; an official form carries the citation of the document that prescribes it.
 */
import type { FormDefinition } from '../../schemas/form.ts';
import { formatDate } from '../dates.ts';
import { vi } from '../../i18n/vi.ts';

export interface FormNotice {
  /** The line right under the national header and in every page footer: the guide label, or "Mẫu chính thức". */
  label: string;
  /** The citation of the prescribing document, when settled. */
  citation: string | null;
  /** Where the citizen gets the official form; said by a guide only. */
  officialFormAt: string | null;
}

export function formNotice(form: Pick<FormDefinition, 'status' | 'prescribedBy' | 'officialFormAt'>): FormNotice {
  const t = vi.form;
  const p = form.prescribedBy;
  return {
    label: form.status === 'official' ? t.officialLabel : t.guideLabel,
    citation: p ? t.prescribedBy({ ...p, date: p.date && formatDate(p.date) }) : null,
    officialFormAt: form.status === 'official' ? null : t.officialFormAt(form.officialFormAt),
  };
}

/** The notice as lines of print, label first. */
export const noticeLines = (notice: FormNotice): string[] => [
  notice.label,
  ...[notice.citation, notice.officialFormAt].filter((l) => l !== null),
];
