import type { SubsidyStatus } from '@careledger/domain-nursing-subsidy';

/** What the application's state allows, for the web's buttons. The deciders still have the last word. */
export function allowedActions(status: SubsidyStatus, noticeRequired: boolean, amountFen: number): string[] {
  const pay = amountFen > 0 ? ['issueSubsidyPayment'] : [];
  switch (status) {
    case 'applied':
      return ['reviewSubsidyByTownship', 'withdrawSubsidyApplication'];
    case 'returned':
      return ['supplementSubsidyDocuments'];
    case 'supplemented':
      return ['reviewSubsidyByTownship', 'supplementSubsidyDocuments'];
    case 'townshipApproved':
      return ['reviewSubsidyByCounty'];
    case 'countyApproved':
      return noticeRequired ? ['postSubsidyNotice'] : ['submitSubsidyToSunshine', ...pay];
    // Objections to the notice may prove founded while it hangs or once it closed: 公示后不予发放.
    case 'noticePosted':
      return ['closeSubsidyNotice', 'refuseSubsidyAfterNotice'];
    case 'noticeClosed':
      return ['submitSubsidyToSunshine', ...pay, 'refuseSubsidyAfterNotice'];
    case 'submitted':
      return pay;
    case 'paymentIssued':
      return ['confirmSubsidyPayment', 'recordSubsidyPaymentFailure'];
    case 'paymentFailed':
      return ['reissueSubsidyPayment'];
    case 'paid':
      return ['settleSubsidyReimbursement'];
    case 'settled':
    case 'rejected':
    case 'withdrawn':
      return [];
    default: {
      const _exhaustive: never = status;
      return [];
    }
  }
}
