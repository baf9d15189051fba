import { canonicalReportJson, figuresHashOf, type SealedFigures } from './canonical-report-json';

const figure = (key: string, value: number) => ({ key, value, unit: 'FEN' as const });
const target = {
  indicatorId: 'giving', name: '线上募捐', direction: 'AT_LEAST' as const, value: 100, unit: 'FEN' as const, weight: 20,
  sourceQuery: 'donations.totalFen', actual: 50, completionBp: 5000, score: 1000,
};
type Report = SealedFigures & { position: number };
const report = (o: Partial<Report> = {}): Report => ({
  year: 2023,
  township: null,
  position: 120,
  figures: [figure('nursingSubsidy.issuedFen', 8_920_000), figure('donations.totalFen', 7_181_116)],
  targets: [],
  townships: [],
  ...o,
});

describe('canonicalReportJson', () => {
  it('writes sorted keys, no whitespace, integers as integers, and leaves out the position', () => {
    expect(canonicalReportJson(report({ figures: [figure('visits.count', 24)] }))).toBe(
      '{"figures":[{"key":"visits.count","unit":"FEN","value":24}],"targets":[],"township":null,"townships":[],"year":2023}',
    );
  });

  it('covers only the figures: drill-down sources, a deviation reason or a new report field change nothing', () => {
    const sealed = canonicalReportJson(report({ targets: [target] }));
    const richer = {
      ...report({ targets: [{ ...target, deviationReason: '年底集中报账' } as typeof target] }),
      figures: report().figures.map((f) => ({ ...f, sources: [{ recordId: 'x', positions: [3] }] })),
      series: { months: [1, 2] },
    };
    expect(canonicalReportJson(richer)).toBe(sealed);
    expect(canonicalReportJson(report({ targets: [{ ...target, score: 1001 }] }))).not.toBe(sealed);
  });

  it('gives the same text whatever order the object keys came in, and whatever the position', () => {
    const shuffled = Object.fromEntries(Object.entries(report()).reverse()) as unknown as Report;
    expect(canonicalReportJson(shuffled)).toBe(canonicalReportJson(report({ position: 999 })));
  });

  it('keeps the order of the figures: the contract order is part of what is sealed', () => {
    const swapped = report({ figures: [...report().figures].reverse() });
    expect(canonicalReportJson(swapped)).not.toBe(canonicalReportJson(report()));
  });

  it('refuses a float anywhere, naming where', () => {
    expect(() => canonicalReportJson(report({ figures: [figure('budget.publicShareBp', 4010.5)] }))).toThrow(
      'report.figures[0].value = 4010.5 is not an integer',
    );
  });

  it('hashes with sha256 as 64 lowercase hex digits', () => {
    expect(figuresHashOf('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(figuresHashOf(canonicalReportJson(report()))).toMatch(/^[0-9a-f]{64}$/);
  });
});
