/**
 * The checks of what content files say about each other: a report's participants, venue and network name known
 * entities, entity ids are unique across the entity files, and a report's issuer is a body that holds meetings.
 */
import { z } from 'astro/zod';
import { ISSUING_KINDS } from '../schemas/index.ts';
import { at, NOTHING, type YamlSource } from './content-yaml.ts';
import type { Problem } from './problems.ts';

/** The entity files, by collection name. */
export type CollectionName = 'countries' | 'organizations' | 'initiatives';

const SINGULAR: Record<CollectionName, string> = {
  countries: 'country',
  organizations: 'organization',
  initiatives: 'initiative',
};

/**
 * The reference schema of the report and entity schemas (`reportSchema(ref)`): `ref('countries')` accepts the id of
 * an entry of `content/countries.yaml` and turns it into `{ collection, id }`. References are checked against the ids
 * the files declare, so a typo in a participant is caught even when the entity file itself has problems. A file that
 * cannot be read at all (a bad byte, a YAML error) leaves its references unchecked: each says so ("cannot be checked
 * until …"). Never throws; an unknown id is a zod issue.
 * Example: `referenceSchema(raw)('countries').safeParse('xx').error?.issues[0]?.message` →
 * `'"xx" is not a known country id (see content/countries.yaml)'`.
 */
export function referenceSchema(raw: Record<CollectionName, YamlSource>) {
  const declared = (source: YamlSource): Set<string> | undefined =>
    source.data === NOTHING.data ? undefined : idsOf(source.data);
  const known: Record<CollectionName, Set<string> | undefined> = {
    countries: declared(raw.countries),
    organizations: declared(raw.organizations),
    initiatives: declared(raw.initiatives),
  };
  return (collection: CollectionName) =>
    z
      .string()
      .refine((id) => known[collection]?.has(id) ?? false, {
        error: (issue) =>
          known[collection] === undefined
            ? `cannot be checked until content/${collection}.yaml can be read (see its own problem)`
            : `"${String(issue.input)}" is not a known ${SINGULAR[collection]} id (see content/${collection}.yaml)`,
      })
      .transform((id) => ({ collection, id }));
}

/**
 * The `network` must be a body whose meetings produce documents: an organization of kind `network` or `rcm-body`
 * (`ISSUING_KINDS`). `organizations` is the raw list of `content/organizations.yaml`; an unknown id is left to the
 * reference check. Example: `issuerProblems('oim', organizations, file, place)` → one problem naming kind
 * `international-organization`.
 */
export function issuerProblems(
  id: string,
  organizations: unknown,
  file: string,
  place: { line: number; column?: number },
): Problem[] {
  const organization = Array.isArray(organizations)
    ? (organizations as unknown[]).find(
        (candidate) => candidate !== null && typeof candidate === 'object' && 'id' in candidate && candidate.id === id,
      )
    : undefined;
  const kind =
    organization !== null && typeof organization === 'object' && 'kind' in organization
      ? String(organization.kind)
      : undefined;
  if (kind === undefined || (ISSUING_KINDS as readonly string[]).includes(kind)) return [];
  return [
    {
      file,
      ...place,
      where: 'network',
      message:
        `"${id}" is an organization of kind ${kind}; it must be the network or RCM ` +
        `body whose meeting produced the document ` +
        `(kind ${ISSUING_KINDS.join(' or ')} in content/organizations.yaml)`,
    },
  ];
}

/**
 * Ids must be unique across entity files, so an item's `also="…"` names one entity: one problem per id already used
 * in another file. Example: `sharedIds(raw)` → `[{ file: 'content/initiatives.yaml', where: 'id', message: '"x" is
 * already the id of an entry in content/countries.yaml; …' }]`.
 */
export function sharedIds(raw: Record<CollectionName, YamlSource & { file: string }>): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const source of Object.values(raw)) {
    (source.data as unknown[]).forEach((entry, index) => {
      const id =
        entry !== null && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string'
          ? entry.id
          : undefined;
      if (id === undefined) return;
      const other = owner.get(id);
      if (other !== undefined && other !== source.file) {
        problems.push({
          file: source.file,
          ...at(source, [index, 'id']),
          where: 'id',
          message: `"${id}" is already the id of an entry in ${other}; ids must be unique across entity files`,
        });
      }
      owner.set(id, source.file);
    });
  }
  return problems;
}

function idsOf(data: unknown): Set<string> {
  if (!Array.isArray(data)) return new Set();
  return new Set(
    data.flatMap((entry: unknown) =>
      entry !== null && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? [entry.id] : [],
    ),
  );
}
