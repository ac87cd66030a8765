/**
 * Astro's view of the content model. The schemas themselves live in
 * `src/schemas/` (one file per concern, every field documented) so that
 * scripts and tests validate with exactly the same rules; here they are bound
 * to Astro's loaders and `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { CONTENT_DIR, readReportFiles } from './lib/content-files.ts';
import { countrySchema, initiativeSchema, organizationSchema, reportSchema } from './schemas/index.ts';

/**
 * Reads the report MDX files as frontmatter and body. The site never renders
 * a report body as an MDX module (`items.ts` parses it into items), so unlike
 * the glob loader this one has Astro compile none: at 1,000 reports that was
 * 2,000 modules bundled for nothing.
 */
function reportFiles(base: string): Loader {
  return {
    name: 'report-files',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const load = async () => {
        store.clear();
        for (const { file, data, body } of readReportFiles(base)) {
          const id = file.replace(/^.*reports\//, '').replace(/\.mdx$/, '');
          store.set({
            id,
            data: await parseData({ id, data: data as Record<string, unknown>, filePath: file }),
            body,
            filePath: file,
            digest: generateDigest(body + JSON.stringify(data)),
          });
        }
      };
      await load();
      // In `astro dev`, an edited, added or removed report is read again.
      watcher?.add(base);
      watcher?.on('all', (_event, path) => {
        if (path.endsWith('.mdx') && path.includes('reports')) void load();
      });
    },
  };
}

/** One MDX file per report per language: `content/reports/{lang}/{id}.mdx`. */
const reports = defineCollection({
  loader: reportFiles(`${CONTENT_DIR}/reports`),
  schema: reportSchema(reference),
});

/** The RCM Member Countries. */
const countries = defineCollection({
  loader: file(`${CONTENT_DIR}/countries.yaml`),
  schema: countrySchema,
});

/** Organizations and bodies named in the reports. */
const organizations = defineCollection({
  loader: file(`${CONTENT_DIR}/organizations.yaml`),
  schema: organizationSchema(reference),
});

/** Recurring initiatives that connect meetings. */
const initiatives = defineCollection({
  loader: file(`${CONTENT_DIR}/initiatives.yaml`),
  schema: initiativeSchema(reference),
});

/** The collections Astro loads. */
export const collections = { reports, countries, organizations, initiatives };
