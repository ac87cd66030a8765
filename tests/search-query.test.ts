/**
 * The search page's reading of a query (src/lib/search-query.ts): which terms must match whole, and when a query
 * names a subject. How Pagefind answers is pinned in Chromium by tests/search-golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fold, namesSubject, numberTerms, PAGEFIND_OPTIONS } from '../src/lib/search-query.ts';

describe('search query', () => {
  it('takes the terms with a digit as Pagefind indexes them, to be matched whole', () => {
    expect(numberTerms('2019')).toEqual(['2019']);
    expect(numberTerms('item 2.d of 2017,')).toEqual(['2d', '2017']);
    expect(numberTerms('joint consulates')).toEqual([]);
    // A quoted query is an exact search already.
    expect(numberTerms('"phase 2"')).toEqual([]);
  });

  it('a query names a subject by its title, its name or its acronym, accents and case aside', () => {
    const iom = 'Organización Internacional para las Migraciones (OIM)';
    expect(namesSubject('oim', iom)).toBe(true);
    expect(namesSubject('organizacion internacional para las migraciones', iom)).toBe(true);
    expect(namesSubject('oim', 'Programa Mesoamérica de la OIM')).toBe(false);
    expect(namesSubject('Panama', 'Panamá')).toBe(true);
    expect(fold('  Panamá, ¿MICIC?  ')).toBe('panama micic');
  });

  it('marks cut excerpts with "…" and ranks by the text alone, never the meta', () => {
    expect(PAGEFIND_OPTIONS.excerptEllipsis).toBe('…');
    expect(Object.values(PAGEFIND_OPTIONS.ranking.metaWeights).every((weight) => weight === 0)).toBe(true);
    expect(Object.keys(PAGEFIND_OPTIONS.ranking.metaWeights)).toEqual(
      expect.arrayContaining(['title', 'date', 'venue']),
    );
  });
});
