/**
 * The web-page reader: a saved `.html` page to blocks, as a browser shows
 * it. Reads the `<main>` or `<article>` when there is one (else the `<body>`),
 * skips what is not the page's text (scripts, styles, navigation, page
 * header and footer), makes a block of each paragraph, heading, list entry
 * and table cell, and prints list markers as the browser does.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ImportError } from '../../problems.ts';
import { toRoman } from '../markers.ts';
import type { Block, SourceDocument } from '../document.ts';
import { decodeText } from './text.ts';

const SKIPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'svg',
  'select',
  'button',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'blockquote',
  'pre',
  'section',
  'article',
  'main',
  'aside',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'address',
  'center',
  'table',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'form',
  'fieldset',
  'hr',
  'body',
]);
const HEADINGS = /^h[1-6]$/;

/** What the browser prints before an `<ol>` item: `3.`, `c.`, `C.`, `iii.`, `III.`. */
function olMarker(value: number, type: string): string {
  const letters = (n: number) => {
    let result = '';
    for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
      result = String.fromCharCode(97 + ((rest - 1) % 26)) + result;
    return result || String(n);
  };
  const shown =
    { a: letters(value), A: letters(value).toUpperCase(), i: toRoman(value), I: toRoman(value).toUpperCase() }[type] ??
    String(value);
  return `${shown}.`;
}

/** The browser's bullets by nesting: disc, circle, then square. */
function ulMarker(depth: number, type: string | undefined): string {
  const byType: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };
  return (type && byType[type.toLowerCase()]) ?? ['•', '◦', '▪'][Math.min(depth, 2)] ?? '▪';
}

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  return value === undefined || value === null ? undefined : String(value);
};

/** An inline style that hides the element: `display: none` or `visibility: hidden` (any spacing and case). */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether a browser hides the element: the `hidden` attribute, `aria-hidden="true"`, or an inline style that hides it.
 */
function isHidden(element: Element): boolean {
  const { hidden, ariaHidden } = element.properties;
  if ((hidden !== undefined && hidden !== false) || String(ariaHidden).toLowerCase() === 'true') return true;
  return HIDING_STYLE.test(attribute(element, 'style') ?? '');
}

