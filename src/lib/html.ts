/**
 * HTML written as template literals, for the markup shared by Astro pages and
 * by the pages the archive's prerenderer renders without Astro's per-page work
 * (see `src/integrations/page-prerenderer.ts`). Every interpolated value is escaped unless it is
 * already `Html`, so text from the reports can never become markup by
 * accident. Prettier formats the templates as HTML; `html` writes each template's line breaks and indentation
 * as they would render (see `compact`), so formatting never changes a page.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use in element content or a quoted attribute value: `&`, `<`, `>`, `"` and `'` become character
 * references, so a value can neither start a tag or a reference nor end its attribute (HTML Living Standard, "Writing
 * HTML documents": text, attributes and character references). The same five references are XML's predefined entities
 * and numeric references, so the one function also escapes XML (the Atom feeds): XML 1.0 §2.4 requires `&` and `<`
 * escaped in character data, §2.3 the delimiting quote in an attribute value. The archive's only escaper.
 *
 * @example escapeHtml(`Tom & "Jerry" <b>'s`) // 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** Markup that is safe to insert as it is. */
export class Html {
  /** The markup. */
  readonly value: string;
  /** Wraps markup that was escaped or built safely. */
  constructor(value: string) {
    this.value = value;
  }
  /** The markup itself. */
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: markup, text (escaped), numbers, lists, or nothing (`false`, `undefined`, `null`). */
export type Interpolation = Html | string | number | false | null | undefined | readonly Interpolation[];

/**
 * Trusts markup that is already safe (item HTML from the parser, JSON-LD that escapes `<`).
 *
 * @throws TypeError when given anything but a string: an absent value (an Astro slot the page does not fill renders as
 *   `undefined`) would otherwise print the word "undefined" on the page.
 */
export function raw(markup: string): Html {
  if (typeof markup !== 'string')
    throw new TypeError(`raw() needs markup as a string, not ${String(markup)}: give '' for no markup`);
  return new Html(markup);
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`, keeps `Html` values, joins lists, drops nothing-values. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  const parts = compact(strings);
  let out = parts[0]!;
  for (let index = 0; index < values.length; index++) out += serialize(values[index]) + parts[index + 1]!;
  return new Html(out);
}

const compacted = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * A template's fixed parts without the layout Prettier gives them: a line break with its indentation is one space
 * (HTML renders any run of white space as one, and Prettier breaks a line only where white space was or cannot
 * matter), and none before a tag's closing `>` or `/>`. The values are never touched: verbatim text stays verbatim.
 * Computed once per template (a template's `strings` is the same object on every call, ECMA-262 §13.2.8.4).
 *
 * @example compact(['<p\n    >', '</p>\n  <br />']) // ['<p>', '</p> <br />']
 */
export function compact(strings: readonly string[]): readonly string[] {
  const known = compacted.get(strings as TemplateStringsArray);
  if (known) return known;
  const last = strings.length - 1;
  const parts = strings.map((part, index) => {
    let out = part.replace(/\s*\n\s*(?=\/?>)/g, '').replace(/\s*\n\s*/g, ' ');
    // A template's own first and last line breaks are layout, not white space between words.
    if (index === 0 && /^\s*\n/.test(part)) out = out.replace(/^ /, '');
    if (index === last && /\n\s*$/.test(part)) out = out.replace(/ $/, '');
    return out;
  });
  if (Object.isFrozen(strings)) compacted.set(strings as TemplateStringsArray, parts);
  return parts;
}

/**
 * An attribute with a leading space, or nothing when the value is absent: `<a${attr('aria-current', current &&
 * 'page')}>`.
 */
export function attr(name: string, value: string | false | undefined): Html {
  return new Html(value === undefined || value === false ? '' : ` ${name}="${escapeHtml(value)}"`);
}

function serialize(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(serialize).join('');
  return escapeHtml(String(value));
}
