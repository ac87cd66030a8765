/**
 * The static paths of every page family, so each route file is only
 * "get data, hand it to the layout". Every page exists in every language. A path's props name what the page shows
 * (its language, its report, item or entity), not the archive: each page computes its data from the archive once
 * (`src/lib/page-data.ts`), and its props are typed by `InferGetStaticPropsType<typeof getStaticPaths>`.
 */
import { LANGS, type Lang } from '../schemas/index.ts';
import type { Report, ReportItem } from './archive.ts';
import { entityRoles } from './entity-listing.ts';
import { ROLES, type Role } from './roles.ts';
import { getArchive } from './site-archive.ts';
import type { Country, Initiative, Organization } from '../schemas/index.ts';

/** Paths for pages that exist once per language. */
export function langPaths(): { params: { lang: Lang }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Props of a report page. */
export interface ReportPageProps {
  /** The page's language. */
  lang: Lang;
  /** The report in that language. */
  report: Report;
}

/** One path per report per language. */
export async function reportPaths(): Promise<{ params: { lang: Lang; report: string }; props: ReportPageProps }[]> {
  const archive = await getArchive();
  return archive.reports.map((report) => ({
    params: { lang: report.lang, report: report.id },
    props: { lang: report.lang, report },
  }));
}

/** Props of an item page. */
export interface ItemPageProps extends ReportPageProps {
  /** The item shown. */
  item: ReportItem;
}

/** One path per item and sub-item per report per language: `items/2` or `items/2/d`. */
export async function itemPaths(): Promise<
  { params: { lang: Lang; report: string; item: string }; props: ItemPageProps }[]
> {
  const archive = await getArchive();
  return archive.reports.flatMap((report) =>
    report.items.map((item) => ({
      params: {
        lang: report.lang,
        report: report.id,
        item: item.letter === undefined ? item.numberedItem : `${item.numberedItem}/${item.letter}`,
      },
      props: { lang: report.lang, report, item },
    })),
  );
}

/** Props of a country page. */
export interface CountryPageProps {
  /** The page's language. */
  lang: Lang;
  /** The country shown. */
  country: Country;
}

/** One path per country per language. */
export async function countryPaths(): Promise<{ params: { lang: Lang; country: string }; props: CountryPageProps }[]> {
  const archive = await getArchive();
  return LANGS.flatMap((lang) =>
    [...archive.countries.values()].map((country) => ({
      params: { lang, country: country.id },
      props: { lang, country },
    })),
  );
}

/** Props of an initiative page. */
export interface InitiativePageProps {
  /** The page's language. */
  lang: Lang;
  /** The initiative shown. */
  initiative: Initiative;
}

/** One path per initiative per language. */
export async function initiativePaths(): Promise<
  { params: { lang: Lang; initiative: string }; props: InitiativePageProps }[]
> {
  const archive = await getArchive();
  return LANGS.flatMap((lang) =>
    [...archive.initiatives.values()].map((initiative) => ({
      params: { lang, initiative: initiative.id },
      props: { lang, initiative },
    })),
  );
}

/** Props of an organization page. */
export interface OrganizationPageProps {
  /** The page's language. */
  lang: Lang;
  /** The organization shown. */
  organization: Organization;
}

/** One path per organization per language. */
export async function organizationPaths(): Promise<
  { params: { lang: Lang; organization: string }; props: OrganizationPageProps }[]
> {
  const archive = await getArchive();
  return LANGS.flatMap((lang) =>
    [...archive.organizations.values()].map((organization) => ({
      params: { lang, organization: organization.id },
      props: { lang, organization },
    })),
  );
}

/** Props of an entity's role view (`/en/countries/mexico/offered/`). */
export interface EntityRolePageProps {
  /** The page's language. */
  lang: Lang;
  /** The entity's id. */
  id: string;
  /** The role the view lists. */
  role: Role;
}

/**
 * One path per country or organization, language and role it has in at least one item of either language
 * (`entityRoles`): 72 pages at the bench's 1,000 reports (docs/entity-pages.md). `param` names the route's parameter.
 */
export async function entityRolePaths<P extends string>(
  kind: 'countries' | 'organizations',
  param: P,
): Promise<{ params: { lang: Lang; role: Role } & Record<P, string>; props: EntityRolePageProps }[]> {
  const archive = await getArchive();
  // A view exists in every language when the entity has the role in any: the language switch never leads nowhere.
  const roles = (id: string) =>
    ROLES.filter((role) => LANGS.some((lang) => entityRoles(archive, lang, kind, id).includes(role)));
  return LANGS.flatMap((lang) =>
    [...archive[kind].keys()].flatMap((id) =>
      roles(id).map((role) => ({
        params: { lang, role, [param]: id } as { lang: Lang; role: Role } & Record<P, string>,
        props: { lang, id, role },
      })),
    ),
  );
}
