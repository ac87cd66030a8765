/**
 * The search page's answer to a query that is a reference to a meeting or an item (issue 20, part 4): the page says
 * where it goes ("Opening item 2.d of the report of 27 November 2017.") and replaces itself with that page, so Back
 * returns to where the reader searched from; when the meeting or the item does not exist, it says so and lists what
 * there is (the meeting's items, or the reports of that year). Loaded by src/scripts/search.ts only for a query that
 * `mayBeReference`; the reading is src/lib/citation-query.ts, the wording comes from the page.
 */
import type { Lang } from '../schemas/common.ts';
import { readReference, resolveReference } from '../lib/citation-query.ts';
import { formatDate } from '../lib/dates.ts';
import { shownNumber } from '../lib/item-number.ts';
import { meetingsOfYear } from '../lib/meetings-data.ts';
import { itemPath, pagePath, reportPath, reportsIndexPath } from '../lib/urls.ts';

/**
 * Shows and follows the reference a query makes. Returns false when the query is none, or the list of meetings cannot
 * be had: the page then searches the words. With `follow` false (the search dialog, whose query is still being typed)
 * the page is not left: the first link offers it ("Go to item 2.d of the report of 27 November 2017").
 * @example if (await followReference(root, '2017-11-27 2.d')) return;
 */
export async function followReference(root: HTMLElement, query: string, follow = true): Promise<boolean> {
  const reference = readReference(query);
  const meetings = reference && (await meetingsOfYear(reference.report.slice(0, 4)));
  const status = root.querySelector('[role=status]');
  const list = root.querySelector('ol');
  if (!reference || !meetings || !status || !list) return false;
  const lang = document.documentElement.lang as Lang;
  const text = root.dataset;
  const date = formatDate(reference.report.slice(0, 10), lang);
  const say = (key: string) =>
    (text[key] ?? '')
      .replace('{date}', date)
      .replace('{number}', shownNumber(reference.item ?? ''))
      .replace('{year}', reference.report.slice(0, 4));
  const link = (path: string, label: string) => {
    const anchor = Object.assign(document.createElement('a'), { href: pagePath(lang, path), textContent: label });
    list.append(Object.assign(document.createElement('li'), { className: 'result' }));
    list.lastElementChild?.append(anchor);
  };
  const answer = resolveReference(reference, meetings);
  if ('to' in answer) {
    const key = reference.item ? 'Item' : 'Report';
    status.textContent = say(follow ? `cite${key}` : `citeGo${key}`);
    link(answer.to, status.textContent);
    if (follow) location.replace(pagePath(lang, answer.to));
  } else if (answer.missing === 'item') {
    status.textContent = say('citeNoItem');
    for (const number of answer.items) link(itemPath(reference.report, number), shownNumber(number));
  } else {
    status.textContent = `${say('citeNoReport')} ${answer.reports.length ? say('citeYear') : ''}`.trim();
    for (const id of answer.reports) link(reportPath(id), formatDate(id.slice(0, 10), lang));
    link(reportsIndexPath(), text['allReports'] ?? '');
  }
  return true;
}
