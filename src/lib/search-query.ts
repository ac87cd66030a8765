/**
 * How the search page asks Pagefind, so that a hit means what it says (docs/search.md):
 *
 * - a number matches whole: Pagefind matches every word as a prefix ("70" finds "7c"… and, when nothing starts with
 *   it, falls back to the longest indexed word it starts with: "2019" finds "2"), so each term with a digit is looked
 *   up again as an exact (quoted) search and only the records holding it whole are kept;
 * - a record is found by its own text: Pagefind 1.5+ also matches the meta values (an item's venue and date), so a hit
 *   whose text holds none of the query is dropped, and meta weights are set to nothing;
 * - subjects (countries, organizations, initiatives) are asked for apart and shown first.
 *
 * Runs in the browser (src/scripts/search.ts) and in the tests; it needs only the Pagefind module it is given.
 */

/** The part of a Pagefind result the page uses before loading its fragment. */
export interface PagefindResult {
  /** Pagefind's id of the record. */
  id: string;
  /** Where the query's words are in the record's text (empty when only its meta matched). */
  words: number[];
  /** Loads the record's fragment: URL, excerpt, meta. */
  data(): Promise<PagefindHit>;
}

/** A loaded hit. */
export interface PagefindHit {
  /** The record's URL. */
  url: string;
  /** The excerpt, matches in `<mark>`, cuts marked with "…". */
  excerpt: string;
  /** The record's meta (title, date, venue, kind, number). */
  meta: Record<string, string>;
}

