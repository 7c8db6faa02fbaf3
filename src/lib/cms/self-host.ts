/**
 * Sveltia CMS fetches its translations, a version check, fonts and code chunks from public CDNs (unpkg,
 * jsDelivr), and imports optional libraries from unpkg when a feature first needs them. The editing UI's
 * origin holds the editor's git token, so it runs no code from another origin (its policy, script-src
 * 'self', would refuse it anyway): the bundle is served from the site with those addresses pointed at the
 * site itself. Every rewrite must match exactly once, and no CDN address may remain: an upgrade that
 * changes the bundle fails the build instead of quietly calling a CDN again.
 */
import { routes } from '../routes.ts';

export interface Rewrite {
  from: string;
  to: string;
  why: string;
}

export const CMS_BASE = routes.admin.cms();
export const ICON_FONT = routes.admin.iconFont();
/**
 * Where the UI looks for the libraries it imports on demand. The site serves none of them: every feature
 * that needs one is unused or switched off in the configuration (src/lib/cms/config.ts), so a request here
 * means a feature was turned on without self-hosting its library, and gets a 404 from the site instead of
 * code from a CDN.
 */
export const LAZY_LIBRARIES = routes.admin.lazyLibraries();

export const cmsRewrites: Rewrite[] = [
  {
    from: '`https://unpkg.com/@sveltia/cms`',
    to: `\`${CMS_BASE}\``,
    why: 'translations (/admin/cms@<version>/locales/) and the version check (/admin/cms/package.json)',
  },
  {
    from: 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)',
    to: "src:local('Source Sans 3')",
    why: 'the UI text font has no Vietnamese letters; the system font shows Vietnamese correctly',
  },
  {
    from: 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)',
    to: "src:local('Noto Mono')",
    why: 'monospace text uses the system font',
  },
  {
    from: '`https://www.githubstatus.com/api/v2/status.json`',
    to: `\`${CMS_BASE}/github-status.json\``,
    why: 'the GitHub outage banner; the site answers "unknown", as the UI does when the status page cannot be reached',
  },
  {
    from: 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)',
    to: `src:url(${ICON_FONT})`,
    why: 'the icon font, self-hosted',
  },
  {
    from: '`https://unpkg.com/@shikijs`',
    to: `\`${LAZY_LIBRARIES}/@shikijs\``,
    why: 'code-block highlighting (Shiki languages and themes): the markdown editor offers no code block (editor_components)',
  },
  {
    from: '`https://unpkg.com/@sveltia/ui`',
    to: `\`${LAZY_LIBRARIES}/@sveltia/ui\``,
    why: 'the Shiki engine for code-block highlighting, switched off as above',
  },
  {
    from: '`https://unpkg.com/${e}`',
    to: `\`${LAZY_LIBRARIES}/\${e}\``,
    why: 'libraries of unused features: map (leaflet, terra-draw), image conversion (jsquash, svgo, heic), photo metadata (exifr, optional), PDF thumbnails (pdfjs-dist, optional), translation (turndown), custom widgets (immutable)',
  },
  {
    from: '[`width=device-width`,`initial-scale=1`,`maximum-scale=1`,`interactive-widget=resizes-content`]',
    to: '[`width=device-width`,`initial-scale=1`,`interactive-widget=resizes-content`]',
    why: 'the UI forbids zooming (maximum-scale=1); editors with low vision must be able to zoom (WCAG 1.4.4, axe meta-viewport)',
  },
];

/** Hosts that serve code; none may be left in the bundle after the rewrites. */
const CDN_ADDRESS =
  /https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|esm\.run|cdnjs\.cloudflare\.com|cdn\.skypack\.dev|ga\.jspm\.io|jspm\.dev|fonts\.googleapis\.com|fonts\.gstatic\.com)\b[^\s"'`)]*/;

export function selfHost(bundle: string, rewrites: Rewrite[] = cmsRewrites): string {
  let out = bundle;
  for (const r of rewrites) {
    const count = out.split(r.from).length - 1;
    if (count !== 1)
      throw new Error(
        `Sveltia CMS: "${r.from}" xuất hiện ${count} lần (cần đúng 1) — bản mới của thư viện đã đổi; cập nhật src/lib/cms/self-host.ts.`,
      );
    out = out.replace(r.from, r.to);
  }
  const left = CDN_ADDRESS.exec(out);
  if (left)
    throw new Error(`Sveltia CMS: còn địa chỉ CDN "${left[0]}" trong mã — bản mới của thư viện đã đổi; cập nhật src/lib/cms/self-host.ts.`);
  return out;
}
