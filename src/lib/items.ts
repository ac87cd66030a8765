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
import type { Element, Nodes as HastNodes } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { List, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import type { Numbering } from '../schemas/index.ts';
import {
  comesAfter,
  formatItemNumber,
  type ItemNumber,
  itemMarker,
  nextLetter,
  occurrenceOf,
  parseItemNumber,
  shownNumber,
} from './item-number.ts';
import type { Problem } from './problems.ts';
import { linkProblem, REPORT_TEXT_SCHEMA, unsafeNodeProblem } from './report-text-safety.ts';

/** One numbered item or lettered sub-item of a report. */
export interface Item {
  /**
   * Official number as written in `<Item n="…">`, letter included, the key of its URL: `"2"`, `"2.d"`, `"4-2"` (the
   * second item printed 4).
   */
  number: string;
  /**
   * The number as readers see it (`shownNumber`): `"2.d"`, `"4"` for `"4-2"`, `"[3]"` when the archive numbered the
   * items.
   */
  shown: string;
  /** What stands before the item's text: `"2."`, `"d."`, `"[3]"`. */
  marker: string;
  /** Which time the original prints this number (2 for `"4-2"` and its sub-items); absent the first time. */
  occurrence?: number;
  /** True when the archive gave the number (`numbering.by: archive`): the original leaves its agreements unnumbered. */
  byArchive?: boolean;
  /**
   * The number of the numbered item this is or belongs to, without any letter: `"2"` for item 2 and for sub-item 2.d,
   * `"4-2"` for 4-2.b (`number` is the full number, letter included).
   */
  numberedItem: string;
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
  /** Corrections to the item's actions and the earlier items it follows up (`src/lib/actions.ts`). */
  corrections: ActionCorrections;
  /** The item's text as plain text: paragraphs separated by a blank line, bullets as `· …` lines. */
  text: string;
  /** The item's text as HTML (paragraphs and lists). */
  html: string;
  /** Line of the `<Item>` element in the source file. */
  line: number;
}

/** One word of an `<Item>` attribute's value and where it is written, so a problem with it points at it. */
export interface AttributeWord {
  /** The word as written: `2016-11-15:5`, `iom:commits`. */
  value: string;
  /** Line of the file. */
  line: number;
  /** Column of the word on that line (of the attribute, when its value spans lines). */
  column: number;
}

/**
 * What an `<Item>` says about actions that its wording cannot (docs/actions.md):
 * `followsUp="2016-11-15:5"` (the earlier items this one follows up), `actions="iom:commits"` (actions the rules
 * miss) and `notActions="rcgm:recommends-approval"` (actions the rules find but the item does not state).
 */
export interface ActionCorrections {
  /** `report:number` of the earlier items this item follows up. */
  followsUp: AttributeWord[];
  /** `actor:kind` of actions to add. */
  actions: AttributeWord[];
  /** `actor:kind` of found actions to drop. */
  notActions: AttributeWord[];
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
  /** The report's declared numbering (`numbering` in its frontmatter): who numbered, and printed gaps and repeats. */
  numbering?: Numbering | undefined;
  /** Line of a frontmatter field, so a declaration that does not fit the body is reported where it is written. */
  fieldLine?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
  /** Column of a frontmatter field's value on its line, when known. */
  fieldColumn?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}

/**
 * Where the numbering check has got to: the last item's printed number, which time it is printed, its written number
 * and last letter.
 */
interface Position {
  printed: number;
  occurrence: number;
  n: string;
  letter?: string;
}

/** The declared gaps and repeats, for lookups. */
interface Declared {
  skipped: Set<string>;
  repeated: Set<string>;
}

function declarations(numbering: Numbering | undefined): Declared {
  return { skipped: new Set(numbering?.skipped), repeated: new Set(numbering?.repeated) };
}

/** The position after an item. A lower number than before keeps the higher one, so one slip is reported once. */
function follow(last: Position, parsed: ItemNumber): Position {
  if (parsed.letter !== undefined) return { ...last, letter: parsed.letter };
  const { printed, occurrence } = occurrenceOf(parsed.n);
  return { printed: Math.max(last.printed, printed), occurrence, n: parsed.n };
}

/**
 * Why an item's number cannot follow the last one, or undefined when it can:
 * numbers run 1, 2, 3 …, letters a, b, c … under their item, except where the
 * original's gaps (`skipped`) and repeats (`repeated`) are declared.
 */
function sequenceProblem(parsed: ItemNumber, last: Position, declared: Declared): string | undefined {
  const { printed, occurrence } = occurrenceOf(parsed.n);
  if (parsed.letter !== undefined) {
    if (parsed.n !== last.n)
      return `out of order: a sub-item must come right after item ${parsed.n} and its earlier sub-items`;
    let expected = last.letter === undefined ? 'a' : nextLetter(last.letter);
    // An item whose own number is declared skipped is reported once, at the declaration.
    while (declared.skipped.has(`${parsed.n}.${expected}`) && expected !== parsed.letter)
      expected = nextLetter(expected);
    if (parsed.letter === expected) return undefined;
    return parsed.letter > expected
      ? `skipped letter: expected item ${parsed.n}.${expected} next${skipHint(`${parsed.n}.${expected}`)}`
      : `out of order: expected item ${parsed.n}.${expected} next`;
  }
  if (occurrence > 1) {
    if (!declared.repeated.has(String(printed))) {
      return (
        `n="${parsed.n}" is the number ${printed} printed a second time; if the ` +
        `original really prints ${printed} twice, declare it in the frontmatter: ` +
        `numbering: { repeated: ["${printed}"] }`
      );
    }
    const previous = occurrence === 2 ? String(printed) : `${printed}-${occurrence - 1}`;
    return printed === last.printed && occurrence === last.occurrence + 1
      ? undefined
      : `out of order: item ${parsed.n} must come right after item ${previous} and its sub-items`;
  }
  let expected = last.printed + 1;
  while (declared.skipped.has(String(expected)) && expected !== printed) expected++;
  if (printed === expected) return undefined;
  return printed > expected
    ? `skipped number: expected item ${expected} next${skipHint(String(expected))}`
    : `out of order: expected item ${expected} next`;
}

function skipHint(number: string): string {
  return (
    ` (if the original has no item ${number}, declare it in the frontmatter: ` +
    `numbering: { skipped: ["${number}"] })`
  );
}

/**
 * Declarations the body does not bear out: a number declared skipped that is
 * there, or that no later number follows (so nothing is skipped), and a number
 * declared repeated with no second item. Each points at its place in the frontmatter.
 */
function declarationProblems(items: Item[], source: BodySource): Problem[] {
  const problems: Problem[] = [];
  const at = (list: 'skipped' | 'repeated', index: number, message: string): void => {
    const line = source.fieldLine?.(['numbering', list, index]);
    const column = line === undefined ? undefined : source.fieldColumn?.(['numbering', list, index]);
    problems.push({
      file: source.file,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
      where: `numbering.${list}[${index}]`,
      message,
    });
  };
  source.numbering?.skipped?.forEach((number, index) => {
    const present = items.find((item) => item.number === number);
    if (present !== undefined)
      at(
        'skipped',
        index,
        `"${number}" is declared skipped, but item ${number} is at line ${present.line}; remove it from the list`,
      );
    else if (!items.some((item) => comesAfter(item.number, number))) {
      at(
        'skipped',
        index,
        `"${number}" is declared skipped, but no later item follows it, so nothing ` +
          `is skipped there; remove it from the list`,
      );
    }
  });
  source.numbering?.repeated?.forEach((number, index) => {
    if (!items.some((item) => item.number === `${number}-2`)) {
      at(
        'repeated',
        index,
        `"${number}" is declared repeated, but there is no second item ${number}; ` +
          `write it as <Item n="${number}-2">, or remove "${number}" from the list`,
      );
    }
  });
  return problems;
}

/** Attributes an <Item> may carry: its number, and corrections to the entities it mentions and to its actions. */
const ITEM_ATTRIBUTES: readonly string[] = ['n', 'also', 'not', 'followsUp', 'actions', 'notActions'];

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Bullet marker used in plain text; the printed reports use the same middle dot. */
export const BULLET = '·';

/** How deep blocks and inlines may nest: far beyond any report, far below what the renderers' recursion survives. */
export const MAX_NESTING = 40;

/**
 * Parses a report body into its preamble and items, checking the official
 * numbering, the body's syntax and the safety of its text. Never throws for
 * bad input: a body MDX cannot parse, or nested too deep to render, gives one
 * problem at its file, line and column and no items.
 * Example: `parseReportBody('<Item n="1">\nText.\n</Item>\n', { file: 'a.mdx', firstLine: 20 }).items[0].html` →
 * `<p>Text.</p>`.
 */
export function parseReportBody(body: string, source: BodySource): ReportBody {
  const parsed = parseBody(body, source);
  if ('problem' in parsed) return { preambleText: '', preambleHtml: '', items: [], problems: [parsed.problem] };
  return readBody(parsed.tree, source);
}

/** The body's syntax tree, or the problem that stops it being read: an MDX syntax error, or nesting too deep. */
function parseBody(body: string, source: BodySource): { tree: Root } | { problem: Problem } {
  const at = (line: number | undefined, column: number | undefined, message: string): { problem: Problem } => ({
    problem: {
      file: source.file,
      line: (line ?? 1) + source.firstLine - 1,
      ...(column === undefined ? {} : { column }),
      message,
    },
  });
  const quotes = tooManyQuotes(body);
  if (quotes !== undefined) return at(quotes.line, quotes.column, tooDeep());
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    if (error instanceof VFileMessage) {
      return at(error.line, error.column, `not valid MDX: ${error.reason}${syntaxHint(error.reason)}`);
    }
    // Not met with any input tried (quotes are caught above, lists nest only as deep as their indentation), but
    // a parser's recursion limit must still end as a problem of this file, not as a stack trace.
    if (error instanceof RangeError) return at(1, undefined, tooDeep());
    throw error;
  }
  const deep = deeperThan(tree, MAX_NESTING);
  return deep === undefined ? { tree } : at(deep.position?.start.line, deep.position?.start.column, tooDeep());
}