/** The part of Pagefind's module the page uses (pagefind.js). */
export interface PagefindModule {
  /** Sets options (ranking, excerpt ellipsis). */
  options(options: object): Promise<void>;
  /**
   * Runs a search; null query with filters lists what the filters hold. `filters` counts the hits per value of each
   * filter the search named (filter name → value → hits).
   */
  search(
    query: string | null,
    options: object,
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

/** The search page's question: the query and the chosen filters (newest first is src/lib/search-newest.ts). */
export interface SearchQuestion {
  /** The words typed, trimmed. */
  query: string;
  /** Filter name → chosen value. */
  filters: Record<string, string>;
}

/** What the page shows: subject hits first, then the reports and items. */
export interface SearchAnswer {
  /** Countries, organizations, initiatives the query names (at most `MAX_SUBJECTS`). */
  subjects: PagefindResult[];
  /** Reports and items. */
  results: PagefindResult[];
}

/** At most this many subjects lead the results: a query names one or two; more would push the items down. */
export const MAX_SUBJECTS = 3;

/** The meta fields of a record (src/lib/search-records.ts): none of them counts towards ranking. */
const META_FIELDS = ['title', 'date', 'venue', 'kind', 'number'];

/**
 * Options for Pagefind: "…" where an excerpt is cut, and no ranking from meta values.
 *
 * @example await pagefind.options(PAGEFIND_OPTIONS)
 */
export const PAGEFIND_OPTIONS = {
  excerptEllipsis: '…',
  ranking: { metaWeights: Object.fromEntries(META_FIELDS.map((field) => [field, 0])) },
};

/**
 * The query's terms that hold a digit, as Pagefind indexes them: lower case, punctuation dropped ("2.d" → "2d",
 * "2019," → "2019"). A quoted query is exact already and gives none.
 *
 * @example numberTerms('item 2.d of 2017') // ['2d', '2017']
 * @example numberTerms('"phase 2"') // []
 */
export function numberTerms(query: string): string[] {
  if (/^\s*".+"\s*$/.test(query)) return [];
  return query
    .split(/\s+/)
    .map((term) => term.replace(/[\p{P}\p{S}]/gu, '').toLocaleLowerCase())
    .filter((term) => /\d/.test(term));
}

/**
 * Whether a query may be a reference to a meeting (src/lib/citation-query.ts): it holds a year and another number, or
 * a day in figures with a two-digit year (every day and address it reads does). Only then does the page load that
 * module and the list of meetings, so that a plain search ("2019", "IOM") fetches nothing more.
 * @example mayBeReference('27/11/2017 2.d') // true
 * @example mayBeReference('27/11/17 2.d') // true
 * @example mayBeReference('2019') // false
 */
export function mayBeReference(query: string): boolean {
  return /\d{4}\D+\d|\d\D+\d{4}|\d[/.-]\d\d?[/.-]\d\d/.test(query);
}

/**
 * Runs a question against Pagefind: the reports and items it finds by their own words, numbers whole, and apart
 * from them the subjects it names (not when filtered: subjects have no year, country…, nor a meeting), most relevant
 * first.
 *
 * @example const { subjects, results } = await ask(pagefind, { query: 'MICIC', filters: {} })
 * @throws whatever Pagefind throws (a missing index file): the page says search is unavailable.
 */
export async function ask(pagefind: PagefindModule, question: SearchQuestion): Promise<SearchAnswer> {
  const { query, filters } = question;
  const numbers = numberTerms(query);
  // Pagefind finds a record whose meta holds one word and whose text holds another ("El Salvador": "el" in the text,
  // "Salvador" in the venue), so each word of a longer query is asked alone, and must be in the record's own text.
  const words = fold(query)
    .split(' ')
    .filter((word) => /^\D+$/.test(word));
  const alone = (text: string) => pagefind.search(text, {});
  const [found, subjects, ...exact] = await Promise.all([
    pagefind.search(query || null, { filters }),
    query && Object.keys(filters).length === 0 ? pagefind.search(query, { filters: { subject: 'yes' } }) : null,
    ...numbers.map((term) => alone(`"${term}"`)),
    ...(words[1] || numbers[0] ? words : []).map(alone),
  ]);
  // A number may be the item's own (its meta); a word must be in the text.
  const holders = exact.map(
    (search, index) =>
      new Set(
        (search?.results ?? [])
          .filter((result) => index < numbers.length || result.words.length)
          .map((result) => result.id),
      ),
  );
  const keep = (result: PagefindResult) =>
    (!query || result.words.length > 0) && holders.every((ids) => ids.has(result.id));
  // Subjects are listed once, apart: the general search finds them too.
  const subjectIds = new Set((subjects?.results ?? []).map((result) => result.id));
  return {
    subjects: await namedFirst((subjects?.results ?? []).filter(keep).slice(0, MAX_SUBJECTS * 2), query),
    results: (found?.results ?? []).filter((result) => keep(result) && !subjectIds.has(result.id)),
  };
}

/** Folds a text for comparing names: lower case, accents and punctuation dropped ("Panamá" → "panama"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\p{P}\p{S}]/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a query is one of a subject's names: its title whole, the name before the brackets, or the acronym in them.
 *
 * @example namesSubject('oim', 'Organización Internacional para las Migraciones (OIM)') // true
 * @example namesSubject('oim', 'Programa Mesoamérica de la OIM') // false
 */
export function namesSubject(query: string, title: string): boolean {
  const names = [title, ...(/^(.*)\(([^()]+)\)\s*$/.exec(title)?.slice(1) ?? [])].map(fold);
  return names.includes(fold(query));
}

/** Subjects the query names exactly first ("IOM": IOM before "IOM Mesoamerica Program"), at most `MAX_SUBJECTS`. */
async function namedFirst(subjects: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const hits = await Promise.all(subjects.map((subject) => subject.data()));
  const named = subjects.filter((_, index) => namesSubject(query, hits[index]?.meta['title'] ?? ''));
  return [...named, ...subjects.filter((subject) => !named.includes(subject))].slice(0, MAX_SUBJECTS);
}

/**
 * A hit as the result list shows it: its title linked, a line with its kind, meeting date and venue, and its excerpt
 * (matches marked). `labels` holds the page's words for each kind (`labelItem`, `labelReport`, `labelSubject`).
 *
 * @example list.append(renderHit(await result.data(), root.dataset))
 */
export function renderHit(hit: PagefindHit, labels: DOMStringMap): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('a');
  title.href = hit.url;
  title.textContent = hit.meta['title'] ?? hit.url;
  const heading = document.createElement('h2');
  heading.append(title);
  const details = document.createElement('p');
  details.className = 'result__meta';
  const kind = hit.meta['kind'];
  details.textContent = [
    labels[kind === 'report' ? 'labelReport' : kind === 'subject' ? 'labelSubject' : 'labelItem'],
    hit.meta['date'],
    hit.meta['venue'],
  ]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind marks matches with <mark> in escaped text: parsed inert (never run), only the text and fresh <mark>
  // elements are kept.
  for (const node of new DOMParser().parseFromString(hit.excerpt, 'text/html').body.childNodes) {
    const words = node.textContent ?? '';
    excerpt.append(
      node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: words }) : words,
    );
  }
  item.append(heading, details, excerpt);
  return item;
}
