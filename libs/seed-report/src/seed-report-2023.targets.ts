import type { TargetFields } from '@careledger/domain-fund';

export type SeedReportTarget = TargetFields & { readonly indicatorId: string };

/**
 * The 2023 performance indicators of the seed report (辰溪县计生协 2023 绩效自评), 100 points in
 * all, each measured by the report figure named in `sourceQuery`.
 */
export const SEED_REPORT_2023_TARGETS: readonly SeedReportTarget[] = Object.freeze([
  { indicatorId: 'nursing-subsidy-amount', name: '重病大病住院护理补贴发放金额', direction: 'AT_LEAST', value: 10_380_000, unit: 'FEN', weight: 20, sourceQuery: 'nursingSubsidy.issuedFen' },
  { indicatorId: 'insurance-enrolled', name: '计生特殊家庭健康保险参保人数', direction: 'AT_LEAST', value: 560, unit: 'PERSON', weight: 20, sourceQuery: 'insurance.enrolledCount' },
  { indicatorId: 'home-visits', name: '上门走访慰问次数', direction: 'AT_LEAST', value: 24, unit: 'COUNT', weight: 15, sourceQuery: 'visits.homeVisitCount' },
  { indicatorId: 'collective-activities', name: '暖心家园集中慰问活动次数', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 10, sourceQuery: 'activities.count' },
  { indicatorId: 'publicity-events', name: '大型宣传活动场次', direction: 'AT_LEAST', value: 2, unit: 'COUNT', weight: 10, sourceQuery: 'activities.publicityCount' },
  { indicatorId: 'care-fund-spent', name: '生育关怀行动经费支出', direction: 'AT_LEAST', value: 7_000_000, unit: 'FEN', weight: 10, sourceQuery: 'funds.careActionSpentFen' },
  { indicatorId: 'members-home', name: '会员之家项目申报个数', direction: 'AT_LEAST', value: 1, unit: 'COUNT', weight: 5, sourceQuery: 'projects.membersHomeCount' },
  { indicatorId: 'advanced-units', name: '评选表彰先进集体个数', direction: 'AT_LEAST', value: 15, unit: 'COUNT', weight: 10, sourceQuery: 'awards.collectiveCount' },
] as const);