function tooDeep(): string {
  return (
    `text nested more than ${MAX_NESTING} levels deep (quotes ">" or lists ` +
    `inside each other); report text is never that deep: write it flat`
  );
}

/** What to write instead, for the syntax errors an author is most likely to meet. */
function syntaxHint(reason: string): string {
  if (reason.includes('create a comment')) return '; an HTML comment <!-- … --> is not MDX: write {/* … */}';
  if (reason.includes('create a link')) return '; write the address as plain text, or as a link [text](https://…)';
  if (reason.includes('attribute value')) return '; quote attribute values: <Item n="3">';
  return '; if the text itself has "<" or "{", write them as \\< and \\{';
}

/**
 * The line and column of the first quote marker (`>`) past MAX_NESTING at the start of a line, found
 * before parsing: the parser takes seconds over thousands of them, and overflows its stack at about 20,000.
 */
function tooManyQuotes(body: string): { line: number; column: number } | undefined {
  const lines = body.split('\n');
  for (const [index, text] of lines.entries()) {
    const markers = /^(?:[ \t]*>)+/.exec(text)?.[0] ?? '';
    let count = 0;
    for (const [column, character] of [...markers].entries()) {
      if (character === '>' && ++count > MAX_NESTING) return { line: index + 1, column: column + 1 };
    }
  }
  return undefined;
}

