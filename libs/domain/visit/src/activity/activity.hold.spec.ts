import { deciderSpec } from '@careledger/domain-kernel';
import type { HoldActivity } from './activity.commands';
import { activityDecider } from './activity.decider';
import {
  activityHeld,
  activityId,
  father,
  grandson,
  holdActivity,
  widow,
} from '../testing/activity.fixtures';

const spec = deciderSpec(activityDecider);
/** A command whose data bypasses the types, as a JSON request can. */
const loose = (overrides: Record<string, unknown>): HoldActivity =>
  holdActivity(overrides as Partial<HoldActivity['data']>);

describe('HoldActivity', () => {
  it('records the activity with the distinct cases of its attendees', () => {
    spec.given([]).when(holdActivity({ topic: ' 中秋团圆会 ' })).then([activityHeld()]);
  });

  it('records a county-wide activity at another venue', () => {
    const overrides = {
      township: null,
      venueKind: 'OTHER',
      venueName: '县文化馆',
      attendees: [grandson, father],
    } as const;
    spec.given([]).when(holdActivity(overrides)).then([activityHeld(overrides, ['c-0003', 'c-0001'])]);
  });

  it('charges cash aid to a fund that has enough left', () => {
    const aid = { cashAidFen: 150_000, fundId: '2023-CARE' };
    spec
      .given([])
      .when(holdActivity({ ...aid, fundRemainingFen: 150_000 }))
      .then([activityHeld(aid)]);
  });

  it('refuses cash aid beyond what the fund has left', () => {
    spec
      .given([])
      .when(holdActivity({ cashAidFen: 150_000, fundId: '2023-CARE', fundRemainingFen: 100_000 }))
      .thenThrows('INSUFFICIENT_FUNDS', {
        fundId: '2023-CARE',
        remainingFen: 100_000,
        requestedFen: 150_000,
      });
  });

  it('refuses cash aid without a fund', () => {
    spec
      .given([])
      .when(holdActivity({ cashAidFen: 150_000, fundRemainingFen: 200_000 }))
      .thenThrows('VALIDATION_FAILED', { field: 'fundId' });
  });

  it('treats the same recording again as done', () => {
    spec.given([activityHeld()]).when(holdActivity()).then([]);
  });

  it('refuses the same activity id with other details', () => {
    spec
      .given([activityHeld()])
      .when(holdActivity({ heldOn: '2023-09-29' }))
      .thenThrows('ALREADY_EXISTS', { kind: 'activity', activityId });
  });

  it('refuses an empty attendee list', () => {
    spec
      .given([])
      .when(holdActivity({ attendees: [] }))
      .thenThrows('VALIDATION_FAILED', { field: 'attendees', min: 1 });
  });

  it('refuses a person attending twice', () => {
    spec
      .given([])
      .when(holdActivity({ attendees: [father, widow, { ...father }] }))
      .thenThrows('VALIDATION_FAILED', { field: 'attendees', rule: 'duplicate', personId: father.personId });
  });

  it.each([
    ['venueKind', { venueKind: 'PARK' }],
    ['venueName', { venueName: '' }],
    ['heldOn', { heldOn: '2023-9-28' }],
    ['topic', { topic: ' ' }],
    ['township', { township: '' }],
    ['attendees[0].personId', { attendees: [{ caseId: 'c-0001', personId: '' }] }],
    ['cashAidFen', { cashAidFen: -100 }],
  ])('refuses an invalid %s', (field, overrides) => {
    spec.given([]).when(loose(overrides)).thenThrows('VALIDATION_FAILED', { field });
  });
});