/** An element's text, white space collapsed: what a hidden element would have shown, for the summary. */
function textOf(nodes: ElementContent[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? ` ${textOf(node.children)} ` : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Walks the page, collecting blocks with the text of inline content between block boundaries. */
class BlockCollector {
  readonly blocks: Block[] = [];
  /** Page furniture skipped, by tag, for the summary. */
  readonly skipped = new Map<string, number>();
  /** The text of hidden elements skipped, for the summary. */
  readonly hidden: string[] = [];
  private lines: string[] = [''];
  private pending: { marker?: string; markerSource?: 'numbering'; level: number; heading?: boolean } = { level: 0 };
  private paragraph = 0;
  /** Nesting of lists: their depth gives a list item's level. */
  private listDepth = 0;

  /** Ends the block being collected, if it has text; `eachLine`: each of its lines a block of its own (a `<pre>`). */
  flush(eachLine = false): void {
    const lines = this.lines.map((line) => line.replace(/[ \t\n\r\f]+/g, ' ').trim()).filter((line) => line !== '');
    this.lines = [''];
    if (eachLine) {
      for (const line of lines) {
        this.lines = [line];
        this.flush();
      }
      return;
    }
    if (lines.length === 0) return;
    this.paragraph++;
    const { marker, markerSource, level, heading } = this.pending;
    this.blocks.push({
      text: lines.join(' '),
      ...(marker ? { marker, markerSource } : {}),
      level,
      ...(heading ? { heading } : {}),
      position: { line: this.paragraph, paragraph: true },
      // A <br> is a line the browser breaks: the block's lines, as for a text or PDF.
      ...(lines.length > 1 ? { lines } : {}),
    });
    this.pending = { level: this.pending.level };
  }

  private text(value: string, pre: boolean): void {
    if (!pre) {
      this.lines[this.lines.length - 1] += value;
      return;
    }
    const [first = '', ...rest] = value.split('\n');
    this.lines[this.lines.length - 1] += first;
    this.lines.push(...rest);
  }

  walk(nodes: ElementContent[], pre = false): void {
    for (const node of nodes) {
      if (node.type === 'text') this.text(node.value, pre);
      else if (node.type === 'element') this.element(node, pre);
    }
  }

  private list(element: Element): void {
    const ordered = element.tagName === 'ol';
    const type = attribute(element, 'type');
    let value = ordered ? Number.parseInt(attribute(element, 'start') ?? '1', 10) || 1 : 0;
    const depth = this.listDepth;
    this.flush();
    this.listDepth++;
    for (const item of element.children) {
      if (item.type !== 'element' || item.tagName !== 'li') {
        if (item.type === 'element' && SKIPPED.has(item.tagName)) continue;
        this.walk([item]);
        continue;
      }
      const own = attribute(item, 'value');
      if (ordered && own !== undefined && Number.isFinite(Number.parseInt(own, 10))) value = Number.parseInt(own, 10);
      this.flush();
      this.pending = {
        marker: ordered ? olMarker(value, type ?? '1') : ulMarker(depth, type),
        markerSource: 'numbering',
        level: depth,
      };
      this.walk(item.children);
      this.flush();
      value++;
    }
    this.listDepth--;
    this.pending = { level: Math.max(0, this.listDepth - 1) };
  }

  private element(element: Element, pre: boolean): void {
    const tag = element.tagName;
    if (SKIPPED.has(tag)) {
      if (['nav', 'header', 'footer'].includes(tag)) this.skipped.set(tag, (this.skipped.get(tag) ?? 0) + 1);
      return;
    }
    if (isHidden(element)) {
      const text = textOf(element.children);
      if (text !== '') this.hidden.push(text);
      return;
    }
    if (tag === 'br') {
      this.lines.push('');
      return;
    }
    if (tag === 'ol' || tag === 'ul') {
      this.list(element);
      return;
    }
    if (!BLOCKS.has(tag)) {
      this.walk(element.children, pre);
      return;
    }
    this.flush();
    if (HEADINGS.test(tag)) this.pending = { ...this.pending, heading: true };
    this.walk(element.children, pre || tag === 'pre');
    // A <pre> shows its lines as typed: each line a paragraph, so typed markers and sub-items start their own.
    this.flush(pre || tag === 'pre');
  }
}

/** The element whose content is the page's text: the first `<main>`, else the first `<article>`, else `<body>`. */
function findContent(root: Root): Element | undefined {
  const found: Record<string, Element | undefined> = {};
  const visit = (nodes: (ElementContent | Root['children'][number])[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (['main', 'article', 'body'].includes(node.tagName)) found[node.tagName] ??= node;
      visit(node.children);
    }
  };
  visit(root.children);
  return found.main ?? found.article ?? found.body;
}

/**
 * Reads a saved web page (`.html`, `.htm`): one `Block` per paragraph, heading (`heading: true`), list entry
 * and table cell, white space collapsed and entities decoded as a browser shows them; `<ol>` entries get the marker
 * the browser prints (`start`, `type` 1/a/A/i/I, `value`: `"c."`), `<ul>` entries a bullet (`•`, nested `◦`, `▪`),
 * nested lists a deeper `level`; a block broken by `<br>` also lists its `lines`; each non-blank line of a `<pre>` is a
 * block of its own. Elements a browser hides (`hidden`, `aria-hidden="true"`, an inline `display:none` or
 * `visibility:hidden`) are skipped and quoted in `removed`. Positions count the blocks.
 * The bytes are decoded as a text file is (UTF-8, or Windows-1252 when not UTF-8).
 * Example: `readHtml(bytes)` → `{ format: 'html', blocks: [{ text: 'To thank …', marker: '1.', markerSource:
 * 'numbering', level: 0, … }], removed: [] }`.
 * Throws `ImportError` when the page is empty or binary (as `decodeText`) or its body has no text.
 */
export function readHtml(bytes: Uint8Array): SourceDocument {
  const root = fromHtml(decodeText(bytes).text);
  const content = findContent(root);
  const collector = new BlockCollector();
  collector.walk(content?.children ?? []);
  collector.flush();
  if (collector.blocks.length === 0) {
    throw new ImportError(
      'the web page has no text in its body; save the page again with its content ' +
        '("Web page, complete" or "HTML only"), or copy its text into a .txt file',
    );
  }
  const removed = [...collector.skipped].map(([tag, count]) => `<${tag}> elements (page furniture): ${count}`);
  const hidden = collector.hidden.map((text) => `"${text}"`).join(', ');
  if (collector.hidden.length)
    removed.push(`hidden elements (a browser does not show them): ${collector.hidden.length} (${hidden})`);
  return { format: 'html', blocks: collector.blocks, removed };
}
