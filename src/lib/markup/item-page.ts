/**
 * An item's permanent page: the item, its place in the report (parent,
 * sub-items, previous and next), what it mentions, related items of other
 * meetings, its citation (with downloads and the text's hash), and its
 * permanent URL written out.
 */
import type { Archive, Report, ReportItem } from '../archive.ts';
import { textHash } from '../citation.ts';
import { useTranslations } from '../i18n.ts';
import { type ItemPageData, itemPageData, permanentUrl } from '../page-data.ts';
import { excerpt } from '../present.ts';
import { itemJsonLd, serializeJsonLd } from '../structured-data.ts';
import { absoluteUrl, identifierPath, itemAnchor, itemPath, pagePath, reportPath, reportsIndexPath } from '../urls.ts';
import { type Html, html, raw } from '../html.ts';
import type { FrameProps } from './frame.ts';
import { breadcrumbs, citationBlock, itemList, translationNotice } from './parts.ts';

/** A page in a language, in parts: what the frame needs, extra head content, breadcrumbs and main content. */
export interface PageParts {
  /** The frame's props (title, path, description…). */
  frame: FrameProps;
  /** Extra <head> content (structured data). */
  head: Html;
  /** The breadcrumb trail. */
  breadcrumbs: Html;
  /** The main content. */
  main: Html;
}

/**
 * The parts of an item's page in its report's language, from its page data (`itemPageData`).
 *
 * @example pageDocument(itemPage(archive, report, item, site).frame, itemPage(archive, report, item, site), assets)
 */
export function itemPage(archive: Archive, report: Report, item: ReportItem, site: URL | string): PageParts {
  return itemPageParts(itemPageData(archive, report, item, site));
}

/** The parts of an item's page, from the data `itemPageData` computed once for it. */
export function itemPageParts(data: ItemPageData): PageParts {
  const { lang, report, item, site, title, reportName, path } = data;
  const t = useTranslations(lang);
  return {
    frame: { lang, title: `${title} · ${reportName}`, path, site, description: excerpt(item.text), ogType: 'article' },
    head: html`<script type="application/ld+json">
      ${raw(serializeJsonLd(itemJsonLd(report, item, site)))}
    </script>`,
    breadcrumbs: breadcrumbs({
      lang,
      trail: [
        { label: t('nav.home'), href: pagePath(lang) },
        { label: t('reports.title'), href: pagePath(lang, reportsIndexPath()) },
        { label: reportName, href: pagePath(lang, reportPath(report.id)) },
      ],
      current: title,
    }),
    main: html`${itemText(data)} ${subItems(data)} ${mentions(data)} ${related(data)}
    ${citationBlock({
      lang,
      citation: data.citation,
      id: 'cite',
      hash: textHash(item.text),
    })}
    ${permalinkFacts(data)} ${pager(data)}`,
  };
}

/** A link to another item of the same report. */
function itemHref({ lang, report }: ItemPageData, number: string): string {
  return pagePath(lang, itemPath(report.id, number));
}

/** The meeting, the title, any translation notice, the parent item, any numbering note, and the item's text. */
function itemText(data: ItemPageData): Html {
  const { lang, report, item, parent, note, path } = data;
  const t = useTranslations(lang);
  return html`<p class="kicker">
      <a href="${pagePath(lang, reportPath(report.id))}">${data.reportName}</a> · ${data.place}
    </p>
    <h1>${data.title}</h1>
    ${translationNotice({ lang, report, path })}
    ${
      parent &&
      html`<section class="context" aria-labelledby="parent">
        <h2 id="parent" class="context__title">
          <a href="${itemHref(data, parent.number)}">${t('item.partOf', { number: parent.shown })}</a>
        </h2>
        <div class="context__text">${raw(parent.html)}</div>
      </section>`
    }
    ${note && html`<p class="note numbering-note">${note}</p>`}
    <div class="item-text" id="${itemAnchor(item.number)}">
      <span class="item__number" aria-hidden="true">${item.byArchive ? item.shown : `${item.shown}.`}</span>
      <div>${raw(item.linkedHtml)}</div>
    </div>`;
}

/** The item's sub-items, each linked to its page; nothing without any. */
function subItems(data: ItemPageData): Html | false {
  const t = useTranslations(data.lang);
  return (
    data.children.length > 0 &&
    html`<section aria-labelledby="sub-items">
      <h2 id="sub-items">${t('item.subItems', { number: data.item.shown })}</h2>
      <ol class="sub-items">
        ${data.children.map(
          (child) =>
            html`<li>
              <a class="sub-items__number" href="${itemHref(data, child.number)}">${child.shown}</a>
              <div>${raw(child.linkedHtml)}</div>
            </li>`,
        )}
      </ol>
    </section>`
  );
}

/** The entities the item mentions, linked to their pages; nothing without any. */
function mentions({ lang, mentioned }: ItemPageData): Html | false {
  return (
    mentioned.length > 0 &&
    html`<section aria-labelledby="mentions">
      <h2 id="mentions">${useTranslations(lang)('item.mentions')}</h2>
      <ul class="chips">
        ${mentioned.map(
          (entity) =>
            html`<li>
              <a href="${entity.href}">${entity.name}</a>
            </li>`,
        )}
      </ul>
    </section>`
  );
}

/** Items of other meetings on the same initiatives, or a sentence saying there are none. */
function related({ lang, related }: ItemPageData): Html {
  const t = useTranslations(lang);
  return html`<section aria-labelledby="related">
    <h2 id="related">${t('item.related')}</h2>
    ${related.length > 0 ? itemList({ lang, meetings: related }) : html`<p>${t('item.relatedNone')}</p>`}
  </section>`;
}

/**
 * The permanent URL written out, the language-neutral identifier (`identifierPath`: the host leads it to the page in
 * the reader's language, docs/hosting.md) with what it is for, and the link to the item in its report.
 */
function permalinkFacts(data: ItemPageData): Html {
  const { lang, report, item } = data;
  const t = useTranslations(lang);
  const url = permanentUrl(data);
  const identifier = absoluteUrl(identifierPath(report.id, item.number), data.site);
  const inReport = `${pagePath(lang, reportPath(report.id))}#${itemAnchor(item.number)}`;
  return html`<dl class="facts facts--permalink">
    <div>
      <dt>${t('item.permanentUrl')}</dt>
      <dd><a class="permalink" href="${url}">${url}</a></dd>
    </div>
    <div>
      <dt>${t('item.identifier')}</dt>
      <dd>
        <a class="identifier" href="${identifier}">${identifier}</a>
        <span class="note">${t('item.identifierNote')}</span>
      </dd>
    </div>
    <div>
      <dt>${t('item.report')}</dt>
      <dd><a href="${inReport}">${t('item.inReport')}</a></dd>
    </div>
  </dl>`;
}

/** Links to the previous and next items of the report. */
function pager(data: ItemPageData): Html {
  const { previous, next } = data;
  const t = useTranslations(data.lang);
  return html`<nav class="pager" aria-label="${t('item.pager')}">
    ${
      previous &&
      html`<a class="pager__previous" rel="prev" href="${itemHref(data, previous.number)}"
        ><span class="pager__label">${t('item.previous')}</span> ${previous.shown}</a
      >`
    }${
      next &&
      html`<a class="pager__next" rel="next" href="${itemHref(data, next.number)}"
        ><span class="pager__label">${t('item.next')}</span> ${next.shown}</a
      >`
    }
  </nav>`;
}
