/**
 * Astro's view of the content model. The schemas themselves live in
 * `src/schemas/` (one file per concern, every field documented) so that
 * scripts and tests validate with exactly the same rules; here they are bound
 * to Astro's loaders and `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content-files.ts';
import { countrySchema, initiativeSchema, organizationSchema, reportSchema } from './schemas/index.ts';

/** One MDX file per report per language: `content/reports/{lang}/{id}.mdx`. */
const reports = defineCollection({
  // deferRender: the site never renders report bodies through Astro (items.ts does), so none are loaded eagerly.
  loader: glob({ pattern: '*/*.mdx', base: `${CONTENT_DIR}/reports`, deferRender: true }),
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