/** Nodes that nest text: a quote or a list inside another is one level deeper. */
const NESTING: ReadonlySet<string> = new Set(['blockquote', 'list']);

/**
 * The first quote or list nested more than `limit` levels inside others (walked
 * without recursion, so any depth is safe), or undefined.
 */
function deeperThan(tree: Root, limit: number): RootContent | undefined {
  const stack: [RootContent | Root, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop() as [RootContent | Root, number];
    const depth = NESTING.has(node.type) ? outer + 1 : outer;
    if (depth > limit) return node as RootContent;
    if ('children' in node) for (const child of node.children as RootContent[]) stack.push([child, depth]);
  }
  return undefined;
}

/** An `<Item …>` element of the body, as remark-mdx parses it. */
type MdxJsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

/** How a body's problems are reported: at a node's place in the file, with the item they concern. */
interface BodyProblems {
  /** Line of a node in the file, when it has a place. */
  lineOf: (node: { position?: { start: { line: number } } | undefined }) => number | undefined;
  /** Adds a problem at a node, about `where` (`item 2.d`) when given. */
  problem: (node: RootContent, where: string | undefined, message: string) => void;
  /** Adds a problem for every link, image or raw HTML in these blocks that the sanitizer would remove. */
  unsafe: (blocks: readonly RootContent[], where: string | undefined) => void;
}

