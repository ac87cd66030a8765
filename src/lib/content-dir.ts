/**
 * Where the content lives: `content/`, or the folder named by the ARCHIVE_CONTENT environment variable for a build
 * or a command over another copy (tests). Read when asked, never when a module is imported.
 * Example: `join(defaultContentDir(), 'countries.yaml')` → `'content/countries.yaml'`.
 */
export function defaultContentDir(): string {
  return process.env['ARCHIVE_CONTENT'] ?? 'content';
}
