/**
 * The page that belongs to no language (`/`): a title
 * in both languages and one link per language. With JavaScript the reader is
 * taken to their language; without it, they choose.
 */
import { AUTONYMS, useTranslations } from '../i18n.ts';
import { absoluteUrl, type LocalPath, pagePath } from '../urls.ts';
import { LANGS, type Lang } from '../../schemas/index.ts';
import { type Html, html } from '../html.ts';
import { commonHead, languageAlternates, previewNotice } from './frame.ts';

/** What a language chooser shows and where it leads. */
export interface LanguageChooserProps {
  /** Title per language. */
  titles: Record<Lang, string>;
  /** Line under each language's link. */
  taglines: Record<Lang, string>;
  /** The page each link leads to: the same path in each language. */
  path: LocalPath;
  /** The site's origin, for absolute URLs. */
  site: URL | string;
}

/** The language chooser's <head> content (without the stylesheet, which the build supplies). */
export function languageChooserHead({ titles, taglines, path, site }: LanguageChooserProps): Html {
  // The chooser is `/`, the x-default alternate.
  const canonical = absoluteUrl('/', site);
  // The chooser declares the alternates, the homes declare it back.
  return html`${commonHead(
      LANGS.map((lang) => titles[lang]).join(' · '),
      LANGS.map((lang) => taglines[lang]).join(' '),
    )}<link rel="canonical" href="${canonical}" />${languageAlternates(path, site)}<link
      rel="alternate"
      hreflang="x-default"
      href="${canonical}"
    />
    <script src="/scripts/choose-language.js" defer></script>`;
}

/** The language chooser's <body> content. */
export function languageChooserBody({ titles, taglines, path, site }: LanguageChooserProps): Html {
  return html`${previewNotice(site, LANGS)}
    <main id="main" class="wrap entry__main">
      <h1 class="entry__title">${LANGS.map((lang) => html`<span lang="${lang}">${titles[lang]}</span> `)}</h1>
      <ul class="entry__choices">
        ${LANGS.map(
          (lang) =>
            html`<li lang="${lang}">
              <a class="entry__choice" href="${pagePath(lang, path)}" hreflang="${lang}" data-choose-language="${lang}"
                ><span class="entry__choose">${useTranslations(lang)('languageChooser.choose')}</span>
                <span class="entry__lang">${AUTONYMS[lang]}</span>
                <span class="entry__tagline">${taglines[lang]}</span></a
              >
            </li>`,
        )}
      </ul>
    </main>`;
}

/** The class of the language chooser's <body> (its CSS block, `entry`). */
export const LANGUAGE_CHOOSER_CLASS = 'entry';
