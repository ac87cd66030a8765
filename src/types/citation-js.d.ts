/**
 * The part of Citation.js's API the archive uses (the packages ship no types).
 * See https://citation.js.org/api/0.7/ — `Cite`, `Cite#format`, and the CSL
 * plugin's template and locale registers and its citeproc-js engine.
 */
declare module '@citation-js/core' {
  /** A list of CSL-JSON records that can be written in any registered output format. */
  export class Cite {
    /** CSL-JSON records, or a text in a registered input format (RIS, BibTeX), which is parsed. */
    constructor(data: object[] | string);
    /** The records as CSL-JSON. */
    data: Record<string, unknown>[];
    /**
     * e.g. `format('bibtex')`, `format('ris')`, `format('bibliography', { template: 'apa', lang: 'en-GB', format:
     * 'text' })`.
     */
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** Plugin configuration, e.g. `plugins.config.get('@csl').styles.add(name, xml)`. */
  export const plugins: {
    config: {
      get(name: string): {
        styles: Register;
        locales: Register;
        format?: Record<string, unknown>;
        /** The CSL plugin's citeproc-js engine for a style and locale, holding `data` (the records it may render). */
        engine?: (data: object[], style: string, locale: string, format: string) => CiteprocEngine;
      };
    };
  };
  /** citeproc-js's engine (https://citeproc-js.readthedocs.io/en/latest/running.html). */
  interface CiteprocEngine {
    /** Puts these records (by id) in the registry, replacing the ones there; returns the ids in sorted order. */
    updateItems(ids: string[]): string[];
    /** The bibliography of the registry: `[formatting parameters, entries]`. */
    makeBibliography(): [unknown, string[]];
  }
  interface Register {
    add(name: string, value: string): void;
    has(name: string): boolean;
    /** The registered value (a CSL style's or locale's XML), or undefined. */
    get(name: string): string | undefined;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex/lib/output/value.js' {
  /** A field's value as BibTeX text, LaTeX special characters escaped, e.g. `format('note', 'A & B')` → `'A \\& B'`. */
  export function format(field: string, value: unknown): string;
}
