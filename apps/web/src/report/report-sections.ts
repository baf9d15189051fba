import { REPORT_SECTIONS, type ReportSectionFigureKey, type ReportSectionId } from '@careledger/seed-report';

export { REPORT_SECTIONS, type ReportSectionId };
export type ReportFigureKey = ReportSectionFigureKey;

/** Figure values by key; a key the server did not send (e.g. county-only in a township report) is absent. */
export type FigureValues = Partial<Record<ReportFigureKey, number>>;

export function figureValues(figures: ReadonlyArray<{ readonly key: string; readonly value: number }>): FigureValues {
  return Object.fromEntries(figures.map((f) => [f.key, f.value])) as FigureValues;
}
