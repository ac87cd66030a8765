/**
 * The frame of every page in a language — head (canonical, language
 * alternates, OpenGraph), skip link, header with navigation and language
 * switch, breadcrumbs, main, footer — as markup. `Base.astro` puts it around
 * Astro's pages; `pageDocument` puts it around the pages written outside
 * Astro, so both kinds of page share one frame.
 */
import { CONTENT_SECURITY_POLICY } from '../security.ts';
import { isPreview } from '../site.ts';
import { AUTONYMS, languageName, OG_LOCALE, otherLang, useTranslations } from '../i18n.ts';
import {
  absoluteUrl,
  countriesIndexPath,
  feedPath,
  glossaryPath,
  initiativesIndexPath,
  type LocalPath,
  organizationsIndexPath,
  pagePath,
  reportsIndexPath,
  searchPath,
} from '../urls.ts';
import { LANGS, type Lang } from '../../schemas/index.ts';
import { attr, type Html, html, raw } from '../html.ts';

/** What the frame needs to know about a page. */
export interface FrameProps {
  /** The page's language. */
  lang: Lang;
  /** The page's own title (the site name is appended). */
  title: string;
  /** The page's path inside its language; its twin has the same path. */
  path: LocalPath;
  /** The site's origin, for absolute URLs. */
  site: URL | string;
  /** A one-sentence description for search engines and link previews. */
  description?: string | undefined;
  /** OpenGraph type: `article` for reports and items, `website` otherwise. */
  ogType?: 'website' | 'article' | undefined;
  /** Path (inside the language) of the page's canonical address, when it is not the page itself (a moved URL). */
  canonical?: LocalPath | undefined;
}

/** What every page's <head> starts with: encoding, policy, viewport, title, description, colour schemes and icon. */
export function commonHead(title: string, description?: string): Html {
  return html`<meta charset="utf-8" /><meta
      http-equiv="Content-Security-Policy"
      content="${CONTENT_SECURITY_POLICY}"
    /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${title}</title
    >${description !== undefined && html`<meta name="description" content="${description}" />`}<meta
      name="color-scheme"
      content="light dark"
    /><link rel="icon" href="/favicon.svg" type="image/svg+xml" />`;
}

/**
 * The language chooser `/`: the x-default alternate (in the sense of Google's hreflang rules) of the two
 * language homes, which it lists in turn. No other page has a language-neutral twin, so no other
 * page declares an x-default: every alternate set stays reciprocal, and x-default is one URL.
 */
export const LANGUAGE_CHOOSER = '/';

/**
 * One `<link rel="alternate" hreflang>` per language for the page at `path` in each language (its twins), in `LANGS`
 * order: how a page names its translations (Google's hreflang rules; HTML's `hreflang` attribute).
 *
 * @example languageAlternates('reports/', 'https://example.org') // <link … hreflang="en" href="…/en/reports/" />
 */
export function languageAlternates(path: LocalPath, site: URL | string): Html {
  return html`${LANGS.map(
    (lang) => html`<link rel="alternate" hreflang="${lang}" href="${absoluteUrl(pagePath(lang, path), site)}" />`,
  )}`;
}

/** The <head> content of a page in a language (without the stylesheet and scripts, which the build supplies). */
export function frameHead(props: FrameProps): Html {
  const { lang, title, path, site, ogType = 'website', canonical = path } = props;
  const t = useTranslations(lang);
  const description = props.description ?? t('site.description');
  const fullTitle = path === '' ? title : `${title} · ${t('site.name')}`;
  const other = otherLang(lang);
  // Only the homes name the chooser as their x-default (see LANGUAGE_CHOOSER).
  const xDefault =
    path === '' && html`<link rel="alternate" hreflang="x-default" href="${absoluteUrl(LANGUAGE_CHOOSER, site)}" />`;
  return html`${commonHead(fullTitle, description)}<link
      rel="canonical"
      href="${absoluteUrl(pagePath(lang, canonical), site)}"
    />${languageAlternates(path, site)}${xDefault}<link
      rel="alternate"
      type="application/atom+xml"
      href="${feedPath(lang)}"
      title="${t('feed.title')}"
    /><meta property="og:site_name" content="${t('site.name')}" /><meta property="og:title" content="${title}" /><meta
      property="og:description"
      content="${description}"
    /><meta property="og:url" content="${absoluteUrl(pagePath(lang, path), site)}" /><meta
      property="og:type"
      content="${ogType}"
    /><meta property="og:locale" content="${OG_LOCALE[lang]}" /><meta
      property="og:locale:alternate"
      content="${OG_LOCALE[other]}"
    />`;
}

