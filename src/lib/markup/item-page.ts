/**
 * An item's permanent page: the item, its place in the report (parent,
 * sub-items, previous and next), what it mentions, related items of other
 * meetings, its citation (with downloads and the text's hash), and its
 * permanent URL written out.
 */
import { type Archive, findItem, neighbours, type Report, type ReportItem } from '../archive.ts';
import { citationOf, textHash } from '../citation.ts';
import { relatedItems } from '../connections.ts';
import { useTranslations } from '../i18n.ts';
import { entityName, excerpt, numberingNote, placeText, reportTitle } from '../present.ts';
import { itemJsonLd, serializeJsonLd } from '../structured-data.ts';
import { absoluteUrl, entityPath, itemAnchor, itemPath, pagePath, reportPath, reportsIndexPath } from '../urls.ts';
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

/** The parts of an item's page in its report's language. */
export function itemPage(archive: Archive, report: Report, item: ReportItem, site: URL | string): PageParts {
  const lang = report.lang;
  const t = useTranslations(lang);
  const title = t('item.title', { number: item.shown });
  const note = numberingNote(item, lang);
  const reportName = reportTitle(report, lang);
  const path = itemPath(report.id, item.number);
  const reportHref = pagePath(lang, reportPath(report.id));
  const permanentUrl = absoluteUrl(pagePath(lang, path), site);
  const itemHref = (number: string) => pagePath(lang, itemPath(report.id, number));
  const parent = item.parent === undefined ? undefined : findItem(report, item.parent);
  const children = item.children.flatMap((number) => findItem(report, number) ?? []);
  const { previous, next } = neighbours(report, item);
  const mentioned = (['initiatives', 'organizations', 'countries'] as const).flatMap((kind) =>
    item.mentions[kind].map((id) => ({ kind, id })),
  );
  const related = relatedItems(archive, report, item);

  const main = html`<p class="kicker">
      <a href="${reportHref}">${reportName}</a> · ${placeText(archive, report, lang)}
    </p>
    <h1>${title}</h1>
    ${translationNotice({ lang, report, path })}
    ${
      parent &&
      html`<section class="context" aria-labelledby="parent">
        <h2 id="parent" class="context__title">
          <a href="${itemHref(parent.number)}">${t('item.partOf', { number: parent.shown })}</a>
        </h2>
        <div class="context__text">${raw(parent.html)}</div>
      </section>`
    }
    ${note && html`<p class="note numbering-note">${note}</p>`}
    <div class="item-text" id="${itemAnchor(item.number)}">
      <span class="item__number" aria-hidden="true">${item.byArchive ? item.shown : `${item.shown}.`}</span>
      <div>${raw(item.linkedHtml)}</div>
    </div>
    ${
      children.length > 0 &&
      html`<section aria-labelledby="sub-items">
        <h2 id="sub-items">${t('item.subItems', { number: item.shown })}</h2>
        <ol class="sub-items">
          ${children.map(
            (child) =>
              html`<li>
                <a class="sub-items__number" href="${itemHref(child.number)}">${child.shown}</a>
                <div>${raw(child.linkedHtml)}</div>
              </li>`,
          )}
        </ol>
      </section>`
    }
    ${
      mentioned.length > 0 &&
      html`<section aria-labelledby="mentions">
        <h2 id="mentions">${t('item.mentions')}</h2>
        <ul class="chips">
          ${mentioned.map(
            (entity) =>
              html`<li>
                <a href="${pagePath(lang, entityPath(entity.kind, entity.id))}"
                  >${entityName(archive, entity.kind, entity.id, lang)}</a
                >
              </li>`,
          )}
        </ul>
      </section>`
    }
    <section aria-labelledby="related">
      <h2 id="related">${t('item.related')}</h2>
      ${related.length > 0 ? itemList({ lang, entries: related, archive }) : html`<p>${t('item.relatedNone')}</p>`}
    </section>
    ${citationBlock({ lang, citation: citationOf(archive, report, site, item), base: pagePath(lang, path), id: 'cite', hash: textHash(item.text) })}
    <dl class="facts facts--permalink">
      <div>
        <dt>${t('item.permanentUrl')}</dt>
        <dd><a class="permalink" href="${permanentUrl}">${permanentUrl}</a></dd>
      </div>
      <div>
        <dt>${t('item.report')}</dt>
        <dd><a href="${reportHref}#${itemAnchor(item.number)}">${t('item.inReport')}</a></dd>
      </div>
    </dl>
    <nav class="pager" aria-label="${t('item.pager')}">
      ${
        previous &&
        html`<a class="pager__previous" rel="prev" href="${itemHref(previous.number)}"
          ><span class="pager__label">${t('item.previous')}</span> ${previous.shown}</a
        >`
      }${
        next &&
        html`<a class="pager__next" rel="next" href="${itemHref(next.number)}"
          ><span class="pager__label">${t('item.next')}</span> ${next.shown}</a
        >`
      }
    </nav>`;

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
        { label: reportName, href: reportHref },
      ],
      current: title,
    }),
    main,
  };
}
