import { toCsv } from '@mentorbro/core/csv';
import { describe, expect, it } from 'vitest';
import { csvFileName, type StatsTable, tableRows } from './stats-tables';

const table: StatsTable = {
  file: 'udfald',
  caption: 'Menteernes svar',
  columns: ['Svar', 'Andel'],
  rows: [
    ['Antal svar', 32],
    ['Fik et job', '44 %'],
    ['Fik en praktik', 'For få til at vise'],
  ],
};

describe('stats tables', () => {
  it('give the CSV the column names, then every row as shown, counts as numbers', () => {
    expect(tableRows(table)).toEqual([
      ['Svar', 'Andel'],
      ['Antal svar', 32],
      ['Fik et job', '44 %'],
      ['Fik en praktik', 'For få til at vise'],
    ]);
    expect(toCsv(tableRows(table))).toBe(
      'Svar,Andel\r\nAntal svar,32\r\nFik et job,44 %\r\nFik en praktik,For få til at vise\r\n',
    );
  });

  it('name the file by table, region and period', () => {
    const period = { from: '2026-01-01', to: '2026-11-24', region: null };
    expect(csvFileName('udfald', period)).toBe('mentorbro-udfald-2026-01-01-2026-11-24.csv');
    expect(csvFileName('udfald', { ...period, region: 'syddanmark' })).toBe(
      'mentorbro-udfald-syddanmark-2026-01-01-2026-11-24.csv',
    );
  });
});