/** The problem reporter of one body, adding to `problems`. */
function bodyProblems(source: BodySource, problems: Problem[]): BodyProblems {
  const lineOf: BodyProblems['lineOf'] = (node) =>
    node.position === undefined ? undefined : node.position.start.line + source.firstLine - 1;
  const problem: BodyProblems['problem'] = (node, where, message) => {
    const line = lineOf(node);
    const column = node.position?.start.column;
    problems.push({
      file: source.file,
      ...(line === undefined ? {} : { line }),
      ...(line === undefined || column === undefined ? {} : { column }),
      ...(where === undefined ? {} : { where }),
      message,
    });
  };
  const unsafe: BodyProblems['unsafe'] = (blocks, where) => {
    for (const block of blocks) {
      walkSelf(block, (node) => {
        const message = unsafeNodeProblem(node);
        if (message !== undefined) problem(node, where, message);
      });
    }
  };
  return { lineOf, problem, unsafe };
}

/** What reading a body has found so far: the items, where each number was first seen, the numbering position. */
interface BodyState {
  source: BodySource;
  report: BodyProblems;
  by: 'original' | 'archive';
  declared: Declared;
  items: Item[];
  seen: Map<string, number>;
  last: Position;
}

/** The preamble and items of a parsed body, with every problem of its numbering, elements and text. */
function readBody(tree: Root, source: BodySource): ReportBody {
  const problems: Problem[] = [];
  const report = bodyProblems(source, problems);
  const preamble: RootContent[] = [];
  const state: BodyState = {
    source,
    report,
    by: source.numbering?.by ?? 'original',
    declared: declarations(source.numbering),
    items: [],
    seen: new Map(),
    last: { printed: 0, occurrence: 1, n: '' },
  };
  for (const node of tree.children) {
    if (isComment(node)) continue;
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Item') readItem(node, state);
    else if (outsideItem(node, state)) preamble.push(node);
  }
  const { items } = state;
  problems.push(...declarationProblems(items, source));
  if (items.length === 0) {
    problems.push({
      file: source.file,
      line: source.firstLine,
      message: 'the report has no items; mark each numbered item as <Item n="1">…</Item>',
    });
  }
  return { preambleText: blocksToText(preamble), preambleHtml: blocksToHtml(preamble), items, problems };
}

/**
 * A block outside any `<Item>`: true when it is preamble text (before the first item, and of a kind report text may
 * be); anything else is a problem.
 */
function outsideItem(node: RootContent, { items, report }: BodyState): boolean {
  const what = describeNode(node);
  if (what !== undefined) report.problem(node, undefined, what);
  else if (items.length > 0) {
    report.problem(
      node,
      `item ${items.at(-1)?.number ?? '?'}`,
      'text outside an <Item> after the first item; unnumbered paragraphs belong inside the <Item> above them',
    );
  } else {
    report.unsafe([node], undefined);
    return true;
  }
  return false;
}

/**
 * The attributes of an `<Item>` element: `n` as written, the ids of `also` and `not`, and the words of the action
 * corrections with their places; others are a problem.
 */
function itemAttributes(
  node: MdxJsxFlowElement,
  report: BodyProblems,
): { raw: string | undefined; ids: (name: string) => string[]; words: (name: string) => AttributeWord[] } {
  const attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
  const nAttribute = attributes.find((a) => a.name === 'n');
  const extra = attributes.filter((a) => !ITEM_ATTRIBUTES.includes(a.name)).map((a) => a.name);
  if (extra.length > 0 || attributes.length !== node.attributes.length) {
    report.problem(
      node,
      undefined,
      `<Item> takes only n="…", also="…", not="…", followsUp="…", actions="…" and notActions="…"; ` +
        `remove ${extra.join(', ') || 'the {…} expression'}`,
    );
  }
  const ids = (name: string): string[] => {
    const value = attributes.find((a) => a.name === name)?.value;
    return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
  };
  const words = (name: string): AttributeWord[] => {
    const attribute = attributes.find((a) => a.name === name);
    const start = attribute?.position?.start;
    if (typeof attribute?.value !== 'string' || start === undefined) return [];
    const { value } = attribute;
    // `name="` comes before the value; a value that spans lines is placed at its attribute.
    const offset = value.includes('\n') ? undefined : start.column + name.length + 2;
    return [...value.matchAll(/\S+/g)].map((match) => ({
      value: match[0],
      line: report.lineOf(attribute) ?? start.line,
      column: offset === undefined ? start.column : offset + match.index,
    }));
  };
  return { raw: typeof nAttribute?.value === 'string' ? nAttribute.value : undefined, ids, words };
}

