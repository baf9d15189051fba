import { deciderSpec } from '@careledger/domain-kernel';
import type { IssuePayment, NursingSubsidyCommand } from './nursing-subsidy.commands';
import { nursingSubsidyDecider } from './nursing-subsidy.decider';
import {
  applicationId,
  applyForSubsidy,
  historyAt,
  paymentConfirmed,
  paymentFailed,
  paymentIssued,
  paymentReissued,
  reimbursementSettled,
  submitted,
  subsidyApplied,
  townshipApproved,
  countyApproved,
  rulesWithoutNotice,
} from './testing/nursing-subsidy.fixtures';

const spec = deciderSpec(nursingSubsidyDecider);
const id = { applicationId };
const issue = (overrides: Partial<IssuePayment['data']> = {}): IssuePayment => ({
  type: 'IssuePayment',
  data: {
    ...id,
    batchId: 'B-202304-01',
    period: '202304',
    amountFen: 2000_00,
    issuedOn: '2023-04-20',
    ...overrides,
  },
});
const reissue = (batchId = 'B-202305-01', issuedOn = '2023-05-05'): NursingSubsidyCommand => ({
  type: 'ReissuePayment',
  data: { ...id, batchId, period: '202305', issuedOn },
});
const confirm = (paidOn = '2023-04-25'): NursingSubsidyCommand => ({
  type: 'ConfirmPayment',
  data: { ...id, paidOn },
});
const fail = (reason = '社保卡已挂失', failedOn = '2023-04-25'): NursingSubsidyCommand => ({
  type: 'RecordPaymentFailure',
  data: { ...id, reason, failedOn },
});
const settle = (settledOn = '2023-05-10'): NursingSubsidyCommand => ({
  type: 'SettleReimbursement',
  data: { ...id, settledOn, voucherNo: 'PZ-2023-0042' },
});

describe('SubmitToSunshine', () => {
  const submit: NursingSubsidyCommand = {
    type: 'SubmitToSunshine',
    data: { ...id, externalRef: ' YG-2023-0001 ', submittedOn: '2023-04-18' },
  };

  it('records the external reference after the notice', () => {
    spec.given(historyAt.noticeClosed).when(submit).then([submitted]);
  });

  it('is already done with the same reference', () => {
    spec.given(historyAt.submitted).when(submit).then([]);
  });

  it('refuses a blank reference', () => {
    const blank = { ...submit, data: { ...submit.data, externalRef: '' } };
    spec.given(historyAt.noticeClosed).when(blank).thenThrows('VALIDATION_FAILED', { field: 'externalRef' });
  });
});

describe('IssuePayment', () => {
  it('issues the computed amount in a one-card batch', () => {
    spec.given(historyAt.submitted).when(issue()).then([paymentIssued]);
  });

  it('may skip the sunshine system (not every subsidy goes through it)', () => {
    spec.given(historyAt.noticeClosed).when(issue()).then([paymentIssued]);
  });

  it('refuses an amount other than the computed one', () => {
    spec
      .given(historyAt.submitted)
      .when(issue({ amountFen: 1999_00 }))
      .thenThrows('VALIDATION_FAILED', { field: 'amountFen', rule: 'mismatch', expected: 2000_00 });
  });

  it('refuses to pay an application whose caps left nothing', () => {
    const capped = applyForSubsidy({ ruleSets: [rulesWithoutNotice], daysAlreadyPaidByYear: { '2023': 90 } });
    spec
      .given([subsidyApplied(capped, rulesWithoutNotice), townshipApproved, countyApproved])
      .when(issue({ amountFen: 0 }))
      .thenThrows('VALIDATION_FAILED', { field: 'amountFen', rule: 'nothingToPay' });
  });

  it.each([
    [{ period: '202313' }, 'period'],
    [{ period: '2023-04' }, 'period'],
    [{ amountFen: -1 }, 'amountFen'],
    [{ batchId: ' ' }, 'batchId'],
    [{ issuedOn: '20230420' }, 'issuedOn'],
  ])('refuses %j', (change, field) => {
    spec.given(historyAt.submitted).when(issue(change)).thenThrows('VALIDATION_FAILED', { field });
  });

  it('is already done for the same batch', () => {
    spec.given(historyAt.paymentIssued).when(issue()).then([]);
  });
});

describe('payment results', () => {
  it('confirms the payment', () => {
    spec.given(historyAt.paymentIssued).when(confirm()).then([paymentConfirmed]);
    spec.given(historyAt.paid).when(confirm()).then([]);
  });

  it('refuses a payment date before the issue date', () => {
    spec
      .given(historyAt.paymentIssued)
      .when(confirm('2023-04-19'))
      .thenThrows('VALIDATION_FAILED', { field: 'paidOn', min: '2023-04-20' });
  });

  it('records a failure with its reason', () => {
    spec.given(historyAt.paymentIssued).when(fail()).then([paymentFailed]);
    spec.given(historyAt.paymentFailed).when(fail()).then([]);
  });

  it('refuses a failure without a reason', () => {
    spec.given(historyAt.paymentIssued).when(fail(' ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });
});

describe('ReissuePayment', () => {
  it('reissues in a new batch, after which the payment can be confirmed or fail again', () => {
    spec.given(historyAt.paymentFailed).when(reissue()).then([paymentReissued]);
    const reissued = [...historyAt.paymentFailed, paymentReissued];
    spec
      .given(reissued)
      .when(confirm('2023-05-08'))
      .then([{ type: 'PaymentConfirmed', data: { ...id, paidOn: '2023-05-08' } }]);
    spec.given(reissued).when(confirm('2023-05-04')).thenThrows('VALIDATION_FAILED', { min: '2023-05-05' });
    spec.given([...reissued, paymentFailed]).when(reissue('B-202306-01', '2023-06-01')).then([
      {
        type: 'PaymentReissued',
        data: { ...id, batchId: 'B-202306-01', period: '202305', issuedOn: '2023-06-01' },
      },
    ]);
  });

  it('refuses a batch already used for this application', () => {
    spec
      .given(historyAt.paymentFailed)
      .when(reissue('B-202304-01'))
      .thenThrows('VALIDATION_FAILED', { field: 'batchId', rule: 'batchUsed' });
  });

  it('is already done for the same new batch', () => {
    spec.given([...historyAt.paymentFailed, paymentReissued]).when(reissue()).then([]);
  });

  it('refuses a reissue dated before the failure', () => {
    spec
      .given(historyAt.paymentFailed)
      .when(reissue('B-X', '2023-04-24'))
      .thenThrows('VALIDATION_FAILED', { field: 'issuedOn', min: '2023-04-25' });
  });
});

describe('SettleReimbursement (报账)', () => {
  it('settles a paid subsidy', () => {
    spec.given(historyAt.paid).when(settle()).then([reimbursementSettled]);
    spec.given(historyAt.settled).when(settle()).then([]);
  });

  it('refuses a settlement dated before the payment', () => {
    spec
      .given(historyAt.paid)
      .when(settle('2023-04-24'))
      .thenThrows('VALIDATION_FAILED', { field: 'settledOn', min: '2023-04-25' });
  });

  it('refuses a payment that has not arrived', () => {
    spec.given(historyAt.paymentIssued).when(settle()).thenThrows('INVALID_TRANSITION', {
      from: 'paymentIssued',
      command: 'SettleReimbursement',
    });
  });
});
