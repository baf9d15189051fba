import { claimsChartOption, fundChartOption, subsidyChartOption, visitsChartOption, type ChartNames } from './chart-options';

const NAMES: ChartNames = { monthly: '当月', cumulative: '累计', target: '任务', count: '件数', amount: '金额', yuan: '元' };
const month = (m: number) => `${m}月`;

/** Reads the series array of an option the builders produced (always an array here). */
const seriesOf = (option: ReturnType<typeof subsidyChartOption>) => option.series as Array<{ name?: string; data: unknown[] }>;

describe('report chart options', () => {
  const subsidy = Array.from({ length: 12 }, (_, i) => ({
    month: `2023-${String(i + 1).padStart(2, '0')}`,
    amountFen: i === 2 ? 5_000_000 : i === 11 ? 3_920_000 : 0,
    cumulativeFen: i < 2 ? 0 : i < 11 ? 5_000_000 : 8_920_000,
  }));

  it('draws the subsidy issued per month and to date in 元, with the target as a flat line', () => {
    const option = subsidyChartOption(subsidy, 10_380_000, NAMES, month);
    expect((option.xAxis as { data: string[] }).data).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    const [monthly, cumulative, target] = seriesOf(option);
    expect(monthly?.data[2]).toBe(50_000);
    expect(cumulative?.data[11]).toBe(89_200);
    expect(target?.data).toEqual(Array(12).fill(103_800));
  });

  it('draws no target line for a year without a money target', () => {
    expect(seriesOf(subsidyChartOption(subsidy, null, NAMES, month)).map((s) => s.name)).toEqual(['当月', '累计']);
  });

  it('draws claims by state with counts and settled amounts', () => {
    const option = claimsChartOption(
      [
        { state: 'REPORTED', count: 3, amountFen: 0 },
        { state: 'SETTLED', count: 18, amountFen: 1_379_160 },
      ],
      NAMES,
      (s) => (s === 'SETTLED' ? '已结案' : s),
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['REPORTED', '已结案']);
    const [count, amount] = seriesOf(option);
    expect(count?.data).toEqual([3, 18]);
    expect(amount?.data).toEqual([0, 13_791.6]);
  });

  it('stacks visits per township over all 12 months, empty months as 0', () => {
    const option = visitsChartOption(
      [
        { township: 'XP', month: '2023-03', count: 2 },
        { township: 'XP', month: '2023-11', count: 1 },
        { township: 'LQ', month: '2023-03', count: 4 },
      ],
      2023,
      (code) => ({ XP: '孝坪镇', LQ: '龙泉镇' })[code] ?? code,
      month,
    );
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['孝坪镇', '龙泉镇']);
    expect(series[0]?.data).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(series[1]?.data.reduce((a, b) => (a as number) + (b as number), 0)).toBe(4);
  });

  it('shares fund spending by category in 元', () => {
    const option = fundChartOption(
      [
        { category: 'PERSONNEL', amountFen: 53_390_000 },
        { category: 'PUBLIC', amountFen: 35_740_000 },
      ],
      (c) => (c === 'PERSONNEL' ? '人员经费' : '公用经费'),
    );
    expect((option.series as Array<{ data: unknown[] }>)[0]?.data).toEqual([
      { name: '人员经费', value: 533_900 },
      { name: '公用经费', value: 357_400 },
    ]);
  });
});
