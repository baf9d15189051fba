import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import type { ClaimCommand, WithdrawClaim } from './claim.commands';
import { claimDecider } from './claim.decider';
import type { ClaimEvent, ClaimRejected, ClaimWithdrawn } from './claim.events';
import { claimIsInProgress } from './claim.queries';
import {
  claimId,
  claimReported,
  claimSettled,
  reported,
  sent,
  submitted,
} from '../testing/claim.fixtures';

const spec = deciderSpec(claimDecider);
const withdraw = (reason = '家属决定不再申请'): WithdrawClaim => ({
  type: 'WithdrawClaim',
  data: { claimId, reason },
});
const withdrawn: ClaimWithdrawn = { type: 'ClaimWithdrawn', data: { claimId, reason: '家属决定不再申请' } };
const rejected: ClaimRejected = {
  type: 'ClaimRejected',
  data: { claimId, reason: '免责', rejectedOn: '2023-06-15' },
};

describe('WithdrawClaim', () => {
  it.each([
    ['reported', reported],
    ['documentsSubmitted', submitted],
    ['sent', sent],
  ])('withdraws a claim that is %s', (_status, given) => {
    spec.given(given).when(withdraw()).then([withdrawn]);
  });

  it('requires a reason', () => {
    spec.given(reported).when(withdraw(' ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('is refused once the insurer has decided', () => {
    spec
      .given([...sent, claimSettled])
      .when(withdraw())
      .thenThrows('INVALID_TRANSITION', { from: 'settled', command: 'WithdrawClaim' });
    spec.given([...sent, rejected]).when(withdraw()).thenThrows('INVALID_TRANSITION', { from: 'rejected' });
  });

  it('is already done when withdrawn again for the same reason; refused for another', () => {
    spec.given([...reported, withdrawn]).when(withdraw()).then([]);
    spec
      .given([...reported, withdrawn])
      .when(withdraw('重复报案'))
      .thenThrows('INVALID_TRANSITION', { from: 'withdrawn' });
  });

  describe('a withdrawn claim refuses every further step', () => {
    const commands: ClaimCommand[] = [
      {
        type: 'SubmitClaimDocuments',
        data: { claimId, documents: ['CLAIM_FORM'], submittedOn: '2023-05-20' },
      },
      { type: 'SendClaimToInsurer', data: { claimId, sentOn: '2023-05-25', insurerRef: 'LP1' } },
      { type: 'SettleClaim', data: { claimId, amountFen: 100, settledOn: '2023-06-15' } },
      { type: 'RejectClaim', data: { claimId, reason: '免责', rejectedOn: '2023-06-15' } },
    ];
    it.each(commands.map((command) => [command.type, command] as const))('%s', (type, command) => {
      spec
        .given([...sent, withdrawn])
        .when(command)
        .thenThrows('INVALID_TRANSITION', { from: 'withdrawn', command: type });
    });
  });
});

describe('claimIsInProgress', () => {
  const fold = (events: ClaimEvent[]) => foldEvents(claimDecider, events);

  it.each([
    ['no claim', [], false],
    ['reported', reported, true],
    ['documents submitted', submitted, true],
    ['sent to the insurer', sent, true],
    ['settled', [...sent, claimSettled], false],
    ['rejected', [...sent, rejected], false],
    ['withdrawn', [...submitted, withdrawn], false],
  ])('%s → %s', (_label, events, expected) => {
    expect(claimIsInProgress(fold(events))).toBe(expected);
  });
});

describe('evolveClaim', () => {
  const fold = (events: ClaimEvent[]) => foldEvents(claimDecider, events);

  it('keeps no description (health data) in state', () => {
    expect(JSON.stringify(fold(sent))).not.toContain(claimReported.data.description);
  });

  it('replays a report whose description was erased', () => {
    const erased: ClaimEvent = { ...claimReported, data: { ...claimReported.data, description: null } };
    expect(fold([erased])).toMatchObject({ status: 'reported', claim: { personId: 'p-mother' } });
  });

  it('leaves the state unchanged for events out of place instead of throwing', () => {
    expect(fold([claimSettled, withdrawn])).toEqual({ status: 'initial' });
    const settled = fold([...sent, claimSettled]);
    for (const event of [claimReported, claimSettled, rejected, withdrawn]) {
      expect(claimDecider.evolve(settled, event)).toBe(settled);
    }
    expect(fold([...reported, claimSettled])).toEqual(fold(reported));
  });
});
