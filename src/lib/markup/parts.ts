/**
 * Parts shown on item pages and on Astro's pages alike: breadcrumbs, the
 * translation notice, lists of items by meeting, and the citation block. The
 * Astro components of the same names only hand their props to these.
 */
import type { Report, ReportItem } from '../archive.ts';
import { CITATION_FORMATS, CITATION_STYLES, type Citation, citationDownload, renderStyle } from '../citation.ts';
import { INTL_LOCALE, languageName, useTranslations } from '../i18n.ts';
import type { MeetingItems } from '../page-data.ts';
import { reportTitle } from '../present.ts';
import { itemPath, type LocalPath, pagePath, reportPath } from '../urls.ts';
import type { Lang } from '../../schemas/index.ts';
import { attr, type Html, html, raw } from '../html.ts';

/** Props of the breadcrumbs. */
export interface BreadcrumbsProps {
  /** The page's language. */
  lang: Lang;
  /** Steps before the current page, each with its link. */
  trail: { label: string; href: string }[];
  /** The current page's short name. */
  current: string;
}

/** A trail from the home page to the current page; the last step is the page itself. */
export function breadcrumbs({ lang, trail, current }: BreadcrumbsProps): Html {
  const t = useTranslations(lang);
  return html`<nav class="breadcrumbs wrap" aria-label="${t('nav.breadcrumb')}">
    <ol>
      ${trail.map((step) => html`<li><a href="${step.href}">${step.label}</a></li>`)}
      <li><span aria-current="page">${current}</span></li>
    </ol>
  </nav>`;
}

/** Props of the translation notice. */
export interface TranslationNoticeProps {
  /** The page's language. */
  lang: Lang;
  /** The report whose text the page shows. */
  report: Report;
  /** The page's path inside its language; the original's page has the same path. */
  path: LocalPath;
}

/**
 * On a page that shows a translated text: whose translation it is, and a link to the same page in the original
 * language.
 */
export function translationNotice({ lang, report, path }: TranslationNoticeProps): Html {
  const translation = report.data.translation;
  if (translation.status !== 'translation') return html``;
  const t = useTranslations(lang);
  const language = languageName(translation.from, lang);
  return html`<aside class="notice${translation.official ? '' : ' notice--unofficial'}" role="note">
    <p>
      <strong>${t(translation.official ? 'translation.official' : 'translation.unofficial', { language })}</strong>
      <a href="${pagePath(translation.from, path)}" hreflang="${translation.from}"
        >${t('translation.readOriginal', { language })}</a
      >
    </p>
  </aside>`;
}

/** Props of a list of items by meeting. */
export interface ItemListProps {
  /** The page's language. */
  lang: Lang;
  /** The items to show, by meeting, in order (`byMeeting`). */
  meetings: MeetingItems[];
  /** Show the roles of this entity id next to each item. */
  rolesOf?: string | undefined;
  /** Heading level of the meeting headings. */
  level?: 2 | 3 | undefined;
}

/**
 * Items from one or more meetings, grouped by meeting, in the given order:
 * the meeting (title, venue, link), then each item's number (linked to its
 * page), text, and, when `rolesOf` is given, what that entity does in it.
 */
export function itemList({ lang, meetings, rolesOf, level = 3 }: ItemListProps): Html {
  const heading = raw(`h${level}`);
  return html`<div class="item-list">
    ${meetings.map(
      ({ report, place, items }) =>
        html`<section class="item-list__meeting"><${heading} class="item-list__heading"><a
                href="${pagePath(lang, reportPath(report.id))}"
                >${reportTitle(report, lang)}</a
              > <span class="item-list__venue">${place}</span></${heading}><ol class="item-list__items">${items.map(
                (item) => itemListEntry(lang, report, item, rolesOf),
              )}</ol></section>`,
    )}
  </div>`;
}

/** One item of `itemList`: its number linked to its page, its roles of `rolesOf` if asked, its text. */
function itemListEntry(lang: Lang, report: Report, item: ReportItem, rolesOf: string | undefined): Html {
  const t = useTranslations(lang);
  const roles = rolesOf === undefined ? undefined : item.roles[rolesOf];
  return html`<li>
    <a class="item-list__number" href="${pagePath(lang, itemPath(report.id, item.number))}"
      >${t('item.title', { number: item.shown })}</a
    >
    ${roles && html`<span class="roles">${roles.map((role) => t(`role.${role}`)).join(' · ')}</span>`}
    <div class="item-list__text">${raw(item.html)}</div>
  </li>`;
}

/** Props of the citation block. */
export interface CitationBlockProps {
  /** The page's language. */
  lang: Lang;
  /** What to cite. */
  citation: Citation;
  /** Unique id prefix on the page. */
  id: string;
  /** SHA-256 of the cited text, for an item. */
  hash?: string | undefined;
  /** Fold into a <details> (report pages). */
  compact?: boolean | undefined;
  /**
   * For a compact block: the path of the item's page (`/en/reports/2017-11-27/items/2/d/`), whose citation block
   * (`#cite`) offers the downloads.
   */
  downloadsAt?: string | undefined;
}

