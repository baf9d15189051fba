import type { Cell } from 'exceljs';

export const YUAN_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.00%';
export const INTEGER_FORMAT = '#,##0';

/**
 * Writes a figure as a spreadsheet number: fen as 元 (÷100, two decimals shown), basis points as
 * a fraction shown as a percentage, counts as integers. The division happens only here, at the
 * edge: everything before it stays integer fen.
 */
export function writeAmount(cell: Cell, value: number | null, unit: string): void {
  if (value === null) return;
  if (unit === 'FEN') {
    cell.value = value / 100;
    cell.numFmt = YUAN_FORMAT;
  } else if (unit === 'BASIS_POINTS' || unit === 'PERCENT_BP') {
    cell.value = value / 10_000;
    cell.numFmt = PERCENT_FORMAT;
  } else {
    cell.value = value;
    cell.numFmt = INTEGER_FORMAT;
  }
}
