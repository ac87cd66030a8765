/**
 * `TEMPLATE_SAMPLES` (src/lib/template-samples.ts) holds a page of every page template of `src/pages/`, so that the
 * checks over every template and `npm run screenshots` do not miss one added later.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templatePages } from '../src/lib/template-samples.ts';

/** Routes no sample can show on the seed archive: a changed URL's page exists only once content/changes.yaml declares one. */
const UNSAMPLED = ['[lang]/[...changed].astro'];

/** The page templates of `src/pages/` (Astro pages, not endpoints), as paths inside it. */
const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.astro'))
  .map((file) => file.replaceAll('\\', '/'));

/** A route file as the site paths it answers (Astro's file-based routing): `[x]` one segment, `[...x]` several. */
function routePattern(file: string): RegExp {
  if (file === '404.astro') return /^\/404\.html$/;
  const path = file.replace(/\.astro$/, '/').replace(/(^|\/)index\/$/, '$1');
  const pattern = path
    .split('/')
    .map((segment) => segment.replace(/^\[\.\.\.\w+\]$/, '.+').replace(/^\[\w+\]$/, '[^/]+'))
    .join('/');
  return new RegExp(`^/${pattern}$`);
}

describe('template samples', () => {
  it('finds the page templates', () => expect(routes.length).toBeGreaterThan(15));

  it.for(routes.filter((route) => !UNSAMPLED.includes(route)))('%s has a sample page', (route) => {
    const pattern = routePattern(route);
    expect(templatePages().filter((page) => pattern.test(page.split('?')[0] ?? ''))).not.toEqual([]);
  });
});
