/**
 * `npm run actions`: prints, for every item of every report, the actions read from it (actor, kind, deadline,
 * condition, subject) and their status as of today. With `--follow-ups`, prints instead the likely follow-ups no
 * item declares yet (same actor and initiative at a later meeting): suggestions only, nothing is written; add
 * `followsUp="report:number#k"` (one action, as printed) or `"report:number"` (every action of the item) to the later
 * `<Item>` in both languages when one is right (docs/actions.md).
 * Usage: node scripts/actions.ts [--follow-ups] [--lang en|es] [report-id]
 */
import { actionPlace, actionStatus, suggestFollowUps } from '../src/lib/action-status.ts';
import type { Action } from '../src/lib/actions.ts';
import { reportsIn } from '../src/lib/archive.ts';
import { commandLine, runCli } from '../src/lib/cli.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { UserError } from '../src/lib/problems.ts';
import { LANGS, type Lang } from '../src/schemas/index.ts';

const USAGE = 'npm run actions -- [--follow-ups] [--lang en|es] [report-id]';

/**
 * One action as one line: where (`2016-11-15 2#3`: report, item and the action's place k, as a `followsUp` word
 * names it and as its id `2016-11-15/2/3` in /data/actions.json), who, what, by when, on what condition, about what.
 */
function line(action: Action, place: number, status: string): string {
  return [
    `${action.lang} ${action.reportId} ${`${action.number}#${place}`.padEnd(6)}`,
    `${action.actors.join('+')} ${action.kind}`,
    ...(action.requestedBy ? [`(requested by ${action.requestedBy.join('+')})`] : []),
    ...(action.deadline ? [`deadline=${action.deadline.interval} ("${action.deadline.stated}")`] : []),
    ...(action.condition ? [`condition="${action.condition.stated}"`] : []),
    `about=${action.subject.initiatives.join(',')}`,
    status,
  ].join(' ');
}

runCli(() => {
  const { values, positionals } = commandLine(
    { options: { 'follow-ups': { type: 'boolean' }, lang: { type: 'string' } }, allowPositionals: true },
    USAGE,
  );
  const lang = (values.lang ?? 'en') as Lang;
  if (!LANGS.includes(lang)) throw new UserError(`--lang ${lang}: write --lang en or --lang es`);
  const archive = loadArchiveFromFiles();
  const only = positionals[0];
  const today = new Date().toISOString().slice(0, 10);
  if (values['follow-ups']) {
    const suggestions = suggestFollowUps(archive, lang).filter(({ action }) => !only || action.reportId === only);
    if (suggestions.length === 0) return 'no undeclared follow-ups found';
    return suggestions
      .map(({ action, item }) => {
        const earlier = line(action, actionPlace(archive, action), '');
        return `${item.reportId} item ${item.number} may follow up: ${earlier}`.trimEnd();
      })
      .join('\n');
  }
  return reportsIn(archive, lang)
    .filter((report) => !only || report.id === only)
    .flatMap((report) => report.items.flatMap((item) => item.actions))
    .map((action) => {
      const status = actionStatus(action, today, archive);
      const by = status.followUps.map((ref) => `${ref.reportId}:${ref.number}`).join(',');
      return line(
        action,
        actionPlace(archive, action),
        `status=${status.state}${by ? ` by ${by}` : ''} as of ${status.asOf}`,
      );
    })
    .join('\n');
});
