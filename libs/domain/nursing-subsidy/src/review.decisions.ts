import {
  assertCivilDate,
  compareCivilDates,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { addDays } from './civil-days';
import type {
  CloseNotice,
  PostNotice,
  RefuseAfterNotice,
  ReviewByCounty,
  ReviewByTownship,
} from './nursing-subsidy.commands';
import { invalidTransition } from './nursing-subsidy.errors';
import type {
  CountyReviewed,
  NoticeClosed,
  NoticePosted,
  RefusedAfterNotice,
  TownshipReviewed,
} from './nursing-subsidy.events';
import type { ExistingSubsidy } from './nursing-subsidy.state';
import { COUNTY_DECISIONS, TOWNSHIP_DECISIONS } from './nursing-subsidy.vocabulary';

// The reviews and the public notice. The opinion is the reviewer's own words and is part of the
// workflow (the caseworker reads why it came back), so it is event data, not just metadata.

export function reviewByTownship(data: ReviewByTownship['data'], state: ExistingSubsidy): TownshipReviewed[] {
  const decision = requireOneOf('decision', data.decision, TOWNSHIP_DECISIONS);
  const opinion =
    decision === 'RETURNED' ? requireReason(data.opinion, 'opinion') : optionalText('opinion', data.opinion);
  if (decision === 'APPROVED' && state.status === 'townshipApproved') return [];
  if (decision === 'RETURNED' && state.status === 'returned' && state.opinion === opinion) return [];
  if (state.status !== 'applied' && state.status !== 'supplemented') {
    throw invalidTransition(state.status, 'ReviewByTownship');
  }
  return [{ type: 'TownshipReviewed', data: { applicationId: data.applicationId, decision, opinion } }];
}

export function reviewByCounty(data: ReviewByCounty['data'], state: ExistingSubsidy): CountyReviewed[] {
  const decision = requireOneOf('decision', data.decision, COUNTY_DECISIONS);
  const opinion =
    decision === 'REJECTED' ? requireReason(data.opinion, 'opinion') : optionalText('opinion', data.opinion);
  if (decision === 'APPROVED' && state.status === 'countyApproved') return [];
  if (decision === 'REJECTED' && state.status === 'rejected') return [];
  if (state.status !== 'townshipApproved') throw invalidTransition(state.status, 'ReviewByCounty');
  return [{ type: 'CountyReviewed', data: { applicationId: data.applicationId, decision, opinion } }];
}

/**
 * Only when the rule set the application was approved under requires a notice. The notice hangs
 * `noticeDays` full days: posted on the 10th for 7 days, it runs the 10th–16th and closes on the 17th.
 */
export function postNotice(data: PostNotice['data'], state: ExistingSubsidy): NoticePosted[] {
  const postedOn = assertCivilDate('postedOn', data.postedOn);
  if (state.status === 'noticePosted' && state.postedOn === postedOn) return [];
  if (state.status !== 'countyApproved' || !state.application.noticeRequired) {
    throw invalidTransition(state.status, 'PostNotice', { noticeRequired: state.application.noticeRequired });
  }
  const closesOn = addDays(postedOn, state.application.noticeDays);
  return [{ type: 'NoticePosted', data: { applicationId: data.applicationId, postedOn, closesOn } }];
}

/** Objections are recorded, not judged here: the county decides off-line and the text stays on file. */
export function closeNotice(data: CloseNotice['data'], state: ExistingSubsidy): NoticeClosed[] {
  const closedOn = assertCivilDate('closedOn', data.closedOn);
  const objections = optionalText('objections', data.objections);
  if (state.status === 'noticeClosed' && state.closedOn === closedOn) return [];
  if (state.status !== 'noticePosted') throw invalidTransition(state.status, 'CloseNotice');
  if (compareCivilDates(closedOn, state.closesOn) < 0) {
    const message = 'the notice cannot close before its period has run';
    throw validationFailed('closedOn', message, { min: state.closesOn });
  }
  return [{ type: 'NoticeClosed', data: { applicationId: data.applicationId, closedOn, objections } }];
}

/**
 * 公示后不予发放: objections raised while the notice hangs are checked, and when they hold the
 * county refuses to pay. Allowed while the notice is posted (refusing ends it) or once it closed,
 * until the application goes on to the sunshine system or payment. An application without a
 * notice has no objections to act on: its county review is where it is rejected. The refusal
 * cannot be dated before the notice was posted (no objection could have been raised yet).
 */
export function refuseAfterNotice(data: RefuseAfterNotice['data'], state: ExistingSubsidy): RefusedAfterNotice[] {
  const refusedOn = assertCivilDate('refusedOn', data.refusedOn);
  const reason = requireReason(data.reason);
  if (state.status === 'rejected' && state.refusedOn === refusedOn && state.opinion === reason) return [];
  if (state.status !== 'noticePosted' && state.status !== 'noticeClosed') {
    throw invalidTransition(state.status, 'RefuseAfterNotice');
  }
  // While the notice hangs, an objection can be confirmed from the day it was posted; once the
  // notice has closed, the refusal follows the check of what it raised: not before the closing day.
  const earliest = state.status === 'noticeClosed' ? state.closedOn : state.postedOn;
  if (compareCivilDates(refusedOn, earliest) < 0) {
    const message = state.status === 'noticeClosed' ? 'the refusal cannot precede the close of the notice' : 'the refusal cannot precede the notice';
    throw validationFailed('refusedOn', message, { min: earliest });
  }
  return [{ type: 'RefusedAfterNotice', data: { applicationId: data.applicationId, refusedOn, reason } }];
}

/** Blank or absent → null; otherwise trimmed text. */
function optionalText(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return requireText(field, value, { max: 2000 });
}
