import type { MessageKey, MessageParams } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';
import { formatBp, formatCount } from './report-format';
import { REPORT_SECTIONS, type FigureValues, type ReportFigureKey, type ReportSectionId } from './report-sections';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export type PrintTarget = { readonly sourceQuery: string; readonly unit: string; readonly value: number; readonly completionBp: number | null };

/** Yuan as prose writes it: '89,200' for whole yuan, '13,791.60' otherwise. */
export function proseYuan(fen: number): string {
  const text = fenToYuan(fen);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** 万元 with at most 2 decimals, trailing zeros dropped: 10,380,000 fen → '10.38'. */
export function proseWan(fen: number): string {
  const hundredths = Math.round(fen / 10000);
  return fenToYuan(hundredths).replace(/\.?0+$/, '');
}

const SECTION_LINE: Record<ReportSectionId, MessageKey> = {
  nursing: 'report.print.nursing',
  insurance: 'report.print.insurance',
  visits: 'report.print.visits',
  careAction: 'report.print.careAction',
  budget: 'report.print.budget',
  donations: 'report.print.donations',
};

/** Figure values as the prose puts them, named by their key camel-cased ('visits.count' → visitsCount). */
function proseParams(values: FigureValues, keys: readonly ReportFigureKey[]): MessageParams | null {
  const params: Record<string, string> = {};
  for (const key of keys) {
    const value = values[key];
    if (value === undefined) return null;
    const name = key.replace(/\.(\w)/, (_, c: string) => c.toUpperCase());
    params[name] = key.endsWith('Fen') ? proseYuan(value) : key.endsWith('Bp') ? formatBp(value) : formatCount(value);
  }
  return params;
}

/** The 护理补贴 line's tail: its share of the year's money target ("占总任务10.38万元的86%"). */
function nursingTargetTail(targets: readonly PrintTarget[], t: Translate): string {
  const target = targets.find((x) => x.sourceQuery === 'nursingSubsidy.issuedFen' && x.unit === 'FEN');
  if (!target || target.completionBp === null) return '';
  return t('report.print.nursingTarget', { target: proseWan(target.value), percent: Math.round(target.completionBp / 100) });
}

/**
 * The printable report: one prose line per section of the seed report, in its wording. A section
 * whose figures the report lacks (county-only money in a township report) is left out.
 */
export function printLines(values: FigureValues, targets: readonly PrintTarget[], t: Translate): Array<{ section: ReportSectionId; line: string }> {
  return REPORT_SECTIONS.flatMap(({ id, keys }) => {
    const params = proseParams(values, keys);
    if (!params) return [];
    const tail = id === 'nursing' ? nursingTargetTail(targets, t) : '';
    return [{ section: id, line: `${t(SECTION_LINE[id], params)}${tail}${t('report.print.end')}` }];
  });
}