/**
 * One `<Item>` element: checks its number (written, not a duplicate, in sequence) and its text, and adds the item to
 * `state.items` unless its number is missing or already used.
 */
function readItem(node: MdxJsxFlowElement, state: BodyState): void {
  const { report, seen, items, by } = state;
  const { raw, ids, words } = itemAttributes(node, report);
  const parsed = raw === undefined ? undefined : parseItemNumber(raw);
  if (raw === undefined || parsed === undefined) {
    const where = raw === undefined ? undefined : `item ${raw}`;
    report.problem(node, where, 'an <Item> needs its official number written as n="3" or n="3.b"');
    return;
  }
  const number = formatItemNumber(parsed);
  const where = `item ${number}`;
  const firstSeen = seen.get(number);
  if (firstSeen !== undefined) {
    report.problem(node, where, `duplicate number: item ${number} is already at line ${firstSeen}`);
    return;
  }
  const outOfSequence = sequenceProblem(parsed, state.last, state.declared);
  if (outOfSequence !== undefined) report.problem(node, where, outOfSequence);
  state.last = follow(state.last, parsed);
  const line = report.lineOf(node) ?? state.source.firstLine;
  seen.set(number, line);
  const content = itemContent(node, where, report);
  const item: Item = {
    number,
    shown: shownNumber(number, by),
    marker: itemMarker(number, by),
    ...(occurrenceOf(parsed.n).occurrence > 1 ? { occurrence: occurrenceOf(parsed.n).occurrence } : {}),
    ...(by === 'archive' ? { byArchive: true } : {}),
    numberedItem: parsed.n,
    children: [],
    also: ids('also'),
    not: ids('not'),
    corrections: { followsUp: words('followsUp'), actions: words('actions'), notActions: words('notActions') },
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

/** The blocks of an item's text, each checked: of a kind report text may be, safe, and not empty. */
function itemContent(node: MdxJsxFlowElement, where: string, report: BodyProblems): RootContent[] {
  const content = node.children as RootContent[];
  for (const child of content) {
    const what = describeNode(child, true);
    if (what !== undefined) report.problem(child, where, what);
  }
  report.unsafe(content, where);
  if (content.filter((c) => !isComment(c)).length === 0) report.problem(node, where, 'the item has no text');
  return content;
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
      if (node.name === 'Item')
        return insideItem ? '<Item> elements cannot be nested; write sub-items as n="3.a" after item 3' : undefined;
      return `unknown element <${node.name ?? ''}>; only <Item n="…"> is allowed`;
    default: {
      let found: string | undefined;
      walk(node, (child) => {
        if (found !== undefined) return;
        if (child.type === 'mdxJsxTextElement')
          found = `unknown element <${child.name ?? ''}>; only <Item n="…"> is allowed`;
        if (child.type === 'mdxTextExpression')
          found = '{…} expressions are not allowed in a report; write the text itself';
      });
      return found;
    }
  }
}

/** Visits a node and everything inside it. */
function walkSelf(node: RootContent, visit: (node: RootContent) => void): void {
  visit(node);
  walk(node, visit);
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
  return list.children.map((listItem) => `${BULLET} ${squash(toString(listItem))}`).join('\n');
}

/** Runs of spaces inside a paragraph are layout, not text. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * HTML of blocks, through the sanitizer: the check refuses what it would remove, so it is a second wall, not the only
 * one.
 */
function blocksToHtml(blocks: RootContent[]): string {
  const root: Root = { type: 'root', children: blocks.filter((block) => !isComment(block)) };
  const clean = sanitize(toHast(root) as HastNodes, REPORT_TEXT_SCHEMA);
  // The sanitizer lets any scheme-less URL through, `//elsewhere.example` too: the check's own rule drops those.
  visitElements(clean, (element) => {
    if (typeof element.properties['href'] === 'string' && linkProblem(element.properties['href']) !== undefined)
      delete element.properties['href'];
  });
  return toHtml(clean);
}

function visitElements(node: HastNodes, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) visitElements(child, visit);
}
