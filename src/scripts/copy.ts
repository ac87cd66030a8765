/**
 * Copy buttons for citations (progressive enhancement: the buttons are
 * hidden until this runs; the citation text is always on the page). The copied
 * archive citation carries the access date, written when it is copied in the
 * page's language ("accessed 30 November 2026", "consultado el 30 de noviembre
 * de 2026"); printing fills the same slot. Where the Clipboard API is missing
 * (plain http:// on a name other than localhost, older browsers) or refused,
 * the text is selected and the live region says how to copy it.
 */
function stampAccessDate(slot: HTMLElement): void {
  const date = new Intl.DateTimeFormat(slot.dataset['locale'], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  slot.textContent = ` (${(slot.dataset['accessed'] ?? '').replace('{date}', date)})`;
  slot.hidden = false;
}

function copyText(button: HTMLButtonElement): void {
  const text = document.getElementById(button.dataset['copy'] ?? '');
  // The live region beside the button, so the message is read where the reader is.
  const status = button.parentElement?.querySelector<HTMLElement>('[role=status]');
  if (!text) return;
  const slot = text.querySelector<HTMLElement>('[data-accessed]');
  if (slot) stampAccessDate(slot);
  const say = (key: string) => {
    if (status) status.textContent = status.dataset[key] ?? '';
  };
  const selectInstead = () => {
    getSelection()?.selectAllChildren(text);
    say('copyHelp');
  };
  const value = text.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // navigator.clipboard is undefined outside a secure context: checking it is what keeps the click from throwing.
  if (typeof navigator.clipboard?.writeText !== 'function') return selectInstead();
  navigator.clipboard.writeText(value).then(() => say('copied'), selectInstead);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => copyText(button));
}

// With JavaScript the printed citation carries the date itself: the blank line for writing it in by hand goes.
for (const blank of document.querySelectorAll('[data-accessed-blank]')) blank.remove();
addEventListener('beforeprint', () => {
  for (const slot of document.querySelectorAll<HTMLElement>('.cite:not(.cite--compact) [data-accessed]'))
    stampAccessDate(slot);
});
