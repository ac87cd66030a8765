/**
 * What an item is. The only module that reads a report body and turns it into
 * the report's preamble and its numbered items; pages, scripts, search,
 * citations and tests all go through `parseReportBody`.
 *
 * A body is MDX: unnumbered paragraphs first (the preamble), then one
 * `<Item n="…">` element per numbered item or lettered sub-item, with the
 * official number written out ("2", "2.d"). Paragraphs and bullets inside an
 * element belong to that item, as in the printed reports.
 */
import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { List, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { formatItemNumber, nextLetter, parseItemNumber } from './item-number.ts';
import type { Problem } from './problems.ts';

/** One numbered item or lettered sub-item of a report. */
export interface Item {
  /** Official number as printed: `"2"` or `"2.d"`. */
  number: string;
  /** The item's number (`"2"` for both item 2 and sub-item 2.d). */
  n: string;
  /** The sub-item's letter; absent for a numbered item. */
  letter?: string;
  /** Number of the item a sub-item belongs to (`"2"` for 2.d). */
  parent?: string;
  /** Numbers of the sub-items of a numbered item, in order. */
  children: string[];
  /** Entity ids the item mentions that its wording does not name (`also="…"`: "this workshop"). */
  also: string[];
  /** Entity ids its wording names but the item is not about (`not="…"`). */
  not: string[];
  /** The item's text as plain text: paragraphs separated by a blank line, bullets as `· …` lines. */
  text: string;
  /** The item's text as HTML (paragraphs and lists). */
  html: string;
  /** Line of the `<Item>` element in the source file. */
  line: number;
}

/** A report body split into the text before the first item and the items. */
export interface ReportBody {
  /** Unnumbered paragraphs before item 1, as plain text. */
  preambleText: string;
  /** The same paragraphs as HTML. */
  preambleHtml: string;
  /** Items and sub-items in document order. */
  items: Item[];
  /** Everything wrong with the body; empty when it is usable. */
  problems: Problem[];
}

/** Where the body came from, so problems point at the right file and line. */
export interface BodySource {
  /** File path shown in problems. */
  file: string;
  /** Line of the file on which the body starts (after the frontmatter). */
  firstLine: number;
}

/** Attributes an <Item> may carry: its number, and corrections to the entities it mentions. */
const ITEM_ATTRIBUTES: readonly string[] = ['n', 'also', 'not'];

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Bullet marker used in plain text; the printed reports use the same middle dot. */
export const BULLET = '·';

/** Parses a report body into its preamble and items, checking the official numbering. */
export function parseReportBody(body: string, source: BodySource): ReportBody {
  const tree = parser.parse(body);
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }): number | undefined =>
    node.position === undefined ? undefined : node.position.start.line + source.firstLine - 1;
  const problem = (node: RootContent, where: string | undefined, message: string): void => {
    const line = lineOf(node);
    problems.push({
      file: source.file,
      ...(line === undefined ? {} : { line }),
      ...(where === undefined ? {} : { where }),
      message,
    });
  };

  const preamble: RootContent[] = [];
  const items: Item[] = [];
  const seen = new Map<string, number>();
  let lastN = 0;
  let lastLetter: string | undefined;

  for (const node of tree.children) {
    if (isComment(node)) continue;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Item') {
      const what = describeNode(node);
      if (what !== undefined) problem(node, undefined, what);
      else if (items.length > 0) {
        problem(
          node,
          `item ${items.at(-1)?.number ?? '?'}`,
          'text outside an <Item> after the first item; unnumbered paragraphs belong inside the <Item> above them',
        );
      } else preamble.push(node);
      continue;
    }

    const attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
    const nAttribute = attributes.find((a) => a.name === 'n');
    const extra = attributes.filter((a) => !ITEM_ATTRIBUTES.includes(a.name)).map((a) => a.name);
    if (extra.length > 0 || attributes.length !== node.attributes.length) {
      problem(node, undefined, `<Item> takes only n="…", also="…" and not="…"; remove ${extra.join(', ') || 'the {…} expression'}`);
    }
    const ids = (name: string): string[] => {
      const value = attributes.find((a) => a.name === name)?.value;
      return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
    };
    const raw = typeof nAttribute?.value === 'string' ? nAttribute.value : undefined;
    const parsed = raw === undefined ? undefined : parseItemNumber(raw);
    if (raw === undefined || parsed === undefined) {
      problem(node, raw === undefined ? undefined : `item ${raw}`, 'an <Item> needs its official number written as n="3" or n="3.b"');
      continue;
    }
    const number = formatItemNumber(parsed);
    const where = `item ${number}`;
    const firstSeen = seen.get(number);
    if (firstSeen !== undefined) {
      problem(node, where, `duplicate number: item ${number} is already at line ${firstSeen}`);
      continue;
    }
    const n = Number(parsed.n);
    if (parsed.letter === undefined) {
      if (n !== lastN + 1) {
        problem(
          node,
          where,
          n > lastN + 1 ? `skipped number: expected item ${lastN + 1} next` : `out of order: expected item ${lastN + 1} next`,
        );
      }
      lastN = Math.max(lastN, n);
      lastLetter = undefined;
    } else {
      const expected = lastLetter === undefined ? 'a' : nextLetter(lastLetter);
      if (n !== lastN) {
        problem(node, where, `out of order: a sub-item must come right after item ${parsed.n} and its earlier sub-items`);
      } else if (parsed.letter !== expected) {
        problem(node, where, `${parsed.letter > expected ? 'skipped letter' : 'out of order'}: expected item ${lastN}.${expected} next`);
      }
      lastLetter = parsed.letter;
    }
    const line = lineOf(node) ?? source.firstLine;
    seen.set(number, line);

    const content = node.children as RootContent[];
    for (const child of content) {
      const what = describeNode(child, true);
      if (what !== undefined) problem(child, where, what);
    }
    if (content.filter((c) => !isComment(c)).length === 0) problem(node, where, 'the item has no text');

    const item: Item = {
      number,
      n: parsed.n,
      children: [],
      also: ids('also'),
      not: ids('not'),
      text: blocksToText(content),
      html: blocksToHtml(content),
      line,
    };
    if (parsed.letter !== undefined) {
      item.letter = parsed.letter;
      item.parent = parsed.n;
      items.find((candidate) => candidate.number === parsed.n)?.children.push(number);
    }
    items.push(item);
  }

  if (items.length === 0) {
    problems.push({
      file: source.file,
      line: source.firstLine,
      message: 'the report has no items; mark each numbered item as <Item n="1">…</Item>',
    });
  }
  return { preambleText: blocksToText(preamble), preambleHtml: blocksToHtml(preamble), items, problems };
}

