import { randomUUID } from 'node:crypto';
import { buildFundId, fundDecider, fundStreamId, targetDecider, targetStreamId, type TargetFields } from '@careledger/domain-fund';
import { policyDecider, policyStreamId } from '@careledger/domain-insurance';
import { COUNTY, type DecidedWriter } from './decided-writer';

/** The care action fund of a year (生育关怀行动专项经费): visits' and activities' cash aid is charged to it. */
export const careFundId = (year: number): string => buildFundId(year, 'care-action');

const TARGETS: readonly (TargetFields & { readonly indicatorId: string })[] = [
  { indicatorId: 'nursing-subsidy-amount', name: '重病大病住院护理补贴发放金额', direction: 'AT_LEAST', value: 10_380_000, unit: 'FEN', weight: 20, sourceQuery: 'nursingSubsidy.issuedFen' },
  { indicatorId: 'insurance-enrolled', name: '计生特殊家庭健康保险参保人数', direction: 'AT_LEAST', value: 560, unit: 'PERSON', weight: 20, sourceQuery: 'insurance.enrolledCount' },
  { indicatorId: 'home-visits', name: '上门走访慰问次数', direction: 'AT_LEAST', value: 20, unit: 'COUNT', weight: 15, sourceQuery: 'visits.homeVisitCount' },
];

/**
 * What the county sets up before a year's families are served: the group policy (policy-<year>),
 * the care action fund with its budget and first receipt (fund-<year>-care-action), sized for
 * `families` (each visit hands over 500 元, each activity 20 元 a head), and three performance
 * targets (target-<year>). 6 events.
 */
export async function seedYear(writer: DecidedWriter, year: number, families: number): Promise<void> {
  const county = (businessDate: string) => ({ actor: COUNTY, businessDate });
  await writer.run(
    policyDecider,
    policyStreamId(year),
    {
      type: 'PurchasePolicy',
      data: {
        year,
        insurer: '中国人寿保险股份有限公司怀化分公司',
        product: '计生特殊家庭团体意外及住院医疗保险',
        premiumPerPersonFen: 15_000,
        coverageFrom: `${year}-01-01`,
        coverageTo: `${year}-12-31`,
        purchasedOn: `${year - 1}-12-20`,
        targetEnrolment: families * 2,
      },
    },
    county(`${year - 1}-12-20`),
  );
  const fundId = careFundId(year);
  const amountFen = families * 100_000 + 1_000_000;
  await writer.run(
    fundDecider,
    fundStreamId(fundId),
    {
      type: 'AllocateBudget',
      data: { fundId, year, code: 'care-action', name: '生育关怀行动专项经费', purpose: '关怀计生特殊家庭：走访帮扶、集中关怀', amountFen, allocatedOn: `${year}-01-03` },
    },
    county(`${year}-01-03`),
  );
  await writer.run(
    fundDecider,
    fundStreamId(fundId),
    { type: 'ReceiveFunds', data: { fundId, receiptId: randomUUID(), amountFen, receivedOn: `${year}-01-20`, source: '县财政局' } },
    county(`${year}-01-20`),
  );
  for (const target of TARGETS) {
    await writer.run(targetDecider, targetStreamId(year), { type: 'SetTarget', data: { year, ...target } }, county(`${year}-02-28`));
  }
}
