/**
 * Copy buttons for citations (progressive enhancement: the buttons are
 * hidden until this runs; the citation text is always on the page), and the
 * retrieval date printed with an item, in the page's language.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const text = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[role=status]');
  button.hidden = false;
  button.addEventListener('click', () => {
    const value = text?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    navigator.clipboard.writeText(value).then(
      () => {
        if (status) status.textContent = button.dataset['copied'] ?? '';
      },
      () => {
        // No clipboard (older browser, denied permission): select the text so Ctrl+C works.
        if (text) getSelection()?.selectAllChildren(text);
      },
    );
  });
}

const today = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(new Date());
for (const slot of document.querySelectorAll('[data-retrieved]')) slot.textContent = today;