/**
 * The notice a preview build puts at the top of every page, one paragraph per language given (a
 * page in a language gives its own; the pages of no language, `/`, `/id/…` and the 404, give both),
 * so nobody cites an address that is not the archive's. Nothing when the site has a real origin.
 * Example: `previewNotice('http://localhost:4321', ['en'])` → `<div class="preview-notice" role="note"><p
 * lang="en">Preview: …</p></div>`.
 */
export function previewNotice(site: URL | string, langs: readonly Lang[]): Html {
  if (!isPreview(site)) return html``;
  const notes = langs.map((lang) => html`<p lang="${lang}">${useTranslations(lang)('preview.notice')}</p>`);
  return html`<div class="preview-notice" role="note">${notes}</div>`;
}

/** The <body> of a page in a language around its breadcrumbs and main content. */
export function frameBody(props: FrameProps, breadcrumbs: Html, main: Html): Html {
  const { lang, path } = props;
  const t = useTranslations(lang);
  return html`<a class="skip-link" href="#main">${t('nav.skip')}</a> ${previewNotice(props.site, [lang])}
    ${siteHeader(lang, path)} ${breadcrumbs}
    <main id="main" class="wrap" tabindex="-1">${main}</main>
    ${siteFooter([lang])}`;
}

/**
 * The site's footer: what the archive is, and that its addresses are permanent, in each language given (a page in a
 * language gives its own; the 404 page, of no language, gives both, each paragraph marked with its language).
 *
 * @example siteFooter(['en', 'es']) // <footer class="site-footer"><div class="wrap"><p lang="en">…</p>…</div></footer>
 */
export function siteFooter(langs: readonly Lang[]): Html {
  const paragraphs = langs.map((lang) => {
    const t = useTranslations(lang);
    const marked = attr('lang', langs.length > 1 && lang);
    return html` <p${marked}>${t('footer.about')}</p> <p${marked}>${t('footer.permanence')}</p> `;
  });
  return html`<footer class="site-footer"><div class="wrap">${paragraphs}</div></footer>`;
}

/**
 * The site's header in a language: the site's name, the language switch, the main navigation and the search box. On a
 * phone (global.css, "Header") the navigation folds behind the menu button, a `<details>` whose `<summary>` is the
 * button: no script, so nothing moves when the page loads, and the browser gives it its expanded state and keyboard
 * handling (HTML Living Standard, "The details element"). The navigation is the details' next sibling, not its content,
 * so wide screens show it whatever the details' state, in every browser; the button names it as what it controls
 * (`aria-controls`, WAI-ARIA 1.2), so a screen reader that finds the open details empty is told where its content is.
 * The site script closes the menu on Escape and when focus or a tap leaves it (src/scripts/site-menu.ts). The
 * language switch stays in the bar.
 * `path` is the page's path inside its language (its twin's too); `undefined` for a page of no language (the 404),
 * whose switch leads to the other language's home and whose navigation marks no section as current.
 *
 * @example siteHeader('es', 'reports/') // <header class="site-header">… <summary>Menú</summary> …</header>
 */
