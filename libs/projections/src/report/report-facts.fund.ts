import type { RecordedEvent } from '@careledger/event-store';
import type { FundEvent } from '@careledger/domain-fund';
import type { MakeFact, ReportFact, ReportFacts } from './report-facts.types';

/**
 * Fund events as report facts: the fund itself (allocation incl. adjustments), one fact per
 * receipt and one per expenditure (reversed or not), each carrying the fund's year so the
 * budget figures of a year are plain sums. Mirrors evolveFund's rules: events out of place
 * (before the allocation, a repeated id, reversing an unknown expenditure) change nothing.
 */
export function fundFactIds(event: RecordedEvent): string[] {
  const fundEvent = event as unknown as FundEvent;
  switch (fundEvent.type) {
    case 'BudgetAllocated':
    case 'AllocationAdjusted':
      return [event.streamId];
    case 'FundsReceived':
      return [event.streamId, `${event.streamId}#${fundEvent.data.receiptId}`];
    case 'ExpenditureRecorded':
    case 'ExpenditureReversed':
      return [event.streamId, `${event.streamId}#${fundEvent.data.expenditureId}`];
    default: {
      const _exhaustive: never = fundEvent;
      return [];
    }
  }
}

export function evolveFundFacts(facts: ReportFacts, event: RecordedEvent, make: MakeFact): ReportFact[] {
  const fundEvent = event as unknown as FundEvent;
  const fund = facts.get(event.streamId);
  const open = fund?.kind === 'FUND' ? fund.data : undefined;
  switch (fundEvent.type) {
    case 'BudgetAllocated': {
      if (open) return [];
      const { fundId, year, code, amountFen } = fundEvent.data;
      return [make(event.streamId, 'FUND', { fundId, year, code, allocatedFen: amountFen })];
    }
    case 'AllocationAdjusted':
      return open ? [make(event.streamId, 'FUND', { ...open, allocatedFen: open.allocatedFen + fundEvent.data.deltaFen })] : [];
    case 'FundsReceived': {
      const factId = `${event.streamId}#${fundEvent.data.receiptId}`;
      if (!open || facts.has(factId)) return [];
      const { receiptId, amountFen } = fundEvent.data;
      return [make(factId, 'RECEIPT', { fundId: open.fundId, year: open.year, receiptId, amountFen })];
    }
    case 'ExpenditureRecorded': {
      const factId = `${event.streamId}#${fundEvent.data.expenditureId}`;
      if (!open || facts.has(factId)) return [];
      const { expenditureId, category, amountFen } = fundEvent.data;
      const data = { fundId: open.fundId, year: open.year, code: open.code, expenditureId, category, amountFen, reversed: false };
      return [make(factId, 'EXPENDITURE', data)];
    }
    case 'ExpenditureReversed': {
      const factId = `${event.streamId}#${fundEvent.data.expenditureId}`;
      const current = facts.get(factId);
      if (current?.kind !== 'EXPENDITURE' || current.data.reversed) return [];
      return [make(factId, 'EXPENDITURE', { ...current.data, reversed: true })];
    }
    default: {
      const _exhaustive: never = fundEvent;
      return [];
    }
  }
}
