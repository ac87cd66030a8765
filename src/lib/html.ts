/**
 * HTML written as template literals, for the markup shared by Astro pages and
 * by the pages the archive's prerenderer renders without Astro's per-page work
 * (see `src/integrations/page-prerenderer.ts`). Every interpolated value is escaped unless it is
 * already `Html`, so text from the reports can never become markup by
 * accident. Prettier leaves the templates in `src/lib/markup/` as written
 * (`.prettierrc.json`): reformatting markup there would change the pages.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content or a quoted attribute value. */
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
  if (typeof markup !== 'string') throw new TypeError(`raw() needs markup as a string, not ${String(markup)}: give '' for no markup`);
  return new Html(markup);
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`, keeps `Html` values, joins lists, drops nothing-values. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let index = 0; index < values.length; index++) out += serialize(values[index]) + strings[index + 1]!;
  return new Html(out);
}

/** An attribute with a leading space, or nothing when the value is absent: `<a${attr('aria-current', current && 'page')}>`. */
export function attr(name: string, value: string | false | undefined): Html {
  return new Html(value === undefined || value === false ? '' : ` ${name}="${escapeHtml(value)}"`);
}

function serialize(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(serialize).join('');
  return escapeHtml(String(value));
}
