import type { CsvCell } from '@mentorbro/core/csv';
import type { Stats } from '@mentorbro/core/stats';
import { saveFile } from '@/lib/download';

/** A number stays a number (a spreadsheet can add it up); everything else is the words shown. */
export type StatsCell = string | number;

/** One table of the numbers page: what it shows, and what its CSV holds, cell for cell. */
export interface StatsTable {
  /** Names the CSV file: mentorbro-<file>-<from>-<to>.csv. */
  file: string;
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly StatsCell[])[];
  /** The column that names each row (a <th scope="row">); the first unless said. */
  rowHeader?: number;
}

/** The rows of the CSV: the column names, then the rows exactly as the table shows them. */
export function tableRows(table: StatsTable): CsvCell[][] {
  return [[...table.columns], ...table.rows.map((row) => [...row])];
}

/** mentorbro-udfald-2026-01-01-2026-11-24.csv, with the region when there is one. */
export function csvFileName(file: string, period: Stats['period']): string {
  const parts = ['mentorbro', file, period.region, period.from, period.to];
  return `${parts.filter((part) => part !== null && part !== '').join('-')}.csv`;
}

/** Hands the browser a CSV file to save, without a trip to the server. */
export function downloadCsv(fileName: string, csv: string): void {
  // The byte order mark makes Excel read æ, ø and å as UTF-8 instead of guessing.
  saveFile(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}
