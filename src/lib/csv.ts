/**
 * CSV files as the open data export writes them: RFC 4180 (fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a double quote or a line break, its double quotes doubled; §2), UTF-8, starting with
 * the byte order mark `CSV_BOM` so spreadsheet programs read the accents right. One writer for every CSV export.
 */
import { CSV_BOM } from '../schemas/data-export.ts';

/** One field as RFC 4180 §2.6–2.7 writes it: quoted (inner quotes doubled) when it holds `"`, `,`, CR or LF. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV file: the byte order mark, the header row, then one record per row, each ended by CRLF.
 * Throws a RangeError when a row has not as many fields as the header (RFC 4180 §2.4: every record the same count).
 * @example csvFile(['id', 'text'], [['1', 'a, "b"']]) // '\uFEFFid,text\r\n1,"a, ""b"""\r\n'
 */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const [index, row] of rows.entries())
    if (row.length !== header.length)
      throw new RangeError(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}`);
  // The byte order mark makes spreadsheet programs read the accents as UTF-8 (see CSV_BOM).
  return CSV_BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
