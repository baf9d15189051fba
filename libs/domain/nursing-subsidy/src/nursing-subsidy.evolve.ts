import type { NursingSubsidyEvent, SubsidyApplied } from './nursing-subsidy.events';
import type { NursingSubsidyState, SubsidyApplication } from './nursing-subsidy.state';

/**
 * Folds one event into the state. Total by design: it replays whatever history is stored,
 * including a SubsidyApplied whose diagnosis was erased, and, defensively, events arriving in an
 * unexpected status, which leave the state unchanged instead of throwing.
 */
export function evolveNursingSubsidy(
  state: NursingSubsidyState,
  event: NursingSubsidyEvent,
): NursingSubsidyState {
  if (event.type === 'SubsidyApplied') {
    return state.status === 'initial' ? { status: 'applied', application: applicationOf(event.data) } : state;
  }
  if (state.status === 'initial') return state;
  const { application } = state;
  switch (event.type) {
    case 'DocumentsSupplemented':
      return state.status === 'returned' ? { status: 'supplemented', application } : state;
    case 'TownshipReviewed': {
      if (state.status !== 'applied' && state.status !== 'supplemented') return state;
      return event.data.decision === 'APPROVED'
        ? { status: 'townshipApproved', application }
        : { status: 'returned', application, opinion: event.data.opinion ?? '' };
    }
    case 'CountyReviewed': {
      if (state.status !== 'townshipApproved') return state;
      return event.data.decision === 'APPROVED'
        ? { status: 'countyApproved', application }
        : { status: 'rejected', application, opinion: event.data.opinion ?? '' };
    }
    case 'NoticePosted': {
      if (state.status !== 'countyApproved') return state;
      const { postedOn, closesOn } = event.data;
      return { status: 'noticePosted', application, postedOn, closesOn };
    }
    case 'NoticeClosed':
      if (state.status !== 'noticePosted') return state;
      return { status: 'noticeClosed', application, postedOn: state.postedOn, closedOn: event.data.closedOn };
    case 'RefusedAfterNotice': {
      if (state.status !== 'noticePosted' && state.status !== 'noticeClosed') return state;
      const { reason, refusedOn } = event.data;
      return { status: 'rejected', application, opinion: reason, refusedOn };
    }
    case 'SubmittedToSunshine': {
      if (state.status !== 'countyApproved' && state.status !== 'noticeClosed') return state;
      const { externalRef, submittedOn } = event.data;
      return { status: 'submitted', application: { ...application, sunshineRef: externalRef }, submittedOn };
    }
    case 'PaymentIssued':
    case 'PaymentReissued': {
      const from =
        event.type === 'PaymentIssued' ? ['countyApproved', 'noticeClosed', 'submitted'] : ['paymentFailed'];
      if (!from.includes(state.status)) return state;
      const { batchId, period, issuedOn } = event.data;
      const batchIds = [...application.batchIds, batchId];
      const payment = { batchId, period, issuedOn };
      return { status: 'paymentIssued', application: { ...application, batchIds }, payment };
    }
    case 'PaymentConfirmed':
      if (state.status !== 'paymentIssued') return state;
      return { status: 'paid', application, payment: state.payment, paidOn: event.data.paidOn };
    case 'PaymentFailed': {
      if (state.status !== 'paymentIssued') return state;
      const { reason, failedOn } = event.data;
      return { status: 'paymentFailed', application, payment: state.payment, reason, failedOn };
    }
    case 'ReimbursementSettled': {
      if (state.status !== 'paid') return state;
      const { settledOn, voucherNo } = event.data;
      const { payment, paidOn } = state;
      return { status: 'settled', application, payment, paidOn, settledOn, voucherNo };
    }
    case 'ApplicationWithdrawn':
      if (state.status !== 'applied') return state;
      return { status: 'withdrawn', application, reason: event.data.reason };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function applicationOf(data: SubsidyApplied['data']): SubsidyApplication {
  const { applicationId, caseId, personId, hospitalName, hospitalGrade, admittedOn, dischargedOn } = data;
  return {
    applicationId,
    caseId,
    personId,
    hospitalName,
    hospitalGrade,
    admittedOn,
    dischargedOn,
    amountFen: data.computation.amountFen,
    noticeRequired: data.noticeRequired,
    noticeDays: data.noticeDays,
    sunshineRef: null,
    batchIds: [],
  };
}
