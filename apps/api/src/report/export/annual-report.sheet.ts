import type { Workbook } from 'exceljs';
import type { AnnualReport } from '../report.types';
import { writeAmount } from './cell-formats';
import { EXPORT_TEXT, FIGURE_LABELS, fill, SECTION_LABELS, UNIT_LABELS, type ExportLang } from './export.messages';
import { REPORT_SECTIONS } from '@careledger/seed-report';

/** The report table in the seed's sections; a figure the report lacks (county-only in a township) is left out. */
export function addAnnualReportSheet(workbook: Workbook, report: AnnualReport, lang: ExportLang): void {
  const sheet = workbook.addWorksheet(EXPORT_TEXT.reportSheet[lang]);
  sheet.columns = [{ width: 20 }, { width: 32 }, { width: 18 }, { width: 8 }];
  const scope = report.township ?? EXPORT_TEXT.county[lang];
  sheet.addRow([fill(EXPORT_TEXT.reportTitle[lang], { year: report.year, scope })]).font = { bold: true, size: 14 };
  sheet.addRow([...EXPORT_TEXT.reportHeaders[lang]]).font = { bold: true };
  const byKey = new Map(report.figures.map((f) => [f.key, f]));
  for (const section of REPORT_SECTIONS) {
    const figures = section.keys.flatMap((key) => byKey.get(key) ?? []);
    figures.forEach((figure, i) => {
      const row = sheet.addRow([i === 0 ? SECTION_LABELS[section.id]![lang] : '', FIGURE_LABELS[figure.key]?.[lang] ?? figure.key]);
      writeAmount(row.getCell(3), figure.value, figure.unit);
      row.getCell(4).value = UNIT_LABELS[figure.unit]?.[lang] ?? figure.unit;
    });
  }
  sheet.addRow([]);
  // The position makes the sheet reproducible: the report can be regenerated at it (and sealed).
  sheet.addRow([fill(EXPORT_TEXT.footer[lang], { position: report.position })]).font = { italic: true };
}
