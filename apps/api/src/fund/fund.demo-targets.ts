import { SEED_REPORT_2023_TARGETS, type SeedReportTarget } from '@careledger/seed-report';

/**
 * The small demo's 2023 indicators: the seed report's own, except that 'home-visits' starts at
 * 20 so the demo can show a revision (to 24, with its reason) in the target's history.
 */
export const DEMO_TARGETS_2023: readonly SeedReportTarget[] = SEED_REPORT_2023_TARGETS.map((t) =>
  t.indicatorId === 'home-visits' ? { ...t, value: 20 } : t,
);