export function siteHeader(lang: Lang, path: LocalPath | undefined): Html {
  const t = useTranslations(lang);
  return html`<header class="site-header">
    <div class="wrap site-header__inner">
      <a class="site-name" href="${pagePath(lang)}"
        ><span class="site-name__title">${t('site.name')}</span>
        <span class="site-name__tagline">${t('site.tagline')}</span></a
      >
      ${languageSwitch(lang, path)}
      <details class="site-menu"><summary aria-controls="site-nav">${t('nav.menu')}</summary></details>
      <nav class="site-nav" id="site-nav" aria-label="${t('nav.main')}">
        <ul>
          ${siteSections(lang).map(
            ({ to, label }) => html`<li><a href="${pagePath(lang, to)}" ${current(to, path)}>${label}</a></li>`,
          )}
        </ul>
      </nav>
      <form class="site-search" action="${pagePath(lang, searchPath())}" role="search">
        <input
          id="site-search-q"
          name="q"
          type="search"
          aria-label="${t('search.label')}"
          placeholder="${t('search.placeholder')}"
        />
        <button type="submit">${t('search.submit')}</button>
      </form>
    </div>
  </header>`;
}

/** The sections of the main navigation, in order: where each lives inside a language and its name there. */
function siteSections(lang: Lang): { to: LocalPath; label: string }[] {
  const t = useTranslations(lang);
  return [
    { to: '', label: t('nav.home') },
    { to: reportsIndexPath(), label: t('nav.reports') },
    { to: initiativesIndexPath(), label: t('nav.initiatives') },
    { to: organizationsIndexPath(), label: t('nav.organizations') },
    { to: countriesIndexPath(), label: t('nav.countries') },
    { to: glossaryPath(), label: t('nav.glossary') },
  ];
}

/**
 * `aria-current="page"` on the section a page at `path` belongs to; nothing on a page of no language. Without
 * `attr`'s leading space: the template already has one before it (Prettier puts it there).
 */
function current(section: LocalPath, path: LocalPath | undefined): Html {
  const inSection = path !== undefined && (section === '' ? path === '' : path.startsWith(section));
  return raw(inSection ? 'aria-current="page"' : '');
}

/**
 * The link to the page's twin in the other language (the other language's home from a page of no language). Its
 * wrapper keeps the class the search page's script finds it by (src/scripts/search.ts).
 */
function languageSwitch(lang: Lang, path: LocalPath | undefined): Html {
  const other = otherLang(lang);
  if (path === undefined)
    return html`<span class="site-nav__lang"
      ><a href="${pagePath(other)}" hreflang="${other}" lang="${other}">${AUTONYMS[other]}</a></span
    >`;
  return html`<span class="site-nav__lang"
    ><a
      href="${pagePath(other, path)}"
      hreflang="${other}"
      lang="${other}"
      rel="alternate"
      title="${useTranslations(lang)('nav.thisPageIn', { language: languageName(other, lang) })}"
      >${AUTONYMS[other]}</a
    ></span
  >`;
}

/**
 * A whole HTML document: the skeleton both kinds of page share, around a head (with the stylesheet and script tags of
 * Astro's build) and a body.
 *
 * @example htmlDocument('en', html`<title>T</title>`, html`<p>Hi</p>`) // '<!DOCTYPE html><html lang="en" …</html>'
 */
export function htmlDocument(lang: Lang, head: Html, body: Html, bodyClass?: string): string {
  const open = `<!DOCTYPE html><html lang="${lang}" dir="ltr">`;
  return `${open}<head>${head.value}</head><body${attr('class', bodyClass).value}>${body.value}</body></html>`;
}

/** A page in a language written outside Astro: its frame around its parts, with Astro's asset tags in the head. */
export function pageDocument(
  props: FrameProps,
  parts: { head?: Html; breadcrumbs: Html; main: Html },
  assets: Html,
): string {
  return htmlDocument(
    props.lang,
    html`${frameHead(props)}${parts.head}${assets}`,
    frameBody(props, parts.breadcrumbs, parts.main),
  );
}
