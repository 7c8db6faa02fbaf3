/**
 * schema.org GovernmentService for a procedure page, so search engines and assistants can read what the
 * service is, who provides it and how to reach it.
 */
import type { Procedure } from '../schemas/procedure.ts';

/** The procedure's own fields, and what the page adds: its field's label, its channels, its address and the area served. */
export interface ProcedureLd extends Pick<Procedure, 'name' | 'code' | 'agency' | 'result' | 'nationalPortalUrl'> {
  fieldLabel: string;
  channels: { name: string; online: boolean }[];
  pageUrl: string;
  areaServed: string;
}

export function governmentServiceJsonLd(p: ProcedureLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: p.name,
    ...(p.code ? { identifier: p.code } : {}),
    serviceType: p.fieldLabel,
    description: p.result,
    url: p.pageUrl,
    provider: { '@type': 'GovernmentOrganization', name: p.agency },
    areaServed: { '@type': 'AdministrativeArea', name: p.areaServed },
    availableChannel: p.channels.map((c) => ({
      '@type': 'ServiceChannel',
      name: c.name,
      ...(c.online && p.nationalPortalUrl ? { serviceUrl: p.nationalPortalUrl } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
