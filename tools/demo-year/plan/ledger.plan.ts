import { type PlannedCommand, type PlannedTask, COUNTY_OFFICER } from '../planned-command';
import type { SeededRandom } from '../seeded-random';
import type { YearProfile } from '../year-profile';

const county = COUNTY_OFFICER;
const TREASURY = '县财政局';
const PUBLIC_ITEMS = ['办公费', '印刷费', '咨询费', '手续费', '工会经费', '水电费', '邮电费', '维修（护）费', '专用材料费'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The department's basic budget: allocated once, paid in by the treasury every month, spent on
 * salaries every month (personnel) and on running costs (public), one duplicate entry reversed.
 * In 2023, with the care-action fund: income 961,300 元, basic spending 891,300 元, balance 0.
 */
export function basicFundTask(rng: SeededRandom, profile: YearProfile): PlannedTask {
  const { year, figures } = profile;
  const fundId = `${year}-basic`;
  const basic = figures['budget.basicFen'];
  const k = (step: string) => `basic-fund:${step}`;
  const dated: [string, PlannedCommand][] = [];
  const receipts = rng.partition(basic / 10_000, 12, 600, 900).map((u) => u * 10_000);
  const salaries = rng.partition(figures['budget.personnelFen'] / 100, 12, 38_000, 52_000).map((y) => y * 100);
  const running = rng.partition(figures['budget.publicFen'] / 100, 18, 8_000, 40_000).map((y) => y * 100);
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${pad(m)}`;
    dated.push([`${month}-05`, { key: k(`receipt:${m}`), mutation: 'receiveFunds', actor: county, input: { fundId, amountFen: receipts[m - 1]!, receivedOn: `${month}-05`, source: TREASURY } }]);
    dated.push([`${month}-15`, { key: k(`salary:${m}`), mutation: 'recordExpenditure', actor: county, input: { fundId, category: 'PERSONNEL', amountFen: salaries[m - 1]!, spentOn: `${month}-15`, description: `${m}月工资、津贴补贴及伙食补助` } }]);
  }
  running.forEach((amountFen, i) => {
    const spentOn = `${year}-${pad(1 + Math.floor((i * 12) / running.length))}-${pad(rng.int(6, 28))}`;
    dated.push([spentOn, { key: k(`public:${i}`), mutation: 'recordExpenditure', actor: county, input: { fundId, category: 'PUBLIC', amountFen, spentOn, description: PUBLIC_ITEMS[i % PUBLIC_ITEMS.length]! } }]);
  });
  // A bill entered twice in June, reversed the next day: recorded − reversed is what counts.
  const dup = running[9]!;
  dated.push([`${year}-06-29`, { key: k('public:duplicate'), mutation: 'recordExpenditure', actor: county, saveAs: 'expenditure:duplicate', input: { fundId, category: 'PUBLIC', amountFen: dup, spentOn: `${year}-06-29`, description: PUBLIC_ITEMS[9 % PUBLIC_ITEMS.length]! } }]);
  dated.push([`${year}-06-30`, { key: k('public:duplicate:reverse'), mutation: 'reverseExpenditure', actor: county, input: (ids) => ({ fundId, expenditureId: ids.get('expenditure:duplicate'), reason: '重复录入，予以冲销', businessDate: `${year}-06-30` }) }]);
  const allocate: PlannedCommand = { key: k('allocate'), mutation: 'allocateBudget', actor: county, input: { year, code: 'basic', name: '部门基本支出经费', purpose: '人员经费和公用经费（基本支出）', amountFen: basic, allocatedOn: `${year}-01-03` } };
  return [allocate, ...dated.sort((a, b) => a[0].localeCompare(b[0])).map(([, c]) => c)];
}

/** The care-action fund (2023: 7 万元 after an increase in April), paid in twice; its spending is the care task's. */
export function careFundSetupTask(profile: YearProfile): PlannedTask {
  const { year, careFund } = profile;
  const fundId = `${year}-care-action`;
  const k = (step: string) => `care-fund:${step}`;
  const total = profile.figures['funds.careActionAllocatedFen'];
  return [
    { key: k('allocate'), mutation: 'allocateBudget', actor: county, input: { year, code: 'care-action', name: '生育关怀行动专项经费', purpose: '关怀计生特殊家庭、计生困难家庭：走访帮扶、集中关怀', amountFen: careFund.allocatedFirstFen, allocatedOn: `${year}-01-16` } },
    { key: k('receipt:1'), mutation: 'receiveFunds', actor: county, input: { fundId, amountFen: careFund.firstReceiptFen, receivedOn: `${year}-02-20`, source: TREASURY } },
    ...(careFund.increase
      ? [{ key: k('adjust'), mutation: 'adjustAllocation', actor: county, input: { fundId, deltaFen: careFund.increase.fen, adjustedOn: `${year}-${careFund.increase.on}`, reason: '县财政追加生育关怀行动经费' } }]
      : []),
    { key: k('receipt:2'), mutation: 'receiveFunds', actor: county, input: { fundId, amountFen: total - careFund.firstReceiptFen, receivedOn: `${year}-08-15`, source: TREASURY } },
  ];
}

/** The year's performance indicators as the profile sets them (2023: the seed report's own). */
export const targetsTask = (profile: YearProfile): PlannedTask =>
  profile.targets.map(({ indicatorId, ...fields }) => ({
    key: `target:${indicatorId}`, mutation: 'setPerformanceTarget', actor: county, input: { year: profile.year, indicatorId, ...fields, businessDate: `${profile.year}-02-28` },
  }));

/**
 * Online giving (小善举·大爱心) of the year and the one before (a continuing year re-sends what the
 * year before recorded, `onFile`), as monthly platform batches; in
 * 2023 the year's batches carry the sponsor's matching (配捐) and one organisation gave by bank
 * transfer; every year a batch imported twice is reversed.
 */
export function donationTasks(rng: SeededRandom, profile: YearProfile, onFile: PlannedTask | null): { readonly before: PlannedTask; readonly current: PlannedTask } {
  const { year, figures, donations: shape } = profile;
  const k = (y: number, step: string) => `donation:${y}:${step}`;
  const donationId = (y: number, m: number) => `XSJ-${y}${pad(m)}`;
  const before = year - 1;
  const firstMonth = 13 - shape.previousYearBatches;
  // A continuing year re-sends the giving the year before recorded; a first year plans it.
  const beforeBatches = onFile ? [] : rng.partition(figures['donations.previousYearTotalFen'], shape.previousYearBatches, ...spread(figures['donations.previousYearTotalFen'], shape.previousYearBatches));
  const previous: PlannedCommand[] = beforeBatches.map((amountFen, i) => ({
    key: k(before, `batch:${i + firstMonth}`), mutation: 'recordDonation', actor: county,
    input: { year: before, donationId: donationId(before, i + firstMonth), receivedOn: `${before}-${pad(i + firstMonth)}-28`, channel: 'ONLINE', amountFen, matchingFen: 0, source: `“小善举·大爱心”平台${before}年${i + firstMonth}月批次` },
  }));
  const online = rng.partition(figures['donations.totalFen'] - shape.bankFen - shape.matchingFen, 12, ...spread(figures['donations.totalFen'] - shape.bankFen - shape.matchingFen, 12));
  const matched = shape.matchingFen > 0 ? rng.partition(shape.matchingFen, 12, ...spread(shape.matchingFen, 12)) : online.map(() => 0);
  const current: PlannedCommand[] = online.map((amountFen, i) => ({
    key: k(year, `batch:${i + 1}`), mutation: 'recordDonation', actor: county,
    input: { year, donationId: donationId(year, i + 1), receivedOn: `${year}-${pad(i + 1)}-28`, channel: 'ONLINE', amountFen, matchingFen: matched[i]!, source: `“小善举·大爱心”平台${year}年${i + 1}月批次` },
  }));
  current.splice(5, 0,
    ...(shape.bankFen > 0
      ? [{ key: k(year, 'bank'), mutation: 'recordDonation', actor: county, input: { year, donationId: `BANK-${year}-01`, receivedOn: `${year}-05-29`, channel: 'BANK', amountFen: shape.bankFen, matchingFen: 0, source: '辰溪县爱心企业联合会（“5.29”会员日捐赠）' } }]
      : []),
    { key: k(year, 'duplicate'), mutation: 'recordDonation', actor: county, input: { year, donationId: `${donationId(year, 5)}-DUP`, receivedOn: `${year}-05-28`, channel: 'ONLINE', amountFen: online[4]!, matchingFen: 0, source: `“小善举·大爱心”平台${year}年5月批次（重复导入）` } },
    { key: k(year, 'duplicate:reverse'), mutation: 'reverseDonation', actor: county, input: { year, donationId: `${donationId(year, 5)}-DUP`, reason: '平台批次重复导入，予以冲销' } },
  );
  return { before: onFile ?? previous, current };
}

/** Bounds for splitting `total` into `count` batches: from a quarter of the mean to twice it. */
const spread = (total: number, count: number): [number, number] => [Math.floor(total / count / 4), Math.ceil((total / count) * 2)];
