import type { SubsidyStatus } from '@careledger/domain-nursing-subsidy';

/** Every command a user can give an existing application, by the name of its button and form. */
export const SUBSIDY_ACTIONS = [
  'townshipReview',
  'supplement',
  'countyReview',
  'postNotice',
  'closeNotice',
  'refuseAfterNotice',
  'submitToSunshine',
  'issuePayment',
  'confirmPayment',
  'recordFailure',
  'reissuePayment',
  'settleReimbursement',
  'withdraw',
] as const;
export type SubsidyAction = (typeof SUBSIDY_ACTIONS)[number];

/**
 * The actions the workflow allows in a status, mirroring the nursing-subsidy decider (which still
 * decides: a button shown here can be refused, e.g. by a concurrent review). A payment may go
 * straight out after approval (or after the notice) without the sunshine system; an application
 * whose caps left nothing to pay (amount 0) is never paid.
 */
export function allowedActions(status: SubsidyStatus, noticeRequired: boolean, amountFen: number): readonly SubsidyAction[] {
  const pay: readonly SubsidyAction[] = amountFen > 0 ? ['issuePayment'] : [];
  switch (status) {
    case 'applied':
      return ['townshipReview', 'withdraw'];
    case 'returned':
      return ['supplement'];
    case 'supplemented':
      return ['townshipReview', 'supplement'];
    case 'townshipApproved':
      return ['countyReview'];
    case 'countyApproved':
      return noticeRequired ? ['postNotice'] : ['submitToSunshine', ...pay];
    // Objections to the notice may prove founded while it hangs or once it closed: 公示后不予发放.
    case 'noticePosted':
      return ['closeNotice', 'refuseAfterNotice'];
    case 'noticeClosed':
      return ['submitToSunshine', ...pay, 'refuseAfterNotice'];
    case 'submitted':
      return pay;
    case 'paymentIssued':
      return ['confirmPayment', 'recordFailure'];
    case 'paymentFailed':
      return ['reissuePayment'];
    case 'paid':
      return ['settleReimbursement'];
    case 'rejected':
    case 'settled':
    case 'withdrawn':
      return [];
    default: {
      const _exhaustive: never = status;
      return _exhaustive;
    }
  }
}
