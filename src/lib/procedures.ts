/**
 * Facts about procedures that pages show: what is not yet verified, and which procedures use a form.
 */
import type { Procedure } from '../schemas/procedure.ts';

/** The fields of a procedure that say what was checked: per-fact checks, and each fee and legal basis. */
export interface ProcedureFacts {
  factChecks: Procedure['factChecks'];
  fees: Pick<Procedure['fees'][number], 'name' | 'verified' | 'note'>[];
  legalBases: Pick<Procedure['legalBases'][number], 'number' | 'verified' | 'note'>[];
}

export interface UnverifiedFact {
  /** Field name ("processingTime") or a fee or legal basis. */
  key: string;
  subject: string;
  note: string;
}

/** Every fact of a procedure marked unverified, each once, in the order a reader meets them. */
export function unverifiedFacts(p: ProcedureFacts, names: Record<string, string>): UnverifiedFact[] {
  const out: UnverifiedFact[] = [];
  for (const [key, check] of Object.entries(p.factChecks)) {
    if (!check.verified) out.push({ key, subject: names[key] ?? key, note: check.note });
  }
  for (const fee of p.fees) {
    if (!fee.verified && !out.some((f) => f.key === 'fees'))
      out.push({ key: 'fees', subject: `${names['fees'] ?? 'Phí'}: ${fee.name}`, note: fee.note ?? '' });
  }
  for (const basis of p.legalBases) {
    if (!basis.verified)
      out.push({ key: `legal:${basis.number}`, subject: `${names['legalBases'] ?? 'Căn cứ'}: ${basis.number}`, note: basis.note ?? '' });
  }
  return out;
}

/** For each form id, the procedures whose dossier uses it. */
export function formUsage<T extends { id: string; data: { dossier: { form?: string | undefined }[] } }>(procedures: T[]): Map<string, T[]> {
  const usage = new Map<string, T[]>();
  for (const p of procedures) {
    for (const formId of new Set(p.data.dossier.map((d) => d.form).filter((f): f is string => Boolean(f)))) {
      usage.set(formId, [...(usage.get(formId) ?? []), p]);
    }
  }
  return usage;
}
