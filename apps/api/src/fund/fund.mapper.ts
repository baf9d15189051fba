import {
  EXPENDITURE_CATEGORIES,
  ledgerFigures,
  type ExpenditureCategory,
  type TargetDirection,
  type TargetStatus,
  type TargetUnit,
} from '@careledger/domain-fund';
import { streamTypeOf } from '@careledger/event-store';
import type { FundLedgerRow, FundRow, FundTargetRow } from '@careledger/projections';
import { actorName } from '../shared/actor';
import type { Fund, FundFigures, FundLedgerEntry, LedgerEntryKind, LinkedRecord, LinkedRecordKind } from './fund.types';
import type { PerformanceTarget, TargetChangeKind } from './target.types';

/** Read-model rows → GraphQL objects. The read models store the domain's own enum values. */
export function toFund(r: FundRow): Fund {
  const spentByCategory = { PERSONNEL: r.spent_personnel_fen, PUBLIC: r.spent_public_fen, SPECIAL: r.spent_special_fen };
  return {
    id: r.fund_id,
    year: r.year,
    code: r.code,
    name: r.name,
    purpose: r.purpose,
    initialAmountFen: r.initial_amount_fen,
    allocatedOn: r.allocated_on,
    allocatedFen: r.allocated_fen,
    receivedFen: r.received_fen,
    spentFen: r.spent_fen,
    // As the fund decider computes it (ledgerFigures), never a second formula.
    remainingFen: ledgerFigures({ allocatedFen: r.allocated_fen, receivedFen: r.received_fen, spentFen: r.spent_fen, spentByCategory }).remainingFen,
    revision: r.revision,
    spentByCategory,
  };
}

/** Shares and balances from the domain's ledgerFigures / shareBasisPoints. */
export function toFundFigures(fund: Fund): FundFigures {
  const { allocatedFen, receivedFen, spentFen, spentByCategory } = fund;
  const figures = ledgerFigures({ allocatedFen, receivedFen, spentFen, spentByCategory });
  return {
    byCategory: EXPENDITURE_CATEGORIES.map((category) => ({
      category,
      spentFen: figures.spentByCategory[category],
      shareBp: figures.categorySharesBp[category],
      basicShareBp: category === 'SPECIAL' ? null : figures.basicSharesBp[category],
    })),
    basicSpentFen: figures.basicSpentFen,
    balanceFen: figures.balanceFen,
    receivedGapFen: allocatedFen - receivedFen,
  };
}

const LINKED_KINDS: Readonly<Record<string, LinkedRecordKind>> = {
  case: 'CASE',
  visit: 'VISIT',
  activity: 'ACTIVITY',
  subsidy: 'SUBSIDY_APPLICATION',
  claim: 'INSURANCE_CLAIM',
};

/** 'visit-v-1' → { kind: VISIT, recordId: 'v-1' }: the stream-id convention of domain.md §3. */
export function toLinkedRecord(streamId: string | null): LinkedRecord | null {
  if (streamId === null) return null;
  const type = streamTypeOf(streamId);
  const kind = LINKED_KINDS[type] ?? 'OTHER';
  return { streamId, kind, recordId: kind === 'OTHER' ? streamId : streamId.slice(type.length + 1) };
}

export const toLedgerEntry = (r: FundLedgerRow): FundLedgerEntry => ({
  position: r.position,
  kind: r.kind as LedgerEntryKind,
  date: r.entry_date,
  entryId: r.entry_id,
  amountFen: r.amount_fen,
  category: r.category as ExpenditureCategory | null,
  description: r.description,
  source: r.source,
  reason: r.reason,
  linked: toLinkedRecord(r.linked_stream_id),
  reversed: r.reversed === 1,
  runningRemainingFen: r.running_remaining_fen,
  runningBalanceFen: r.running_balance_fen,
  actorId: r.actor_id,
  actorName: actorName(r.actor_id),
  recordedAt: r.recorded_at,
});

export const toPerformanceTarget = (r: FundTargetRow): PerformanceTarget => ({
  year: r.year,
  indicatorId: r.indicator_id,
  name: r.name,
  direction: r.direction as TargetDirection,
  value: r.value,
  unit: r.unit as TargetUnit,
  weight: r.weight,
  sourceQuery: r.source_query,
  status: r.status as TargetStatus,
  revisionCount: r.revision_count,
  deviationReason: r.deviation_reason,
  history: r.history.map((h) => ({
    position: h.position,
    kind: h.kind as TargetChangeKind,
    changes: JSON.parse(h.changes) as unknown,
    reason: h.reason,
    actorId: h.actor_id,
    actorName: actorName(h.actor_id),
    recordedAt: h.recorded_at,
    businessDate: h.business_date,
  })),
});
