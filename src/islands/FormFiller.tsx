/**
 * Fill a form in the browser and download a filled PDF, drawn on the device by the same code that makes
 * the downloadable blank form. What is typed stays in this page's memory: no request carries it (the
 * only requests are for jsPDF and the font, which carry nothing of the citizen's).
 */
import { useEffect, useState } from 'react';
import type { FormField, PrintedForm } from '../schemas/form.ts';
import type { FormValues } from '../lib/forms/pdf.ts';
import type { FormNotice } from '../lib/forms/notice.ts';

export interface FormFillerStrings {
  intro: string;
  noScript: string;
  download: string;
  preparing: string;
  ready: string;
  print: string;
  clear: string;
  required: string;
}

interface Props {
  formId: string;
  form: PrintedForm;
  fontUrls: { regular: string; bold: string };
  footer: string;
  notice: FormNotice;
  strings: FormFillerStrings;
}

function Field({
  field,
  value,
  onChange,
  required,
}: {
  field: FormField;
  value: FormValues[string];
  onChange: (v: string | boolean) => void;
  required: string;
}) {
  const id = `o-${field.id}`;
  const help = field.help ? (
    <span id={`${id}-hd`} className="block text-sm text-muted">
      {field.help}
    </span>
  ) : null;
  const describedBy = field.help ? `${id}-hd` : undefined;
  const label = (
    <>
      {field.label}
      {field.required && <span className="text-sm font-normal text-muted"> ({required})</span>}
    </>
  );
  if (field.type === 'checkbox') {
    return (
      <div className="my-3 flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-5 shrink-0"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={describedBy}
        />
        <label htmlFor={id}>
          {label}
          {help}
        </label>
      </div>
    );
  }
  if (field.type === 'choice') {
    return (
      <fieldset className="my-3 min-w-0 border-0 p-0" aria-describedby={describedBy}>
        <legend className="font-bold">{label}</legend>
        {help}
        {(field.options ?? []).map((option, i) => (
          <div key={option} className="flex items-center gap-2">
            <input
              id={`${id}-${i}`}
              type="radio"
              name={id}
              className="size-5"
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <label htmlFor={`${id}-${i}`}>{option}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
    className: 'mt-1 w-full min-w-0 border-2 border-ink bg-white p-2',
  };
  return (
    <div className="my-3">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {help}
      {field.type === 'textarea' ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" placeholder={field.type === 'date' ? 'dd/mm/yyyy' : undefined} {...common} />
      )}
    </div>
  );
}

export default function FormFiller({ formId, form, fontUrls, footer, notice, strings }: Props) {
  const [values, setValues] = useState<FormValues>({});
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the buttons need the browser: shown only once hydrated, never in the server HTML
  useEffect(() => setHydrated(true), []);

  const download = async () => {
    setStatus(strings.preparing);
    const [{ jsPDF }, { renderFormPdf }, regular, bold] = await Promise.all([
      import('jspdf'),
      import('../lib/forms/pdf.ts'),
      fetch(fontUrls.regular).then((r) => r.arrayBuffer()),
      fetch(fontUrls.bold).then((r) => r.arrayBuffer()),
    ]);
    const bytes = renderFormPdf(jsPDF, form, {
      fonts: { regular: new Uint8Array(regular), bold: new Uint8Array(bold) },
      values,
      createdAt: new Date(),
      footer,
      notice,
    });
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${formId}-da-dien.pdf`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(strings.ready);
  };

  return (
    <div>
      <p>{strings.intro}</p>
      {!hydrated && <p className="text-sm text-muted">{strings.noScript}</p>}
      {form.sections.map((section) => (
        <fieldset key={section.title} className="my-6 min-w-0 border-0 border-t-2 border-solid border-line p-0 pt-2">
          <legend className="text-lg font-bold">{section.title}</legend>
          {section.fields.map((field) => (
            <Field
              key={field.id}
              field={field}
              value={values[field.id]}
              required={strings.required}
              onChange={(v) => setValues((old) => ({ ...old, [field.id]: v }))}
            />
          ))}
        </fieldset>
      ))}
      {hydrated && (
        <div className="no-print flex flex-wrap items-center gap-3">
          <button type="button" onClick={() => void download()} className="border-2 border-ink bg-ink px-4 py-2 font-bold text-white">
            {strings.download}
          </button>
          <button type="button" onClick={() => window.print()} className="border-2 border-ink bg-white px-4 py-2 font-bold">
            {strings.print}
          </button>
          <button type="button" onClick={() => setValues({})} className="border-2 border-ink bg-white px-4 py-2 font-bold">
            {strings.clear}
          </button>
          <p role="status" className="m-0">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
