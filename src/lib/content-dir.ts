/**
 * Where the content lives: `content/`, or the folder named by the ARCHIVE_CONTENT environment variable for a build
 * of another copy (tests). Example: `join(CONTENT_DIR, 'countries.yaml')` → `'content/countries.yaml'`.
 */
export const CONTENT_DIR = process.env['ARCHIVE_CONTENT'] ?? 'content';
