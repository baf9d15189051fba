import type { NursingSubsidyEvent, SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import type { ReadModelDatabase } from '../read-model/read-model.database';

type Step = ReadModelDatabase['subsidy_step'];
export type StepFacts = Pick<
  Step,
  | 'kind' | 'outcome' | 'status_after' | 'step_date' | 'opinion' | 'reason' | 'note' | 'objections'
  | 'closes_on' | 'external_ref' | 'batch_id' | 'period' | 'amount_fen' | 'voucher_no'
>;

const blank: Omit<StepFacts, 'kind' | 'status_after'> = {
  outcome: null,
  step_date: null,
  opinion: null,
  reason: null,
  note: null,
  objections: null,
  closes_on: null,
  external_ref: null,
  batch_id: null,
  period: null,
  amount_fen: null,
  voucher_no: null,
};

/**
 * One event as a workflow step: its outcome, the status it leaves the application in (the
 * decider only emits events valid from `before`, so the status follows from the event alone;
 * `before` is kept for a supplement, which changes nothing when sent twice) and its facts.
 * `amountFen` is the application's amount, which a reissue pays again.
 */
export function stepOf(event: NursingSubsidyEvent, before: SubsidyStatus, amountFen: number): StepFacts {
  const kind = event.type;
  switch (event.type) {
    case 'SubsidyApplied':
      return { ...blank, kind, status_after: 'applied', amount_fen: event.data.computation.amountFen };
    case 'DocumentsSupplemented':
      return { ...blank, kind, status_after: before === 'returned' ? 'supplemented' : before, note: event.data.note };
    case 'TownshipReviewed': {
      const { decision, opinion } = event.data;
      return { ...blank, kind, outcome: decision, opinion, status_after: decision === 'APPROVED' ? 'townshipApproved' : 'returned' };
    }
    case 'CountyReviewed': {
      const { decision, opinion } = event.data;
      return { ...blank, kind, outcome: decision, opinion, status_after: decision === 'APPROVED' ? 'countyApproved' : 'rejected' };
    }
    case 'NoticePosted':
      return { ...blank, kind, status_after: 'noticePosted', step_date: event.data.postedOn, closes_on: event.data.closesOn };
    case 'NoticeClosed': {
      const { closedOn, objections } = event.data;
      return { ...blank, kind, status_after: 'noticeClosed', step_date: closedOn, objections };
    }
    case 'RefusedAfterNotice': {
      // The county's decision, so its reason is shown as the opinion, like a review's rejection.
      const { refusedOn, reason } = event.data;
      return { ...blank, kind, outcome: 'REFUSED', opinion: reason, status_after: 'rejected', step_date: refusedOn };
    }
    case 'SubmittedToSunshine': {
      const { submittedOn, externalRef } = event.data;
      return { ...blank, kind, status_after: 'submitted', step_date: submittedOn, external_ref: externalRef };
    }
    case 'PaymentIssued': {
      const { issuedOn, batchId, period, amountFen } = event.data;
      return { ...blank, kind, status_after: 'paymentIssued', step_date: issuedOn, batch_id: batchId, period, amount_fen: amountFen };
    }
    case 'PaymentReissued': {
      const { issuedOn, batchId, period } = event.data;
      return { ...blank, kind, status_after: 'paymentIssued', step_date: issuedOn, batch_id: batchId, period, amount_fen: amountFen };
    }
    case 'PaymentConfirmed':
      return { ...blank, kind, outcome: 'PAID', status_after: 'paid', step_date: event.data.paidOn };
    case 'PaymentFailed': {
      const { failedOn, reason } = event.data;
      return { ...blank, kind, outcome: 'FAILED', status_after: 'paymentFailed', step_date: failedOn, reason };
    }
    case 'ReimbursementSettled': {
      const { settledOn, voucherNo } = event.data;
      return { ...blank, kind, status_after: 'settled', step_date: settledOn, voucher_no: voucherNo };
    }
    case 'ApplicationWithdrawn':
      return { ...blank, kind, status_after: 'withdrawn', reason: event.data.reason };
    default: {
      const _exhaustive: never = event;
      throw new Error('unreachable');
    }
  }
}
