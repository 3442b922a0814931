/**
 * A CSV file from rows of cells, the way spreadsheets open it: fields quoted when needed, CRLF
 * line ends, and a cell that starts like a formula (`=`, `+`, `-`, `@`) prefixed with `'` so a
 * spreadsheet never runs it (CSV injection).
 */
export type CsvCell = string | number | null;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
