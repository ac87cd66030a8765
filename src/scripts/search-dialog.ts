/**
 * The search dialog (issue 20, part 6), loaded by src/scripts/search-opener.ts on its first opening, with the search
 * page it takes its wording, stylesheets and scripts from. A native modal `<dialog>` (the rest of the page inert, Esc
 * closes), labelled by its box's label; results as you type, asked of Pagefind through the search page's query module
 * (src/lib/search-query.ts), so numbers, subjects first and citations answer as on the search page; the count in a
 * polite live region. ↓/↑ move through the results, Enter opens the one chosen (in the box: the first); Tab wraps
 * within it; closing returns the focus to where it was. The conventions of Starlight's and DocSearch's dialogs, in
 * the archive's words.
 */
import { ask, mayBeReference, PAGEFIND_OPTIONS, type PagefindModule, renderHit } from '../lib/search-query.ts';

/** Results shown as you type; the search page lists them all. */
const SHOWN = 8;
/** Quiet time after a key before searching (ms): one search per pause, not per letter. */
const DEBOUNCE = 200;

let dialog: HTMLDialogElement;
let box: HTMLInputElement;
let results: HTMLElement;
let pagefind: Promise<PagefindModule | null> | undefined;
let lazy: Record<string, string> = {};

/** Builds the dialog from the search page (`page`): its wording, stylesheets, Pagefind and reference script URLs. */
function setUp(page: Document): void {
  const source = page.querySelector<HTMLElement>('[data-search]');
  const form = document.querySelector<HTMLFormElement>('.site-search');
  if (!source || !form) return;
  for (const sheet of page.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'))
    if (!document.querySelector(`link[href="${sheet.getAttribute('href')}"]`)) document.head.append(sheet);
  for (const script of page.querySelectorAll<HTMLElement>('[data-lazy-script]'))
    lazy[script.dataset['lazyScript'] ?? ''] = script.dataset['src'] ?? '';
  dialog = Object.assign(document.createElement('dialog'), { className: 'search-dialog' });
  // Its box here, not in a stylesheet every search page would load: at the top, as wide as the text, within the screen.
  Object.assign(dialog.style, { width: 'min(40rem, 100% - 1rem)', maxHeight: 'calc(100% - 4rem)', marginTop: '2rem' });
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  // The header's form (box, button) made the dialog's, under a heading of the box's name (unseen, as in the header,
  // whose box is named by aria-label: a label element would cost the report pages bytes they have not got).
  const search = form.cloneNode(true) as HTMLFormElement;
  const title = Object.assign(document.createElement('h2'), {
    id: 'search-dialog-title',
    className: 'visually-hidden',
  });
  title.textContent = search.querySelector('input')?.getAttribute('aria-label') ?? '';
  search.prepend(title);
  box = Object.assign(search.querySelector('input') as HTMLInputElement, {
    id: 'search-dialog-q',
    autocomplete: 'off',
  });
  const close = Object.assign(document.createElement('button'), {
    type: 'button',
    textContent: source.dataset['close'],
  });
  close.addEventListener('click', () => dialog.close());
  search.querySelector('button')?.replaceWith(close);
  results = source.cloneNode(false) as HTMLElement;
  results.innerHTML = '<p role="status" aria-live="polite" class="results__status"></p><ol class="results__list"></ol>';
  dialog.append(search, results);
  document.body.append(dialog);
  wire(search);
}

/**
 * Opens the dialog (built the first time from the search page, `page`), the focus in its box, the last query kept and
 * selected; what had the focus gets it back on closing. Does nothing when `page` is no search page (a failed request).
 * @example open(new DOMParser().parseFromString(searchPageHtml, 'text/html'))
 */
export function open(page: Document): void {
  if (!dialog) setUp(page);
  if (!dialog || dialog.open) return;
  dialog.showModal();
  box.select();
}

function wire(search: HTMLFormElement): void {
  let timer = 0;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), DEBOUNCE);
  });
  // Enter in the box opens the first result; with none yet, the search page.
  search.addEventListener('submit', (event) => {
    const first = results.querySelector<HTMLAnchorElement>('li a');
    if (first) {
      event.preventDefault();
      first.click();
    }
  });
  dialog.addEventListener('keydown', (event) => {
    // One Esc closes the dialog, even from the box: a search field's own first Esc would only empty it.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Tab') wrap(event);
    else move(event);
  });
  // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
}

/** ↓/↑: from the box to the first result, from result to result, back to the box above the first. */
function move(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [box, ...results.querySelectorAll<HTMLElement>('li a, .results__all a')];
  const at = links.indexOf(document.activeElement as HTMLElement);
  const next = links[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), links.length - 1)];
  event.preventDefault();
  next?.focus();
}

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: a modal dialog makes the page
 * inert, but the browser's own controls would still take the focus out of it (WAI-ARIA APG, dialog pattern).
 */
function wrap(event: KeyboardEvent): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>('input, button, a')];
  const edge = event.shiftKey ? controls[0] : controls.at(-1);
  if (document.activeElement !== edge) return;
  event.preventDefault();
  (event.shiftKey ? controls.at(-1) : controls[0])?.focus();
}

/** Searches the box's query and shows the first results, unless a newer query has been typed meanwhile. */
async function run(): Promise<void> {
  const query = box.value.trim();
  const text = results.dataset;
  const status = results.querySelector('[role=status]') as HTMLElement;
  const list = results.querySelector('ol') as HTMLOListElement;
  const stale = () => box.value.trim() !== query;
  list.replaceChildren();
  results.querySelector('.results__all')?.remove();
  status.textContent = query ? (text['searching'] ?? '') : '';
  if (!query) return;
  if (mayBeReference(query) && (await reference(query))) return;
  pagefind ??= import(/* @vite-ignore */ text['pagefind'] ?? '').then(
    async (module: PagefindModule) => (await module.options(PAGEFIND_OPTIONS), module),
    () => null,
  );
  const module = await pagefind;
  if (!module) return void (status.textContent = text['unavailable'] ?? '');
  const answer = await ask(module, { query, filters: {} });
  const found = [...answer.subjects, ...answer.results];
  const hits = await Promise.all(found.slice(0, SHOWN).map((result) => result.data()));
  if (stale()) return;
  list.replaceChildren(...hits.map((hit) => renderHit(hit, text)));
  if (found.length > SHOWN) list.after(allResults(query, found.length, text['all'] ?? ''));
  const rule = new Intl.PluralRules(document.documentElement.lang).select(found.length) === 'one' ? 'one' : 'other';
  status.textContent = found.length
    ? (text[rule] ?? '').replace('{count}', String(found.length))
    : (text['none'] ?? '');
}

/** A link to the search page with every result of `query`, as a paragraph after the list ("See all 23 results"). */
function allResults(query: string, count: number, wording: string): HTMLElement {
  const paragraph = Object.assign(document.createElement('p'), { className: 'results__all' });
  const form = dialog.querySelector('form') as HTMLFormElement;
  paragraph.append(
    Object.assign(document.createElement('a'), {
      href: `${form.action}?q=${encodeURIComponent(query)}`,
      textContent: wording.replace('{count}', String(count)),
    }),
  );
  return paragraph;
}

/** Offers the meeting or item a query cites as the first result (src/scripts/search-reference.ts), not followed. */
async function reference(query: string): Promise<boolean> {
  const module = (await import(/* @vite-ignore */ lazy['reference'] ?? '').catch(() => null)) as
    typeof import('./search-reference.ts') | null;
  return box.value.trim() === query && module !== null && module.followReference(results, query, false);
}
