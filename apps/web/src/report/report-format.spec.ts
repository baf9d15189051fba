import { formatBp, formatCount, formatFigure, formatScore, formatTargetValue, indicatorGrade } from './report-format';
import { annualReportXlsxPath, readReportParams, reportPrintPath, selfEvaluationXlsxPath } from './report-params';

describe('report figure formatting', () => {
  it('prints fen as 元 with two decimals and grouping', () => {
    expect(formatFigure('FEN', 8_920_000, '元')).toBe('89,200.00 元');
    expect(formatFigure('FEN', 1_379_160, '元')).toBe('13,791.60 元');
    expect(formatFigure('FEN', 0, '元')).toBe('0.00 元');
  });

  it('prints counts grouped and shares as percentages', () => {
    expect(formatFigure('COUNT', 69, '元')).toBe('69');
    expect(formatFigure('PERSON', 1560, '元')).toBe('1,560');
    expect(formatFigure('BASIS_POINTS', 5990, '元')).toBe('59.90%');
    expect(formatBp(8593)).toBe('85.93%');
    expect(formatBp(5)).toBe('0.05%');
    expect(formatBp(-150)).toBe('-1.50%');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('prints target values in their own unit and scores in points', () => {
    expect(formatTargetValue('FEN', 10_380_000, '元')).toBe('103,800.00 元');
    expect(formatTargetValue('PERCENT_BP', 10000, '元')).toBe('100.00%');
    expect(formatTargetValue('PERSON_TIME', 126, '元')).toBe('126');
    expect(formatScore(1719)).toBe('17.19');
  });

  it('grades an indicator by the share of its weight it earned', () => {
    expect(indicatorGrade(2000, 20)).toBe('EXCELLENT');
    expect(indicatorGrade(1800, 20)).toBe('EXCELLENT'); // 90 of 100
    expect(indicatorGrade(1719, 20)).toBe('GOOD'); // 85.95
    expect(indicatorGrade(1200, 20)).toBe('FAIR'); // 60
    expect(indicatorGrade(1199, 20)).toBe('POOR'); // 59.95
    expect(indicatorGrade(0, 0)).toBe('POOR');
  });
});

describe('report addresses', () => {
  it('carries year and township to the print page and the XLSX downloads', () => {
    expect(reportPrintPath({ year: 2023, township: null })).toBe('/report/print?year=2023');
    expect(reportPrintPath({ year: 2023, township: 'XP' })).toBe('/report/print?year=2023&township=XP');
    expect(annualReportXlsxPath({ year: 2023, township: 'XP' })).toBe('/export/annual-report/2023.xlsx?township=XP');
    expect(annualReportXlsxPath({ year: 2023, township: null })).toBe('/export/annual-report/2023.xlsx');
    expect(selfEvaluationXlsxPath(2023)).toBe('/export/self-evaluation/2023.xlsx');
  });

  it('reads the print address back, falling back to 2023 and the county', () => {
    expect(readReportParams('?year=2022&township=XP')).toEqual({ year: 2022, township: 'XP' });
    expect(readReportParams('?year=abc')).toEqual({ year: 2023, township: null });
    expect(readReportParams('')).toEqual({ year: 2023, township: null });
  });
});