/** An MDX comment `{/* … *\/}`: editorial notes in the source, never part of the text. */
function isComment(node: RootContent): boolean {
  return node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/**
 * Says why a node cannot be part of a report's text, or undefined when it can.
 * Reports are text: no imports, no components other than <Item>, no code.
 */
function describeNode(node: RootContent, insideItem = false): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'imports and exports are not allowed in a report';
    case 'mdxFlowExpression':
      return isComment(node) ? undefined : '{…} expressions are not allowed in a report; write the text itself';
    case 'mdxJsxFlowElement':
      if (node.name === 'Item') return insideItem ? '<Item> elements cannot be nested; write sub-items as n="3.a" after item 3' : undefined;
      return `unknown element <${node.name ?? ''}>; only <Item n="…"> is allowed`;
    default: {
      let found: string | undefined;
      walk(node, (child) => {
        if (found !== undefined) return;
        if (child.type === 'mdxJsxTextElement') found = `unknown element <${child.name ?? ''}>; only <Item n="…"> is allowed`;
        if (child.type === 'mdxTextExpression') found = '{…} expressions are not allowed in a report; write the text itself';
      });
      return found;
    }
  }
}

function walk(node: RootContent | Root, visit: (node: RootContent) => void): void {
  if ('children' in node) {
    for (const child of node.children as RootContent[]) {
      visit(child);
      walk(child, visit);
    }
  }
}

/** Plain text of blocks: paragraphs apart by a blank line, list items as bullet lines. */
function blocksToText(blocks: RootContent[]): string {
  return blocks
    .filter((block) => !isComment(block))
    .map((block) => (block.type === 'list' ? listToText(block) : squash(toString(block))))
    .join('\n\n');
}

function listToText(list: List): string {
  return list.children.map((entry) => `${BULLET} ${squash(toString(entry))}`).join('\n');
}

/** Runs of spaces inside a paragraph are layout, not text. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function blocksToHtml(blocks: RootContent[]): string {
  const root: Root = { type: 'root', children: blocks.filter((block) => !isComment(block)) };
  return toHtml(toHast(root) as HastNodes);
}
