import type { ExpenditureCategory } from '@careledger/domain-fund';
import { careCaseStreamId } from '@careledger/domain-care-case';
import { COUNTY_CONTEXT_ID, type DomainDemoSeed } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import type { CommandContext } from '../shared/request-context';
import { AdjustAllocationCommand } from './adjust-allocation.command';
import { AllocateBudgetCommand } from './allocate-budget.command';
import { ReceiveFundsCommand } from './receive-funds.command';
import { RecordExpenditureCommand } from './record-expenditure.command';
import { ReverseExpenditureCommand } from './reverse-expenditure.command';
import { RevisePerformanceTargetCommand } from './revise-performance-target.command';
import { SetPerformanceTargetCommand } from './set-performance-target.command';
import { DEMO_TARGETS_2023 } from './fund.demo-targets';

export const DEMO_FUND_ID = '2023-care-action';

const county: CommandContext = {
  actor: DEMO_USERS.find((u) => u.id === COUNTY_CONTEXT_ID)!,
  correlationId: 'demo-seed',
};

type DemoExpense = readonly [key: string, category: ExpenditureCategory, yuan: number, spentOn: string, description: string];

// Modest on purpose: the visits demo charges its cash aid to this fund afterwards.
const EXPENSES: readonly DemoExpense[] = [
  ['staff', 'PERSONNEL', 3_000, '2023-03-31', '乡镇计生协专干关怀工作补贴（一季度）'],
  ['print', 'PUBLIC', 1_200, '2023-05-20', '"5.29"会员活动日宣传资料印刷'],
  ['print-dup', 'PUBLIC', 1_200, '2023-05-22', '"5.29"会员活动日宣传资料印刷'],
  ['warm-home', 'SPECIAL', 4_500, '2023-07-11', '暖心家园集中慰问活动物资'],
];

/**
 * The 2023 care action fund (生育关怀行动专项经费, 7 万元) with its receipts, a few expenditures,
 * one reversed duplicate and an adjustment; one emergency aid linked to the first demo family
 * (so it shows on their timeline); and the 2023 performance targets of the seed report, one revised.
 */
export const seedFundDemo: DomainDemoSeed = async (run, cases) => {
  const id = (step: string) => `demo-funds-${step}`;
  const fundId = DEMO_FUND_ID;
  await run(
    new AllocateBudgetCommand(
      { commandId: id('allocate'), year: 2023, code: 'care-action', name: '生育关怀行动专项经费', purpose: '关怀计生特殊家庭、计生困难家庭：走访帮扶、集中关怀', amountFen: 6_000_000, allocatedOn: '2023-01-16' },
      county,
    ),
  );
  await run(new AdjustAllocationCommand({ commandId: id('adjust'), fundId, deltaFen: 1_000_000, adjustedOn: '2023-04-10', reason: '县财政追加生育关怀行动经费' }, county));
  await run(new ReceiveFundsCommand({ commandId: id('receipt-1'), fundId, amountFen: 4_000_000, receivedOn: '2023-02-20', source: '县财政局' }, county));
  await run(new ReceiveFundsCommand({ commandId: id('receipt-2'), fundId, amountFen: 3_000_000, receivedOn: '2023-08-15', source: '县财政局' }, county));
  const spent = new Map<string, string>();
  for (const [key, category, yuan, spentOn, description] of EXPENSES) {
    const result = await run(new RecordExpenditureCommand({ commandId: id(`spend-${key}`), fundId, category, amountFen: yuan * 100, spentOn, description }, county));
    spent.set(key, result.createdId!);
  }
  await run(new ReverseExpenditureCommand({ commandId: id('reverse-print-dup'), fundId, expenditureId: spent.get('print-dup')!, reason: '重复录入', businessDate: '2023-05-25' }, county));
  const family = cases[0];
  if (family) {
    await run(
      new RecordExpenditureCommand(
        { commandId: id('spend-emergency'), fundId, category: 'SPECIAL', amountFen: 200_000, spentOn: '2023-09-18', description: '突发事件临时救助金', linkedStreamId: careCaseStreamId(family.caseId), caseIds: [family.caseId] },
        county,
      ),
    );
  }
  for (const target of DEMO_TARGETS_2023) {
    await run(new SetPerformanceTargetCommand({ commandId: id(`target-${target.indicatorId}`), year: 2023, ...target, businessDate: '2023-02-28' }, county));
  }
  await run(
    new RevisePerformanceTargetCommand(
      { commandId: id('target-home-visits-revise'), year: 2023, indicatorId: 'home-visits', value: 24, reason: '年中调整：走访对象增加', businessDate: '2023-07-03' },
      county,
    ),
  );
};
