/**
 * The phone's menu button (issue 21, part 3; src/lib/markup/frame.ts, `siteHeader`): a `<details>` that opens and
 * closes without a script. This adds what a menu is expected to do and a `<details>` does not (WAI-ARIA Authoring
 * Practices, "Disclosure" and "Menu Button" patterns): Escape closes it and puts focus back on its button, and it
 * closes when focus moves or a tap lands anywhere but the menu button and the navigation, so an open menu never
 * stays pushing the page down (209 px of header at 390 px) behind the reader's back. A few dozen bytes: every page
 * in a language loads it (src/components/CopyScript.astro).
 */

// Every page that loads this script has the header, and so the menu (src/lib/markup/frame.ts).
const menu = document.querySelector<HTMLDetailsElement>('.site-menu')!;

/** Closes the menu unless the event happened in the menu button or the navigation it shows. */
const leave = (event: Event): void => {
  menu.open &&= !!(event.target as Element).closest('.site-menu,.site-nav');
};

addEventListener('focusin', leave);
addEventListener('click', leave);
addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && menu.open) {
    menu.open = false;
    // The summary, the menu's button, is its first child.
    (menu.firstChild as HTMLElement).focus();
  }
});
