import { REPORT_PRINT_PATH } from '../routing/routes';

/** The report a screen shows: a year, and a township code or null for the whole county. */
export type ReportParams = { readonly year: number; readonly township: string | null };

/** The seed report's year: the print page's year when its address names none. */
export const DEFAULT_REPORT_YEAR = 2023;

/**
 * The year the report page opens on: the latest year up to this one that the log has something to
 * report for (the year just closed, usually), else last year.
 *
 * @example openingReportYear([2023, 2024], 2026) // 2024
 */
export function openingReportYear(dataYears: readonly number[], thisYear: number): number {
  const reported = dataYears.filter((y) => y <= thisYear);
  return reported.length > 0 ? Math.max(...reported) : thisYear - 1;
}

/** The years to choose from, newest first: `last` (this year, or a later one chosen) back to 2020, and any earlier year with data. */
export function selectableReportYears(dataYears: readonly number[], last: number): number[] {
  const years = new Set([...Array.from({ length: Math.max(last - 2020, 0) + 1 }, (_, i) => 2020 + i), ...dataYears.filter((y) => y <= last)]);
  return [...years].sort((a, b) => b - a);
}

const query = (params: Record<string, string | null>): string => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null)).toString();
  return search ? `?${search}` : '';
};

export const reportPrintPath = ({ year, township }: ReportParams): string => `${REPORT_PRINT_PATH}${query({ year: String(year), township })}`;

/** The XLSX downloads the API serves beside the GraphQL endpoint. */
export const annualReportXlsxPath = ({ year, township }: ReportParams): string =>
  `/export/annual-report/${year}.xlsx${query({ township })}`;
export const selfEvaluationXlsxPath = (year: number): string => `/export/self-evaluation/${year}.xlsx`;

/** Reads `?year=2023&township=XP` (the print page's address); anything unreadable falls back to the defaults. */
export function readReportParams(search: string): ReportParams {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : DEFAULT_REPORT_YEAR,
    township: params.get('township') || null,
  };
}
