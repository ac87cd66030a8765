/**
 * The search page's behaviour (the only script besides the language chooser).
 * The form is a plain GET form, so a search is a URL that can be bookmarked
 * and shared; this script reads that URL, asks Pagefind (the index of the
 * page's language) and lists the hits. All wording comes from the page.
 */

import { ask, mayBeReference, PAGEFIND_OPTIONS, type PagefindModule, renderHit } from '../lib/search-query.ts';

// Ten hits first, as readers know from web search: each hit costs its own fragment request, and the first
// search's transfer is budgeted (issue 20: no more than before the subject records and citations came).
const PAGE = 10;
const root = document.querySelector<HTMLElement>('[data-search]');
const form = document.querySelector<HTMLFormElement>('form[data-search-form]');

// The form shows the search in the URL, so refining it starts from there; so does the header's box.
for (const [name, value] of new URLSearchParams(location.search)) {
  const field = form?.elements.namedItem(name);
  if (field && 'value' in field) field.value = value;
}
const headerBox = document.querySelector<HTMLInputElement>('#site-search-q');
if (headerBox) headerBox.value = new URLSearchParams(location.search).get('q') ?? '';
// The other language's search page answers the same search: the switch carries the query and filters (a static page
// cannot know them without a script; without one the switch opens the other search page empty).
const languageSwitch = document.querySelector<HTMLAnchorElement>('.site-nav__lang a');
if (languageSwitch) languageSwitch.search = location.search;

// The search dialog's shortcuts (src/scripts/search-opener.ts, not loaded here) go to this page's own box.
addEventListener('keydown', (event) => {
  const typing = (event.target as Element).matches('input,textarea');
  if ((event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey))) {
    event.preventDefault();
    form?.q.focus();
  }
});

// Changing a filter runs the search again, as pressing the button would.
form?.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName === 'SELECT') form.requestSubmit();
});

if (root) void run(root);

async function run(root: HTMLElement): Promise<void> {
  const text = root.dataset;
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  const filters: Record<string, string> = {};
  // The form's filters, whatever they are (src/lib/search-records.ts, SEARCH_FILTERS); the order is not one.
  for (const { name } of form?.querySelectorAll('select') ?? []) {
    const value = params.get(name);
    if (value && name !== 'sort') filters[name] = value;
  }
  if (!query && Object.keys(filters).length === 0) return;
  // Marks let the benchmark time the search itself, apart from loading the page.
  performance.mark('search-start');

  const status = root.querySelector<HTMLElement>('[role=status]');
  const list = root.querySelector<HTMLOListElement>('ol');
  const more = root.querySelector<HTMLButtonElement>('button');
  if (!status || !list || !more) return;
  status.textContent = text['searching'] ?? '';
  // A cited meeting or item is opened, not searched (src/scripts/search-reference.ts).
  if (mayBeReference(query) && (await (await lazy<Reference>('reference'))?.followReference(root, query))) return;

  // No index: `astro dev` (whose pages load Vite's client) has none, or the network failed.
  const pagefind = (await import(/* @vite-ignore */ text['pagefind'] ?? '').catch(() => null)) as PagefindModule | null;
  if (!pagefind) {
    status.textContent = text[document.querySelector('[src="/@vite/client"]') ? 'unavailableDev' : 'unavailable'] ?? '';
    return;
  }
  await pagefind.options(PAGEFIND_OPTIONS);
  // Newest first is a script of its own, loaded only for that order (src/lib/search-newest.ts).
  const byDate = params.get('sort') === 'date' && (await lazy<Newest>('newest'))?.ask;
  const answer = await (byDate || ask)(pagefind, { query, filters });
  // Subjects the query names lead the list; they count among the results.
  const results = [...answer.subjects, ...answer.results];
  const count = results.length;
  let shown = 0;
  const showMore = async (): Promise<void> => {
    const hits = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
    const items = hits.map((hit) => renderHit(hit, text));
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= count;
    // After "Show more results" (not the first hits), the first new hit takes the focus: the button may be gone.
    if (shown > items.length) items[0]?.querySelector('a')?.focus();
  };
  more.addEventListener('click', () => void showMore());
  await showMore();
  // Announced once the first hits are on the page, so the count matches what is there.
  const rule = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? 'one' : 'other';
  status.textContent = count === 0 ? (text['none'] ?? '') : (text[rule] ?? '').replace('{count}', String(count));
  performance.mark('search-done');
}

type Reference = typeof import('./search-reference.ts');
type Newest = typeof import('../lib/search-newest.ts');

/**
 * A script of the page loaded only when needed: the reading of a citation (src/scripts/search-reference.ts), newest
 * first (src/lib/search-newest.ts). Kept in a <template> of the page (src/components/LazyScript.astro) and imported
 * by its URL: a bundled import() would add Vite's preload helper (1.8 KB) to this script (vitejs/vite#13952).
 * Null when it cannot be loaded.
 */
async function lazy<T>(name: string): Promise<T | null> {
  // No template: import('') fails (not a module specifier), as a network failure does.
  const src = document.querySelector<HTMLElement>(`[data-lazy-script=${name}]`)?.dataset['src'] ?? '';
  return import(/* @vite-ignore */ src).catch(() => null) as Promise<T | null>;
}
