import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import { careCaseDecider } from './care-case.decider';
import type { CareCaseEvent } from './care-case.events';
import type { CareCaseState, CaseMember } from './care-case.state';
import {
  caseExited,
  caseId,
  caseOpened,
  caseReopened,
  father,
  memberRegistered,
  mother,
  registerMember,
} from './testing/care-case.fixtures';

const fold = (events: CareCaseEvent[]) => foldEvents(careCaseDecider, events);
const memberOf = (state: CareCaseState, personId: string): CaseMember | undefined =>
  state.status === 'initial' ? undefined : state.file.members.get(personId);

describe('evolveCareCase', () => {
  it('starts from a case that does not exist', () => {
    expect(careCaseDecider.initialState()).toEqual({ status: 'initial' });
  });

  it('walks active → exited → active, keeping the file', () => {
    const exited = fold([caseOpened, memberRegistered(father), caseExited('2023-06-01', 'MOVED_AWAY')]);
    expect(exited).toMatchObject({ status: 'exited', exitReason: 'MOVED_AWAY', exitedOn: '2023-06-01' });
    const reopened = careCaseDecider.evolve(exited, caseReopened('2023-07-01'));
    expect(reopened).toMatchObject({ status: 'active', activeSince: '2023-07-01' });
    expect(memberOf(reopened, father.personId)?.name).toBe(father.name);
  });

  it('keeps no plain ID number in state', () => {
    const state = fold([caseOpened, memberRegistered(father)]);
    const json = JSON.stringify(state, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
    expect(json).toContain(father.idNumberHash);
    expect(json).not.toContain(father.idNumber);
  });

  it('replays events whose personal data was erased', () => {
    const erasedCorrection: CareCaseEvent = {
      type: 'MemberDetailsCorrected',
      data: {
        caseId,
        personId: father.personId,
        changes: { idNumber: null, idNumberHash: 'hmac-new', idNumberTail: '0012', phone: null },
      },
    };
    const state = fold([caseOpened, memberRegistered(father, { idNumber: null }), erasedCorrection]);
    expect(memberOf(state, father.personId)).toMatchObject({
      idNumberHash: 'hmac-new',
      idNumberTail: '0012',
      phone: null,
    });
  });

  it('still finds duplicate ID numbers by hash after erasure', () => {
    deciderSpec(careCaseDecider)
      .given([caseOpened, memberRegistered(father, { idNumber: null, phone: null })])
      .when(registerMember({ ...mother, idNumberHash: father.idNumberHash }))
      .thenThrows('DUPLICATE_ID_NUMBER');
  });

  it('leaves the state unchanged for events out of place instead of throwing', () => {
    expect(fold([memberRegistered(father)])).toEqual({ status: 'initial' });
    const active = fold([caseOpened]);
    expect(careCaseDecider.evolve(active, caseReopened('2023-07-01'))).toBe(active);
    const died: CareCaseEvent = {
      type: 'MemberDied',
      data: { caseId, personId: 'p-unknown', diedOn: '2023-07-01' },
    };
    expect(careCaseDecider.evolve(active, died)).toEqual(active);
  });
});
