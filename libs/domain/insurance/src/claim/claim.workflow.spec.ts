import { deciderSpec } from '@careledger/domain-kernel';
import type { ClaimDocumentKind } from '../insurance.vocabulary';
import type { RejectClaim, SendClaimToInsurer, SettleClaim, SubmitClaimDocuments } from './claim.commands';
import { claimDecider } from './claim.decider';
import type { ClaimRejected } from './claim.events';
import {
  claimId,
  claimSettled,
  documentsSubmitted,
  reported,
  sent,
  sentToInsurer,
  submitted,
} from '../testing/claim.fixtures';

const spec = deciderSpec(claimDecider);

const submit = (documents: ClaimDocumentKind[], submittedOn = '2023-05-20'): SubmitClaimDocuments => ({
  type: 'SubmitClaimDocuments',
  data: { claimId, documents, submittedOn },
});
const send = (sentOn = '2023-05-25', insurerRef = 'LP2023-0517'): SendClaimToInsurer => ({
  type: 'SendClaimToInsurer',
  data: { claimId, sentOn, insurerRef },
});
const settle = (amountFen: number, settledOn = '2023-06-15'): SettleClaim => ({
  type: 'SettleClaim',
  data: { claimId, amountFen, settledOn },
});
const reject = (reason = '不在保险责任范围', rejectedOn = '2023-06-15'): RejectClaim => ({
  type: 'RejectClaim',
  data: { claimId, reason, rejectedOn },
});
const rejected: ClaimRejected = {
  type: 'ClaimRejected',
  data: { claimId, reason: '不在保险责任范围', rejectedOn: '2023-06-15' },
};

describe('SubmitClaimDocuments', () => {
  it('records the kinds handed in, without repeats', () => {
    spec
      .given(reported)
      .when(submit(['CLAIM_FORM', 'MEDICAL_INVOICE', 'CLAIM_FORM', 'DISCHARGE_SUMMARY']))
      .then([documentsSubmitted]);
  });

  it('accepts more documents before the claim is sent', () => {
    const more = submit(['DIAGNOSIS_CERTIFICATE'], '2023-05-22');
    spec.given(submitted).when(more).then([{ type: 'ClaimDocumentsSubmitted', data: more.data }]);
  });

  it('is already done when the same submission is made again', () => {
    spec.given(submitted).when(submit(['DISCHARGE_SUMMARY', 'CLAIM_FORM', 'MEDICAL_INVOICE'])).then([]);
  });

  it('refuses a submission dated before the report or the previous submission', () => {
    spec
      .given(reported)
      .when(submit(['CLAIM_FORM'], '2023-05-09'))
      .thenThrows('VALIDATION_FAILED', { field: 'submittedOn', min: '2023-05-10' });
    spec
      .given(submitted)
      .when(submit(['OTHER'], '2023-05-19'))
      .thenThrows('VALIDATION_FAILED', { field: 'submittedOn', min: '2023-05-20' });
  });

  it('refuses an empty list and an unknown kind', () => {
    spec.given(reported).when(submit([])).thenThrows('VALIDATION_FAILED', { field: 'documents' });
    spec
      .given(reported)
      .when(submit(['X_RAY' as ClaimDocumentKind]))
      .thenThrows('VALIDATION_FAILED', { field: 'documents' });
  });

  it('is refused once the claim is sent', () => {
    spec
      .given(sent)
      .when(submit(['OTHER'], '2023-05-26'))
      .thenThrows('INVALID_TRANSITION', { from: 'sent', command: 'SubmitClaimDocuments' });
  });
});

describe('SendClaimToInsurer', () => {
  it('sends a claim whose documents were submitted', () => {
    spec.given(submitted).when(send()).then([sentToInsurer]);
  });

  it('is refused before any document was submitted', () => {
    spec
      .given(reported)
      .when(send())
      .thenThrows('INVALID_TRANSITION', { from: 'reported', command: 'SendClaimToInsurer' });
  });

  it('is already done when sent again with the same reference; refused with another', () => {
    spec.given(sent).when(send()).then([]);
    spec.given(sent).when(send('2023-05-25', 'LP-OTHER')).thenThrows('INVALID_TRANSITION', { from: 'sent' });
  });

  it('refuses a sending date before the last submission, and a blank reference', () => {
    spec
      .given(submitted)
      .when(send('2023-05-19'))
      .thenThrows('VALIDATION_FAILED', { field: 'sentOn', min: '2023-05-20' });
    spec
      .given(submitted)
      .when(send('2023-05-25', ' '))
      .thenThrows('VALIDATION_FAILED', { field: 'insurerRef' });
  });
});

describe('SettleClaim', () => {
  it('settles a sent claim with the amount paid (13,791.60 元 style, in fen)', () => {
    spec.given(sent).when(settle(76620)).then([claimSettled]);
  });

  it('accepts a settlement of zero', () => {
    spec
      .given(sent)
      .when(settle(0))
      .then([{ type: 'ClaimSettled', data: { ...claimSettled.data, amountFen: 0 } }]);
  });

  it.each([
    ['negative', -100],
    ['fractional', 766.2],
  ])('refuses a %s amount', (_label, amountFen) => {
    spec.given(sent).when(settle(amountFen)).thenThrows('VALIDATION_FAILED', { field: 'amountFen' });
  });

  it('refuses a settlement dated before the claim was sent', () => {
    spec
      .given(sent)
      .when(settle(100, '2023-05-24'))
      .thenThrows('VALIDATION_FAILED', { field: 'settledOn', min: '2023-05-25' });
  });

  it('refuses a second settlement, even of the same amount', () => {
    const settled = [...sent, claimSettled];
    spec
      .given(settled)
      .when(settle(76620))
      .thenThrows('INVALID_TRANSITION', { from: 'settled', command: 'SettleClaim' });
    spec.given(settled).when(settle(100)).thenThrows('INVALID_TRANSITION', { from: 'settled' });
  });

  it('is refused before the claim is sent, and after it was rejected', () => {
    spec.given(submitted).when(settle(100)).thenThrows('INVALID_TRANSITION', { from: 'documentsSubmitted' });
    spec.given([...sent, rejected]).when(settle(100)).thenThrows('INVALID_TRANSITION', { from: 'rejected' });
  });
});

describe('RejectClaim', () => {
  it('records the insurer rejecting a sent claim, with its reason', () => {
    spec.given(sent).when(reject(' 不在保险责任范围 ')).then([rejected]);
  });

  it('requires a reason', () => {
    spec.given(sent).when(reject('  ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('refuses a rejection dated before the claim was sent', () => {
    spec
      .given(sent)
      .when(reject(undefined, '2023-05-24'))
      .thenThrows('VALIDATION_FAILED', { field: 'rejectedOn' });
  });

  it('is already done when the same rejection is recorded again; refused with another reason', () => {
    const given = [...sent, rejected];
    spec.given(given).when(reject()).then([]);
    spec.given(given).when(reject('材料不全')).thenThrows('INVALID_TRANSITION', { from: 'rejected' });
  });

  it('is refused before the claim is sent, and after it was settled', () => {
    spec
      .given(reported)
      .when(reject())
      .thenThrows('INVALID_TRANSITION', { from: 'reported', command: 'RejectClaim' });
    spec.given([...sent, claimSettled]).when(reject()).thenThrows('INVALID_TRANSITION', { from: 'settled' });
  });
});

