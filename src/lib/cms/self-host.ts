/**
 * Sveltia CMS fetches its translations, a version check, fonts and code chunks from public CDNs (unpkg,
 * jsDelivr). The portal loads nothing from another origin, so the bundle is served from the site with
 * those addresses pointed at files the site serves itself. Every rewrite must match exactly once: an
 * upgrade that changes the bundle fails the build instead of quietly calling a CDN again.
 */
export interface Rewrite {
  from: string;
  to: string;
  why: string;
}

export const CMS_BASE = '/admin/cms';
export const ICON_FONT = '/admin/phong-chu/material-symbols-outlined.woff2';

export const cmsRewrites: Rewrite[] = [
  { from: '`https://unpkg.com/@sveltia/cms`', to: `\`${CMS_BASE}\``, why: 'translations (/admin/cms@<version>/locales/) and the version check (/admin/cms/package.json)' },
  {
    from: 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)',
    to: "src:local('Source Sans 3')",
    why: 'the UI text font has no Vietnamese letters; the system font shows Vietnamese correctly',
  },
  { from: 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)', to: "src:local('Noto Mono')", why: 'monospace text uses the system font' },
  {
    from: '`https://www.githubstatus.com/api/v2/status.json`',
    to: `\`${CMS_BASE}/github-status.json\``,
    why: 'the GitHub outage banner; the site answers "unknown", as the UI does when the status page cannot be reached',
  },
  { from: 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)', to: `src:url(${ICON_FONT})`, why: 'the icon font, self-hosted' },
];

export function selfHost(bundle: string, rewrites: Rewrite[] = cmsRewrites): string {
  let out = bundle;
  for (const r of rewrites) {
    const count = out.split(r.from).length - 1;
    if (count !== 1) throw new Error(`Sveltia CMS: "${r.from}" xuất hiện ${count} lần (cần đúng 1) — bản mới của thư viện đã đổi; cập nhật src/lib/cms/self-host.ts.`);
    out = out.replace(r.from, r.to);
  }
  return out;
}
