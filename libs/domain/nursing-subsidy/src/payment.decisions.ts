import {
  assertCivilDate,
  assertFen,
  compareCivilDates,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import type {
  ConfirmPayment,
  IssuePayment,
  RecordPaymentFailure,
  ReissuePayment,
  SettleReimbursement,
  SubmitToSunshine,
} from './nursing-subsidy.commands';
import { invalidTransition } from './nursing-subsidy.errors';
import type {
  PaymentConfirmed,
  PaymentFailed,
  PaymentIssued,
  PaymentReissued,
  ReimbursementSettled,
  SubmittedToSunshine,
} from './nursing-subsidy.events';
import type { ExistingSubsidy } from './nursing-subsidy.state';

// From approval to the books: sunshine system, one-card payment and its result, reimbursement.

/** Approved, and past the notice when the rules require one. */
function readyForPayment(state: ExistingSubsidy): boolean {
  if (state.status === 'countyApproved') return !state.application.noticeRequired;
  return state.status === 'noticeClosed';
}

export function submitToSunshine(
  data: SubmitToSunshine['data'],
  state: ExistingSubsidy,
): SubmittedToSunshine[] {
  const externalRef = requireText('externalRef', data.externalRef, { max: 64 });
  const submittedOn = assertCivilDate('submittedOn', data.submittedOn);
  if (state.status === 'submitted' && state.application.sunshineRef === externalRef) return [];
  if (!readyForPayment(state)) throw invalidTransition(state.status, 'SubmitToSunshine');
  const { applicationId } = data;
  return [{ type: 'SubmittedToSunshine', data: { applicationId, externalRef, submittedOn } }];
}

/**
 * Also allowed straight after approval (or the notice): not every subsidy goes through the
 * sunshine system — the 2023 report counts 59,200 of 89,200 元 as paid "through" it (domain.md §5).
 */
export function issuePayment(data: IssuePayment['data'], state: ExistingSubsidy): PaymentIssued[] {
  const batchId = requireText('batchId', data.batchId, { max: 64 });
  const period = assertPeriod(data.period);
  const amountFen = assertFen('amountFen', data.amountFen);
  const issuedOn = assertCivilDate('issuedOn', data.issuedOn);
  if (state.status === 'paymentIssued' && state.payment.batchId === batchId) return [];
  if (!readyForPayment(state) && state.status !== 'submitted') {
    throw invalidTransition(state.status, 'IssuePayment');
  }
  const expected = state.application.amountFen;
  if (amountFen !== expected) {
    const message = 'the amount must equal the computed subsidy';
    throw validationFailed('amountFen', message, { rule: 'mismatch', expected });
  }
  if (amountFen === 0) {
    throw validationFailed('amountFen', 'nothing to pay: the caps leave no amount', { rule: 'nothingToPay' });
  }
  const { applicationId } = data;
  return [{ type: 'PaymentIssued', data: { applicationId, batchId, period, amountFen, issuedOn } }];
}

export function confirmPayment(data: ConfirmPayment['data'], state: ExistingSubsidy): PaymentConfirmed[] {
  const paidOn = assertCivilDate('paidOn', data.paidOn);
  if (state.status === 'paid' && state.paidOn === paidOn) return [];
  if (state.status !== 'paymentIssued') throw invalidTransition(state.status, 'ConfirmPayment');
  assertNotBefore('paidOn', paidOn, state.payment.issuedOn);
  return [{ type: 'PaymentConfirmed', data: { applicationId: data.applicationId, paidOn } }];
}

export function recordPaymentFailure(
  data: RecordPaymentFailure['data'],
  state: ExistingSubsidy,
): PaymentFailed[] {
  const reason = requireReason(data.reason);
  const failedOn = assertCivilDate('failedOn', data.failedOn);
  if (state.status === 'paymentFailed' && state.reason === reason && state.failedOn === failedOn) return [];
  if (state.status !== 'paymentIssued') throw invalidTransition(state.status, 'RecordPaymentFailure');
  assertNotBefore('failedOn', failedOn, state.payment.issuedOn);
  return [{ type: 'PaymentFailed', data: { applicationId: data.applicationId, reason, failedOn } }];
}

/** The same amount in a NEW batch: a batch id names one transfer file in the one-card system. */
export function reissuePayment(data: ReissuePayment['data'], state: ExistingSubsidy): PaymentReissued[] {
  const batchId = requireText('batchId', data.batchId, { max: 64 });
  const period = assertPeriod(data.period);
  const issuedOn = assertCivilDate('issuedOn', data.issuedOn);
  if (state.status === 'paymentIssued' && state.payment.batchId === batchId) return [];
  if (state.status !== 'paymentFailed') throw invalidTransition(state.status, 'ReissuePayment');
  if (state.application.batchIds.includes(batchId)) {
    throw validationFailed('batchId', 'a reissue needs a new batch', { rule: 'batchUsed' });
  }
  assertNotBefore('issuedOn', issuedOn, state.failedOn);
  const { applicationId } = data;
  return [{ type: 'PaymentReissued', data: { applicationId, batchId, period, issuedOn } }];
}

/** 报账: after the money reached the person. */
export function settleReimbursement(
  data: SettleReimbursement['data'],
  state: ExistingSubsidy,
): ReimbursementSettled[] {
  const voucherNo = requireText('voucherNo', data.voucherNo, { max: 64 });
  const settledOn = assertCivilDate('settledOn', data.settledOn);
  if (state.status === 'settled' && state.voucherNo === voucherNo) return [];
  if (state.status !== 'paid') throw invalidTransition(state.status, 'SettleReimbursement');
  assertNotBefore('settledOn', settledOn, state.paidOn);
  const { applicationId } = data;
  return [{ type: 'ReimbursementSettled', data: { applicationId, settledOn, voucherNo } }];
}

const PERIOD = /^\d{4}(0[1-9]|1[0-2])$/;

/** 补贴期号 'YYYYMM', e.g. '202307'. */
function assertPeriod(value: unknown): string {
  if (typeof value !== 'string' || !PERIOD.test(value)) {
    throw validationFailed('period', 'period must be written YYYYMM');
  }
  return value;
}

function assertNotBefore(field: string, date: string, min: string): void {
  if (compareCivilDates(date, min) < 0) {
    throw validationFailed(field, `${field} cannot be before ${min}`, { min });
  }
}
