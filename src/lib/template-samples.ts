/**
 * One page of each of the site's templates, for the checks that look at every template (header, targets, sideways
 * scroll, axe) and for `npm run screenshots`: one list, so that a template added to the site is added once.
 */
import { LANGS } from './locales.ts';

/** Paths inside a language (`/en/…`, `/es/…`) of one page of each template with languages. */
export const TEMPLATE_SAMPLES = [
  '',
  'reports/',
  'reports/2017-11-27/',
  'reports/2017-11-27/actions/',
  'reports/2017-11-27/items/2/d/',
  'search/?q=joint+consulates',
  'initiatives/',
  'initiatives/micic/',
  'organizations/',
  'organizations/iom/',
  'organizations/iom/committed/',
  'countries/',
  'countries/panama/',
  'countries/panama/offered/',
  'glossary/',
  'actions/',
] as const;

/**
 * The pages of `TEMPLATE_SAMPLES` in both languages, after the pages without one (the root language chooser, the 404
 * page), as site paths.
 * @example templatePages()[0] // '/'
 */
export function templatePages(): string[] {
  return ['/', '/404.html', ...LANGS.flatMap((lang) => TEMPLATE_SAMPLES.map((path) => `/${lang}/${path}`))];
}
