import type { EChartsOption } from 'echarts';

/** The report's chart series (AnnualReport.series), by shape so tests need no GraphQL typenames. */
export type ReportSeriesData = {
  readonly subsidyIssuedByMonth: ReadonlyArray<{ readonly month: string; readonly amountFen: number; readonly cumulativeFen: number }>;
  readonly visitsByTownshipMonth: ReadonlyArray<{ readonly township: string; readonly month: string; readonly count: number }>;
  readonly claimsByState: ReadonlyArray<{ readonly state: string; readonly count: number; readonly amountFen: number }>;
  readonly fundSpendingByCategory: ReadonlyArray<{ readonly category: string; readonly amountFen: number }>;
};

/** Axis and legend names, translated by the caller. */
export type ChartNames = Readonly<Record<'monthly' | 'cumulative' | 'target' | 'count' | 'amount' | 'yuan', string>>;

// Charts show 元 as plain numbers; the fen stay exact in the figures and the drill-down.
const yuanOf = (fen: number): number => fen / 100;

/** '2023-07' → 7; the caller words the label ('7月'). */
const monthNumber = (month: string): number => Number(month.slice(5, 7));

/** Nursing subsidy issued per month (bars) and cumulated (line) against the year's target (dashed line). */
export function subsidyChartOption(series: ReportSeriesData['subsidyIssuedByMonth'], targetFen: number | null, names: ChartNames, monthLabel: (m: number) => string): EChartsOption {
  const months = series.map((p) => monthLabel(monthNumber(p.month)));
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [names.monthly, names.cumulative, ...(targetFen === null ? [] : [names.target])] },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: names.yuan },
    series: [
      { name: names.monthly, type: 'bar', data: series.map((p) => yuanOf(p.amountFen)) },
      { name: names.cumulative, type: 'line', data: series.map((p) => yuanOf(p.cumulativeFen)) },
      ...(targetFen === null
        ? []
        : [{ name: names.target, type: 'line' as const, symbol: 'none', lineStyle: { type: 'dashed' as const }, data: series.map(() => yuanOf(targetFen)) }]),
    ],
  };
}

/** Claims of the year's policy by state: how many, and the settled amount. */
export function claimsChartOption(claims: ReportSeriesData['claimsByState'], names: ChartNames, stateLabel: (state: string) => string): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [names.count, names.amount] },
    xAxis: { type: 'category', data: claims.map((c) => stateLabel(c.state)), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [
      { type: 'value', name: names.count, minInterval: 1 },
      { type: 'value', name: names.yuan },
    ],
    series: [
      { name: names.count, type: 'bar', data: claims.map((c) => c.count) },
      { name: names.amount, type: 'bar', yAxisIndex: 1, data: claims.map((c) => yuanOf(c.amountFen)) },
    ],
  };
}

/** Visits per township (one stacked colour each) over the 12 months of the year. */
export function visitsChartOption(
  cells: ReportSeriesData['visitsByTownshipMonth'],
  year: number,
  townshipName: (code: string) => string,
  monthLabel: (m: number) => string,
): EChartsOption {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const townships = [...new Set(cells.map((c) => c.township))];
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: townships.map(townshipName) },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(monthNumber(m))) },
    yAxis: { type: 'value', minInterval: 1 },
    series: townships.map((township) => ({
      name: townshipName(township),
      type: 'bar' as const,
      stack: 'visits',
      data: months.map((m) => cells.find((c) => c.township === township && c.month === m)?.count ?? 0),
    })),
  };
}

/** The year's spending by category (personnel, public, project) as shares of a pie. */
export function fundChartOption(spending: ReportSeriesData['fundSpendingByCategory'], categoryLabel: (c: string) => string): EChartsOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: spending.map((s) => ({ name: categoryLabel(s.category), value: yuanOf(s.amountFen) })),
      },
    ],
  };
}
