/** Closed vocabularies of the yearly performance targets (绩效目标), with both labels. */
import type { Labels } from '@careledger/domain-kernel';

/** AT_LEAST: higher is better (≥, 正向指标); AT_MOST: lower is better (≤, 反向指标). */
export const TARGET_DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** Units of a target's integer value. Money is fen; a percentage is in basis points (100 % = 10000). */
export const TARGET_UNITS = ['FEN', 'PERSON', 'PERSON_TIME', 'COUNT', 'PERCENT_BP'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export const TARGET_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Grades of the self-evaluation, best first (财预〔2020〕10号). */
export const PERFORMANCE_GRADES = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const;
export type PerformanceGrade = (typeof PERFORMANCE_GRADES)[number];

export const TARGET_DIRECTION_LABELS: Labels<TargetDirection> = {
  AT_LEAST: { zh: '≥（越高越好）', en: '≥ (higher is better)' },
  AT_MOST: { zh: '≤（越低越好）', en: '≤ (lower is better)' },
};

export const TARGET_UNIT_LABELS: Labels<TargetUnit> = {
  FEN: { zh: '元', en: 'yuan' },
  PERSON: { zh: '人', en: 'people' },
  PERSON_TIME: { zh: '人次', en: 'person-times' },
  COUNT: { zh: '次/个', en: 'count' },
  PERCENT_BP: { zh: '%', en: '%' },
};

export const TARGET_STATUS_LABELS: Labels<TargetStatus> = {
  ACTIVE: { zh: '有效', en: 'Active' },
  WITHDRAWN: { zh: '已撤销', en: 'Withdrawn' },
};

export const PERFORMANCE_GRADE_LABELS: Labels<PerformanceGrade> = {
  EXCELLENT: { zh: '优', en: 'Excellent' },
  GOOD: { zh: '良', en: 'Good' },
  FAIR: { zh: '中', en: 'Fair' },
  POOR: { zh: '差', en: 'Poor' },
};
