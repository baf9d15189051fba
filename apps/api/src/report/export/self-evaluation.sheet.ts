import type { Workbook } from 'exceljs';
import { gradeForScore, PERFORMANCE_GRADE_LABELS, TARGET_DIRECTION_LABELS, TARGET_UNIT_LABELS } from '@careledger/domain-fund';
import type { AnnualReport } from '../report.types';
import { PERCENT_FORMAT, writeAmount } from './cell-formats';
import { EXPORT_TEXT, fill, type ExportLang } from './export.messages';

/** The 财预〔2020〕10号-style self-evaluation table: one row per active target, then the total and its grade. */
export function addSelfEvaluationSheet(workbook: Workbook, report: AnnualReport, lang: ExportLang): void {
  const sheet = workbook.addWorksheet(EXPORT_TEXT.evaluationSheet[lang]);
  sheet.columns = [{ width: 28 }, { width: 16 }, { width: 16 }, { width: 8 }, { width: 8 }, { width: 16 }, { width: 10 }, { width: 8 }, { width: 8 }, { width: 30 }];
  sheet.addRow([fill(EXPORT_TEXT.evaluationTitle[lang], { year: report.year })]).font = { bold: true, size: 14 };
  sheet.addRow([...EXPORT_TEXT.evaluationHeaders[lang]]).font = { bold: true };
  for (const target of report.targets) {
    const row = sheet.addRow([target.name, TARGET_DIRECTION_LABELS[target.direction][lang]]);
    writeAmount(row.getCell(3), target.value, target.unit);
    row.getCell(4).value = TARGET_UNIT_LABELS[target.unit][lang];
    row.getCell(5).value = target.weight;
    writeAmount(row.getCell(6), target.actual, target.unit);
    if (target.completionBp !== null) Object.assign(row.getCell(7), { value: target.completionBp / 10_000, numFmt: PERCENT_FORMAT });
    if (target.score !== null) {
      Object.assign(row.getCell(8), { value: target.score / 100, numFmt: '0.00' });
      // An indicator's grade: its score as a share of its weight, on the same 100-point scale.
      const outOfHundred = target.weight > 0 ? Math.round((target.score * 100) / target.weight) : 0;
      row.getCell(9).value = PERFORMANCE_GRADE_LABELS[gradeForScore(outOfHundred)][lang];
    }
    // 偏差原因: empty until the deviation is explained.
    row.getCell(10).value = target.deviationReason ?? '';
  }
  const scored = report.targets.filter((t) => t.score !== null);
  const total = scored.reduce((sum, t) => sum + t.score!, 0);
  const row = sheet.addRow([EXPORT_TEXT.total[lang]]);
  row.font = { bold: true };
  row.getCell(5).value = report.targets.reduce((sum, t) => sum + t.weight, 0);
  Object.assign(row.getCell(8), { value: total / 100, numFmt: '0.00' });
  row.getCell(9).value = PERFORMANCE_GRADE_LABELS[gradeForScore(total)][lang];
  sheet.addRow([]);
  sheet.addRow([fill(EXPORT_TEXT.footer[lang], { position: report.position })]).font = { italic: true };
}
