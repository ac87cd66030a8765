/**
 * What report text may become in HTML, said twice: `REPORT_TEXT_SCHEMA` is the
 * allow-list `hast-util-sanitize` applies to every report text's HTML, and
 * `unsafeNodeProblem` is the check's reading of the same rules on the
 * Markdown, so an author is told (with the place, and what to write instead)
 * about anything the sanitizer would otherwise remove without a word.
 */
import type { Schema } from 'hast-util-sanitize';
import type { RootContent } from 'mdast';

/** The URL schemes a link in report text may use. */
export const LINK_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The sanitizer's allow-list for report text: paragraphs, lists, emphasis,
 * quotes, tables and links (http, https, mailto and the archive's own paths);
 * no images, frames, forms, styles, classes, ids or event attributes.
 * Example: `sanitize(toHast(tree), REPORT_TEXT_SCHEMA)`.
 */
export const REPORT_TEXT_SCHEMA: Schema = {
  tagNames: [
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'a',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'blockquote',
    'hr',
    'sup',
    'sub',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: { a: ['href'], ol: ['start'], td: ['align'], th: ['align'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], td: ['table'], th: ['table'] },
  protocols: { href: [...LINK_PROTOCOLS] },
  clobber: [],
  clobberPrefix: '',
  required: {},
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * A link target as a browser reads it: leading and trailing spaces and
 * control characters dropped, tabs and line breaks removed anywhere (so
 * `java\tscript:` is `javascript:`). Character references are already decoded
 * by the Markdown parser (`&#106;avascript:` arrives as `javascript:`).
 */
function asBrowserReads(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * Why a link target is refused, or undefined when it is allowed: an http,
 * https or mailto address, an archive path (`/en/…`, not `//host`), or an
 * anchor on the same page (`#item-2`).
 * Example: `linkProblem('JaVaScRiPt:alert(1)')` → `'link to "JaVaScRiPt:alert(1)" …'`; `linkProblem('https://iom.int')`
 * → undefined.
 */
export function linkProblem(url: string): string | undefined {
  const target = asBrowserReads(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  const ownPath = /^\/(?![/\\])/.test(target) || target.startsWith('#');
  if (scheme === undefined ? ownPath : LINK_PROTOCOLS.includes(scheme)) return undefined;
  const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);
  return (
    `link to ${shown} is not allowed; link only to http:, https: or mailto: ` +
    `addresses or to an archive path starting with "/", or write the address as ` +
    `plain text`
  );
}

/**
 * Why a Markdown node cannot be published as report text, or undefined when
 * it can: an unsafe link (or link definition), an image, raw HTML.
 * Example: `unsafeNodeProblem({ type: 'image', url: 'https://x/p.png', … })` → `'images are not allowed …'`.
 */
export function unsafeNodeProblem(node: RootContent): string | undefined {
  switch (node.type) {
    case 'link':
    case 'definition':
      return linkProblem(node.url);
    case 'image':
    case 'imageReference':
      return (
        'images are not allowed in report text (the archive publishes text only); ' +
        "write the picture's address as a link [description](https://…), or leave it out"
      );
    case 'html':
      return 'raw HTML is not allowed in report text; write the text itself';
    default:
      return undefined;
  }
}
