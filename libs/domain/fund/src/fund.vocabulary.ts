/** Closed vocabularies of the fund ledger, with both labels (zh is the default UI language). */
import type { Labels } from '@careledger/domain-kernel';

/**
 * Spending categories of the association's budget (政府收支分类): personnel and public spending
 * together are its "basic spending" (基本支出); special funds such as the care action fund are
 * project spending (项目支出).
 */
export const EXPENDITURE_CATEGORIES = ['PERSONNEL', 'PUBLIC', 'SPECIAL'] as const;
export type ExpenditureCategory = (typeof EXPENDITURE_CATEGORIES)[number];

/** The categories that make up basic spending, the whole that personnel/public shares refer to. */
export const BASIC_EXPENDITURE_CATEGORIES = [
  'PERSONNEL',
  'PUBLIC',
] as const satisfies readonly ExpenditureCategory[];

export const EXPENDITURE_STATUSES = ['RECORDED', 'REVERSED'] as const;
export type ExpenditureStatus = (typeof EXPENDITURE_STATUSES)[number];


export const EXPENDITURE_CATEGORY_LABELS: Labels<ExpenditureCategory> = {
  PERSONNEL: { zh: '人员经费', en: 'Personnel' },
  PUBLIC: { zh: '公用经费', en: 'Public (operating)' },
  SPECIAL: { zh: '专项经费', en: 'Special' },
};

export const EXPENDITURE_STATUS_LABELS: Labels<ExpenditureStatus> = {
  RECORDED: { zh: '已支出', en: 'Recorded' },
  REVERSED: { zh: '已冲销', en: 'Reversed' },
};
