/**
 * What every page in a language carries of the search dialog (issue 20, part 6): the shortcuts `/` and Ctrl/Cmd+K
 * (`/` not while typing in a field, where it is a character) and the header's search button (the box empty) open the
 * dialog. The
 * dialog (src/scripts/search-dialog.ts) is loaded on the first opening, with the search page, whose wording,
 * stylesheets and script URLs it reuses: a page pays a few hundred bytes for it, not the dialog (every byte here
 * counts against the report pages' budget, `PAGE_BUDGETS`). Without JavaScript the header's form is a GET form to the
 * search page, as before.
 */

// The header's search form (`.site-search`) is the first form of every page (src/lib/markup/frame.ts).
const form = document.forms[0] as HTMLFormElement;
let page: Document;
let dialog: Promise<typeof import('./search-dialog.ts')> | undefined;

/** Opens the dialog, loading the search page and, by the URL it holds, the dialog's script the first time. */
const openDialog = (event: Event): void => {
  event.preventDefault();
  dialog ??= fetch(form.action)
    .then((response) => response.text())
    .then((text) => {
      page = new DOMParser().parseFromString(text, 'text/html');
      return import(/* @vite-ignore */ page.querySelector<HTMLElement>('[data-lazy-script=dialog]')!.dataset['src']!);
    });
  void dialog.then((module) => module.open(page));
};

addEventListener('keydown', (event) => {
  // The archive's pages have no editable element but these fields (its selects take no typing).
  const typing = (event.target as Element).matches('input,textarea');
  if ((event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey))) openDialog(event);
});
// The button with an empty box opens the dialog; a query typed in the box goes to the search page, as without a script.
form?.addEventListener('submit', (event) => (form[0] as HTMLInputElement).value || openDialog(event));
