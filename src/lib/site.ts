/**
 * The origin the archive is published at. Permanent URLs and citations are
 * written with it, so it is set here once (or with SITE_URL for a staging
 * build) and never changes once published.
 */
export const SITE = process.env['SITE_URL'] ?? 'https://consular-archive.example.org';
