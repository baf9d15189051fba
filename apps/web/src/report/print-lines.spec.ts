import { SEED_REPORT_2023_FIGURES } from '@careledger/seed-report';
import { translate, type MessageKey, type MessageParams } from '../i18n/i18n';
import { printLines, proseWan, proseYuan } from './print-lines';
import type { FigureValues } from './report-sections';

const zh = (key: MessageKey, params?: MessageParams) => translate('zh', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

/** The county figures of the generated 2023 year: the seed's published table plus the two it leaves out. */
const COUNTY_2023: FigureValues = { ...SEED_REPORT_2023_FIGURES, 'visits.distinctPersons': 100, 'activities.personTimes': 30 };

const TARGETS = [{ sourceQuery: 'nursingSubsidy.issuedFen', unit: 'FEN', value: 10_380_000, completionBp: 8593 }];

describe('printable report lines', () => {
  it('writes the nursing subsidy line in the seed report wording, with the share of the target', () => {
    const [nursing] = printLines(COUNTY_2023, TARGETS, zh);
    expect(nursing).toEqual({
      section: 'nursing',
      line:
        '截止12月共发放住院护理补贴89,200元（其中已发58,200元，待报账发放31,000元，通过阳光审批系统发放59,200元），共69人次，占总任务10.38万元的86%。',
    });
  });

  it('writes one line per section in the report order, with shares and fractional yuan', () => {
    const lines = printLines(COUNTY_2023, TARGETS, zh);
    expect(lines.map((l) => l.section)).toEqual(['nursing', 'insurance', 'visits', 'careAction', 'budget', 'donations']);
    expect(lines[1]?.line).toContain('18人获得理赔13,791.60元');
    expect(lines[2]?.line).toContain('走访慰问126人次');
    expect(lines[2]?.line).toContain('参与26人');
    expect(lines[4]?.line).toContain('分别占59.90%和40.10%');
    expect(lines[5]?.line).toBe('“小善举·大爱心”线上募捐71,811.16元（含配捐），上年为26,848.57元。');
  });

  it('leaves out the target tail when the year has no money target', () => {
    expect(printLines(COUNTY_2023, [], zh)[0]?.line).toMatch(/共69人次。$/);
  });

  it('leaves out sections a township report has no figures for', () => {
    const township: FigureValues = { ...COUNTY_2023 };
    for (const key of Object.keys(township) as Array<keyof FigureValues>) {
      if (/^(funds|budget|donations)\./.test(key)) delete township[key];
    }
    expect(printLines(township, [], zh).map((l) => l.section)).toEqual(['nursing', 'insurance', 'visits']);
  });

  it('has every line in English too', () => {
    const lines = printLines(COUNTY_2023, TARGETS, en);
    expect(lines).toHaveLength(6);
    expect(lines[0]?.line).toContain('86% of the 10.38 × 10,000 yuan target');
    expect(lines.every((l) => !/[{}]/.test(l.line))).toBe(true);
  });

  it('writes whole yuan without decimals and 万元 trimmed', () => {
    expect(proseYuan(8_920_000)).toBe('89,200');
    expect(proseYuan(1_379_160)).toBe('13,791.60');
    expect(proseWan(10_380_000)).toBe('10.38');
    expect(proseWan(7_000_000)).toBe('7');
    expect(proseWan(10_300_000)).toBe('10.3');
  });
});
