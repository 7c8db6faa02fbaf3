/**
 * What a Markdown body may put in a page: an allowlist of the elements editors need, and nothing else.
 * Markdown lets raw HTML through, and the CSP stops scripts but not a <meta http-equiv="refresh"> that sends
 * the reader to another site, a <form>, an <iframe> or a style that hides the page. Astro 7 renders Markdown
 * with Sätteri, which does not run rehype plugins, so the rendered HTML is sanitised after rendering
 * (src/loaders/content-dir.ts), on the one path every body takes to a page.
 */
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Element, Root } from 'hast';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export const bodySchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...headings,
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'a',
    'img',
    'em',
    'strong',
    'del',
    's',
    'sup',
    'sub',
    'abbr',
    'code',
    'pre',
  ],
  attributes: {
    // Heading ids are the anchors Markdown gives them; nothing else may set an id.
    ...Object.fromEntries(headings.map((h) => [h, ['id']])),
    a: ['href', 'title'],
    // Only attachments the site serves: no remote tracking pixel, no data: or javascript: URL.
    img: [['src', /^\/tep\//], 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    ol: ['start'],
    // A table column's alignment, as Markdown writes it, and no other style.
    th: [['style', /^text-align: (left|right|center)$/], 'scope', 'colSpan', 'rowSpan'],
    td: [['style', /^text-align: (left|right|center)$/], 'colSpan', 'rowSpan'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // Heading ids are kept as Markdown wrote them (links to "#muc-1" keep working); ids are allowed nowhere else.
  clobber: [],
  required: {},
  // Dropped with their content: their text is code or markup, never something to read.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'embed', 'svg', 'math'],
};

/** An image whose src was not allowed is removed, not left as an <img> with nothing to show. */
function dropImagesWithoutSource(node: Root | Element): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'img' && !child.properties['src']));
  for (const child of node.children) if (child.type === 'element') dropImagesWithoutSource(child);
}

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, bodySchema)
  .use(() => dropImagesWithoutSource)
  .use(rehypeStringify);

/** The rendered HTML of a Markdown body, keeping only what bodySchema allows. */
export function sanitizeBodyHtml(html: string): string {
  return String(processor.processSync(html));
}
