/**
 * A page that belongs to no language (`/`, the `/id/…` identifiers): a title
 * in both languages and one link per language. With JavaScript the reader is
 * taken to their language; without it, they choose.
 */
import { AUTONYMS, useTranslations } from '../i18n.ts';
import { absoluteUrl, type LocalPath, pagePath } from '../urls.ts';
import { LANGS, type Lang } from '../../schemas/index.ts';
import { type Html, html } from '../html.ts';
import { commonHead, htmlDocument, languageAlternates, previewNotice } from './frame.ts';

/** What a language entry shows and where it leads. */
export interface EntryProps {
  /** Title per language. */
  titles: Record<Lang, string>;
  /** Line under each language's link. */
  taglines: Record<Lang, string>;
  /** The page each link leads to: the same path in each language. */
  path: LocalPath;
  /** This page's own URL path, for its canonical link when it is the x-default. */
  self: string;
  /** Whether this page is the x-default alternate (the home entry) or English is (identifiers). */
  selfIsDefault: boolean;
  /** The site's origin, for absolute URLs. */
  site: URL | string;
}

/** The entry's <head> content (without the stylesheet, which the build supplies). */
export function entryHead({ titles, taglines, path, self, selfIsDefault, site }: EntryProps): Html {
  const canonical = absoluteUrl(selfIsDefault ? self : pagePath('en', path), site);
  // Only the chooser declares alternates (the homes declare it back); an identifier is no language
  // version of its item (the item pages do not list it), so it has a canonical link and no alternates.
  const alternates =
    selfIsDefault &&
    html`${languageAlternates(path, site)}<link rel="alternate" hreflang="x-default" href="${canonical}" />`;
  return html`${commonHead(
      LANGS.map((lang) => titles[lang]).join(' · '),
      LANGS.map((lang) => taglines[lang]).join(' '),
    )}<link
      rel="canonical"
      href="${canonical}"
    />${alternates}${!selfIsDefault && html`<meta name="robots" content="noindex" />`}
    <script src="/scripts/choose-language.js" defer></script>`;
}

/** The entry's <body> content. */
export function entryBody({ titles, taglines, path, site }: EntryProps): Html {
  return html`${previewNotice(site, LANGS)}
    <main id="main" class="wrap entry__main">
      <h1 class="entry__title">${LANGS.map((lang) => html`<span lang="${lang}">${titles[lang]}</span>`)}</h1>
      <ul class="entry__choices">
        ${LANGS.map(
          (lang) =>
            html`<li lang="${lang}">
              <a class="entry__choice" href="${pagePath(lang, path)}" hreflang="${lang}" data-choose-language="${lang}"
                ><span class="entry__choose">${useTranslations(lang)('entry.choose')}</span>
                <span class="entry__lang">${AUTONYMS[lang]}</span>
                <span class="entry__tagline">${taglines[lang]}</span></a
              >
            </li>`,
        )}
      </ul>
    </main>`;
}

/** The class of the entry's <body>. */
export const ENTRY_BODY_CLASS = 'entry';

/** A language entry written outside Astro, with the stylesheet tag of Astro's build. */
export function entryDocument(props: EntryProps, stylesheet: Html): string {
  return htmlDocument('en', html`${entryHead(props)}${stylesheet}`, entryBody(props), ENTRY_BODY_CLASS);
}
