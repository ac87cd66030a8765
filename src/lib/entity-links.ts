/**
 * Links inside the text: in an item's HTML, the first mention of each entity
 * links to its page, and every acronym carries its expansion in an <abbr>.
 * Works on the text between tags of the small HTML items are made of
 * (paragraphs and lists), never inside an existing link.
 */
import type { Lang } from '../schemas/index.ts';
import type { MentionFinder, MentionSpan } from './mentions.ts';
import { escapeHtml } from './html.ts';
import { entityPath, pagePath } from './urls.ts';

/** What linking needs to know about an entity: its full name and acronym in a language. */
export type EntityNames = (kind: MentionSpan['kind'], id: string) => { name: string; acronym?: string | undefined };

/** Returns the item HTML with entity links and acronym expansions added. */
export function linkEntities(html: string, lang: Lang, find: MentionFinder, names: EntityNames): string {
  const linked = new Set<string>();
  let insideLink = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) insideLink++;
        if (/^<\/a>/i.test(part)) insideLink--;
        return part;
      }
      if (insideLink > 0 || part.trim() === '') return part;
      let out = '';
      let at = 0;
      for (const span of outermost(find(part, lang))) {
        const { name, acronym } = names(span.kind, span.id);
        const shown =
          acronym !== undefined && span.text === acronym
            ? `<abbr title="${escapeHtml(name)}">${span.text}</abbr>`
            : span.text;
        const key = `${span.kind}/${span.id}`;
        const wrapped = linked.has(key)
          ? shown
          : `<a class="entity" href="${pagePath(lang, entityPath(span.kind, span.id))}">${shown}</a>`;
        linked.add(key);
        out += part.slice(at, span.index) + wrapped;
        at = span.index + span.text.length;
      }
      return out + part.slice(at);
    })
    .join('');
}

/** Spans that no longer span contains, so links never nest. */
function outermost(spans: MentionSpan[]): MentionSpan[] {
  const kept: MentionSpan[] = [];
  let end = 0;
  for (const span of [...spans].sort((a, b) => a.index - b.index || b.text.length - a.text.length)) {
    if (span.index < end) continue;
    kept.push(span);
    end = span.index + span.text.length;
  }
  return kept;
}
