/**
 * Visible faults a template can put on a page: the text of a value that was
 * absent or not text ("undefined", "null", "NaN", "[object Object]"), and an
 * element that must say something but is empty. Used by the tests over every
 * page of `dist/` and over pages broken on purpose.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { BuiltPage } from './site-check.ts';

/**
 * What JavaScript writes for a value that is absent or not text, as a whole token
 * (`String(undefined)`, `String(null)`, `String(0 / 0)`, `String({})`). Case-sensitive: that is how JavaScript writes
 * them.
 */
export const PLACEHOLDER_WORDS = ['undefined', 'null', 'NaN', '[object Object]'] as const;

/** The placeholder words as alternatives of a regular expression ("[object Object]" with its brackets escaped). */
const PLACEHOLDER_ALTERNATIVES = PLACEHOLDER_WORDS.map((word) => word.replace(/[[\]]/g, '\\$&')).join('|');
// A word is whole when no letter, digit or underscore touches it ("nullify" and "NaNa" are not hits). Also a UI
// string's placeholder left unfilled ("{count} results"): `t()` keeps one it is not given, for the search page's
// script to fill.
const PLACEHOLDER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${PLACEHOLDER_ALTERNATIVES})(?![\\p{L}\\p{N}_])|\\{\\w+\\}`,
  'gu',
);

/**
 * The elements that hold a report's text as the network adopted it (item texts, the preamble, excerpts of items). That
 * text is verbatim and may say "null" as a word; it is exempt, by its element, from the placeholder check.
 */
export const VERBATIM_TEXT = [
  '.item__text',
  '.item-text',
  '.context__text',
  '.sub-items li > div',
  '.item-list__text',
  '.report-text__preamble',
  '.contents__excerpt',
];

/** Attributes whose values people see or hear: image text, tooltips, accessible names, placeholders. */
const VISIBLE_ATTRIBUTES = ['alt', 'title', 'ariaLabel', 'placeholder'] as const;

/**
 * Elements that mean nothing when empty: headings, links, buttons, list and table cells, captions, labels (WCAG 2.4.4,
 * 2.4.6, 4.1.2).
 */
export const MUST_HAVE_TEXT = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'button',
  'li',
  'dt',
  'dd',
  'th',
  'title',
  'label',
  'option',
  'figcaption',
  'summary',
  'p',
  'legend',
  'caption',
];

/**
 * Every placeholder word (or unfilled `{name}` of a UI string) a page shows as text or in a visible attribute, outside
 * the verbatim text (and the meta
 * description when it is an excerpt of that text):
 * `page: "undefined" in <header>: …context…`. Text inside `<script>`, `<style>` and `<template>` is not shown and not
 * read.
 *
 * @example placeholderText({ url: '/en/', tree: fromHtml('<p>Visit undefined</p>') })
 *   // ['/en/: "undefined" in <p>: Visit undefined']
 */
export function placeholderText(page: BuiltPage): string[] {
  const verbatim = new Set<Element>(VERBATIM_TEXT.flatMap((selector) => selectAll(selector, page.tree)));
  const verbatimTexts = [...verbatim].map((element) => flat(toText(element)));
  const problems: string[] = [];
  const report = (where: string, text: string): void => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const context = text
        .slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)
        .replace(/\s+/g, ' ');
      problems.push(`${page.url}: "${match[0]}" in ${where}: ${context.trim()}`);
    }
  };
  const walk = (node: Root | Element, parent: string): void => {
    for (const child of node.children) visit(child, parent);
  };
  const visit = (node: RootContent | ElementContent, parent: string): void => {
    if (node.type === 'text') return report(`<${parent}>`, node.value);
    if (node.type !== 'element' || verbatim.has(node) || ['script', 'style', 'template'].includes(node.tagName)) return;
    for (const name of VISIBLE_ATTRIBUTES) {
      const value = node.properties[name];
      if (value !== undefined && value !== null) report(`<${node.tagName}> ${name}`, String(value));
    }
    if (node.tagName === 'meta' && node.properties['name'] === 'description') {
      const description = String(node.properties['content'] ?? '');
      // An item page's description is an excerpt of its verbatim text (present.ts `excerpt`): exempt as that element
      // is.
      if (!verbatimTexts.some((text) => text.includes(flat(description).replace(/…$/, ''))))
        report('<meta name="description">', description);
    }
    // <noscript> is walked like the rest: the parser reads it as a browser without script shows it.
    walk(node, node.tagName);
  };
  walk(page.tree, 'document');
  return problems;
}

/**
 * Every element of `MUST_HAVE_TEXT` on a page with no text and no accessible name: `page: empty <h2 id="x">`.
 * An element named by `aria-label` or `aria-labelledby`, or holding an image with alt text, has a name; a live region
 * (`role="status"`, `role="alert"`, `aria-live`) starts empty by design, for the script that fills it.
 *
 * @example emptyElements({ url: '/en/', tree: fromHtml('<h2 id="x"> </h2>') }) // ['/en/: empty <h2 id="x">']
 */
export function emptyElements(page: BuiltPage): string[] {
  return selectAll(MUST_HAVE_TEXT.join(', '), page.tree)
    .filter(
      (element) =>
        toText(element, { whitespace: 'normal' }).trim() === '' && !hasName(element) && !isLiveRegion(element),
    )
    .map((element) => `${page.url}: empty <${element.tagName}${describe(element)}>`);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hasName(element: Element): boolean {
  const named = (node: Element): boolean =>
    ['ariaLabel', 'ariaLabelledBy'].some((name) => String(node.properties[name] ?? '').trim() !== '') ||
    (['img', 'area', 'input'].includes(node.tagName) && String(node.properties['alt'] ?? '').trim() !== '');
  return named(element) || selectAll('img, svg, [aria-label]', element).some(named);
}

function isLiveRegion(element: Element): boolean {
  return (
    ['status', 'alert', 'log'].includes(String(element.properties['role'] ?? '')) ||
    element.properties['ariaLive'] !== undefined
  );
}

function describe(element: Element): string {
  const id = element.properties['id'];
  const className = element.properties['className'];
  if (id !== undefined) return ` id="${String(id)}"`;
  return Array.isArray(className) ? ` class="${className.join(' ')}"` : '';
}