/**
 * "Cite this": the citation sentence (on the page without JavaScript) with an
 * empty slot the copy script fills with the access date ("accessed 30 November
 * 2026") when it is copied or printed, a copy button (shown by the script) and
 * a live region for what happened, and for an item the SHA-256 of its text.
 * The full block (not `compact`) also offers downloads in CSL-JSON, RIS and
 * BibTeX (`citationDownloads`), the citation in APA and Chicago (a <details>,
 * readable without JavaScript, one copy button each) and, in print without
 * JavaScript, a labelled blank line for the access date. `compact` folds the
 * sentence into a <details> for the items of a report page, with a link to
 * the downloads on the item's own page (`downloadsAt`): 21 items' files would
 * put a report page over its byte budget (`PAGE_BUDGETS`).
 */
export function citationBlock({ lang, citation, id, hash, compact = false, downloadsAt }: CitationBlockProps): Html {
  const t = useTranslations(lang);
  // Each button has its own live region beside it, and a style's button names its style for screen readers.
  const copy = (target: string, style?: string) =>
    html`<button
        type="button"
        data-copy="${target}"
        ${attr('aria-label', style === undefined ? undefined : t('cite.copyStyle', { style }))}
        hidden
      >
        ${t('cite.copy')}
      </button>
      <span
        role="status"
        class="cite__status"
        data-copied="${t('cite.copied')}"
        data-copy-help="${t('cite.copyHelp')}"
      ></span>`;
  // In print without JavaScript, a labelled blank line for the reader to write the access date on.
  const blank =
    !compact &&
    html`<p class="print-only cite__blank" data-accessed-blank>${t('cite.accessedLabel')} ________________</p>`;
  const body = html`<p class="cite__text" id="${id}-text">
      ${citation.text}<span
        class="cite__accessed"
        data-accessed="${t('cite.accessed', { date: '{date}' })}"
        data-locale="${INTL_LOCALE[lang]}"
        hidden
      ></span>
    </p>
    <p class="cite__actions">
      ${copy(`${id}-text`)}
      ${
        compact
          ? downloadsAt !== undefined && html`<a href="${downloadsAt}#cite">${t('cite.downloadsOnItemPage')}</a>`
          : citationDownloads(lang, citation)
      }
    </p>
    ${!compact && citationStyles(lang, citation, id, copy)}${
      hash !== undefined &&
      html`<dl class="facts cite__hash">
        <div>
          <dt>${t('cite.hash')}</dt>
          <dd>
            <code>${hash}</code>
            <p class="note">${t('cite.hashHelp')}</p>
          </dd>
        </div>
      </dl>`
    }${blank}`;
  return compact
    ? html`<details class="cite cite--compact">
        <summary>${t('cite.short')}</summary>
        ${body}
      </details>`
    : html`<section class="cite" ${attr('aria-labelledby', id)}>
        <h2 id="${id}">${t(citation.number ? 'cite.itemTitle' : 'cite.reportTitle')}</h2>
        ${body}
      </section>`;
}

/**
 * "Download the citation as CSL-JSON · RIS · BibTeX": `data:` links (RFC 2397) that carry the files themselves, each
 * with its media type and a `download` file name (`citationDownload`), so no file sits beside the page and saving one
 * needs no JavaScript.
 * @example citationDownloads('en', citation).value
 *   // 'Download the citation as <a href="data:application/vnd.citationstyles.csl+json;charset=utf-8,%5B…" …'
 */
export function citationDownloads(lang: Lang, citation: Citation): Html {
  const links = CITATION_FORMATS.map(({ format, type, label }, index) => {
    const { name, href } = citationDownload(citation, format);
    return html`${index > 0 && ' · '}<a href="${href}" type="${type}" download="${name}">${label}</a>`;
  });
  return html`${useTranslations(lang)('cite.download')} ${links}`;
}

/** The citation in each CSL style of `CITATION_STYLES`, rendered at build time, each with its copy button. */
function citationStyles(
  lang: Lang,
  citation: Citation,
  id: string,
  copy: (target: string, style?: string) => Html,
): Html {
  const t = useTranslations(lang);
  return html`<details class="cite__styles">
    <summary>${t('cite.styles')}</summary>
    <dl>
      ${CITATION_STYLES.map(
        ({ style, label }) =>
          html`<dt>${label[lang]}</dt>
            <dd>
              <p class="cite__style" id="${id}-${style}" data-style="${style}">${renderStyle(citation, style)}</p>
              <p class="cite__actions">${copy(`${id}-${style}`, label[lang])}</p>
            </dd>`,
      )}
    </dl>
  </details>`;
}
