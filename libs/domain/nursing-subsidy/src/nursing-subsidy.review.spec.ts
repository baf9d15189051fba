import { deciderSpec } from '@careledger/domain-kernel';
import type { NursingSubsidyCommand } from './nursing-subsidy.commands';
import { nursingSubsidyDecider } from './nursing-subsidy.decider';
import {
  applicationId,
  applied,
  appliedWithoutNotice,
  countyApproved,
  countyRejected,
  documentsSupplemented,
  historyAt,
  noticeClosed,
  noticePosted,
  refusedAfterNotice,
  refusedAfterNoticeClosed,
  refusedWhileNoticePosted,
  townshipApproved,
  townshipReturned,
  withdrawn,
} from './testing/nursing-subsidy.fixtures';

const spec = deciderSpec(nursingSubsidyDecider);
const id = { applicationId };
const township = (decision: 'APPROVED' | 'RETURNED', opinion: string): NursingSubsidyCommand => ({
  type: 'ReviewByTownship',
  data: { ...id, decision, opinion },
});
const county = (decision: 'APPROVED' | 'REJECTED', opinion: string): NursingSubsidyCommand => ({
  type: 'ReviewByCounty',
  data: { ...id, decision, opinion },
});
const postNotice = (postedOn = '2023-04-10'): NursingSubsidyCommand => ({
  type: 'PostNotice',
  data: { ...id, postedOn },
});
const closeNotice = (closedOn = '2023-04-17', objections: string | null = null): NursingSubsidyCommand => ({
  type: 'CloseNotice',
  data: { ...id, closedOn, objections },
});

describe('ReviewByTownship', () => {
  it('approves, with a blank opinion recorded as null', () => {
    spec.given([applied]).when(township('APPROVED', ' ')).then([townshipApproved]);
  });

  it('returns for correction with the opinion', () => {
    spec.given([applied]).when(township('RETURNED', ' 缺出院小结 ')).then([townshipReturned]);
  });

  it('refuses a return without an opinion', () => {
    spec
      .given([applied])
      .when(township('RETURNED', '  '))
      .thenThrows('REASON_REQUIRED', { field: 'opinion' });
  });

  it('reviews again after documents were supplemented', () => {
    spec.given(historyAt.supplemented).when(township('APPROVED', '材料齐全')).then([
      { type: 'TownshipReviewed', data: { ...id, decision: 'APPROVED', opinion: '材料齐全' } },
    ]);
  });

  it('is already done when the same decision is repeated', () => {
    spec.given(historyAt.townshipApproved).when(township('APPROVED', '')).then([]);
    spec.given(historyAt.returned).when(township('RETURNED', '缺出院小结')).then([]);
  });

  it('refuses a decision outside the vocabulary', () => {
    const data = { ...id, decision: 'MAYBE', opinion: '' } as never;
    spec
      .given([applied])
      .when({ type: 'ReviewByTownship', data })
      .thenThrows('VALIDATION_FAILED', { field: 'decision' });
  });
});

describe('SupplementDocuments', () => {
  it('answers a return', () => {
    spec
      .given(historyAt.returned)
      .when({ type: 'SupplementDocuments', data: { ...id, note: '已补出院小结' } })
      .then([documentsSupplemented]);
  });

  it('may add more before the township looks again', () => {
    const more = { type: 'SupplementDocuments', data: { ...id, note: '补充费用清单' } } as const;
    spec.given(historyAt.supplemented).when(more).then([{ type: 'DocumentsSupplemented', data: more.data }]);
  });

  it('refuses a blank note', () => {
    spec
      .given(historyAt.returned)
      .when({ type: 'SupplementDocuments', data: { ...id, note: '' } })
      .thenThrows('VALIDATION_FAILED', { field: 'note' });
  });
});

describe('ReviewByCounty', () => {
  it('approves after the township', () => {
    spec.given(historyAt.townshipApproved).when(county('APPROVED', '同意')).then([countyApproved]);
  });

  it('rejects with the opinion', () => {
    spec.given(historyAt.townshipApproved).when(county('REJECTED', '非计生特殊家庭成员')).then([countyRejected]);
  });

  it('refuses a rejection without an opinion', () => {
    spec
      .given(historyAt.townshipApproved)
      .when(county('REJECTED', ''))
      .thenThrows('REASON_REQUIRED', { field: 'opinion' });
  });

  it('is already done when the same decision is repeated', () => {
    spec.given(historyAt.countyApproved).when(county('APPROVED', '同意')).then([]);
    spec.given(historyAt.rejected).when(county('REJECTED', '非计生特殊家庭成员')).then([]);
  });

  it('refuses before the township has approved', () => {
    spec.given([applied]).when(county('APPROVED', '')).thenThrows('INVALID_TRANSITION', {
      from: 'applied',
      command: 'ReviewByCounty',
    });
  });
});

describe('the public notice (公示) when the rules require it', () => {
  it('posts it for the configured 7 days', () => {
    spec.given(historyAt.countyApproved).when(postNotice()).then([noticePosted]);
  });

  it('closes it once the period has run, recording objections', () => {
    spec.given(historyAt.noticePosted).when(closeNotice('2023-04-18', ' 邻居质疑住院天数 ')).then([
      { type: 'NoticeClosed', data: { ...id, closedOn: '2023-04-18', objections: '邻居质疑住院天数' } },
    ]);
  });

  it('closes without objections', () => {
    spec.given(historyAt.noticePosted).when(closeNotice('2023-04-17', ' ')).then([noticeClosed]);
  });

  it('refuses to close before the period has run', () => {
    spec
      .given(historyAt.noticePosted)
      .when(closeNotice('2023-04-16'))
      .thenThrows('VALIDATION_FAILED', { field: 'closedOn', min: '2023-04-17' });
  });

  it('is already done when posted or closed again on the same day', () => {
    spec.given(historyAt.noticePosted).when(postNotice()).then([]);
    spec.given(historyAt.noticeClosed).when(closeNotice()).then([]);
  });

  it('must come before the sunshine system', () => {
    spec
      .given(historyAt.countyApproved)
      .when({ type: 'SubmitToSunshine', data: { ...id, externalRef: 'YG-1', submittedOn: '2023-04-11' } })
      .thenThrows('INVALID_TRANSITION', { from: 'countyApproved', command: 'SubmitToSunshine' });
  });
});

describe('RefuseAfterNotice (公示后不予发放)', () => {
  const refuse = (refusedOn = '2023-04-20', reason = ' 经核实，住院期间已由单位报销护理费用 '): NursingSubsidyCommand => ({
    type: 'RefuseAfterNotice',
    data: { ...id, refusedOn, reason },
  });

  it('refuses once the notice has closed on the objections raised', () => {
    const objected = [...historyAt.countyApproved, noticePosted, {
      type: 'NoticeClosed',
      data: { ...id, closedOn: '2023-04-17', objections: '村民反映该户已不属于计生特殊家庭' },
    } as const];
    spec.given(objected).when(refuse()).then([refusedAfterNotice]);
  });

  it('refuses while the notice still hangs, as soon as the objection is confirmed', () => {
    spec.given(historyAt.noticePosted).when(refuse('2023-04-12')).then([
      { type: 'RefusedAfterNotice', data: { ...id, refusedOn: '2023-04-12', reason: '经核实，住院期间已由单位报销护理费用' } },
    ]);
  });

  it('may be dated from the day the notice was posted while it hangs, from its closing day once closed', () => {
    spec.given(historyAt.noticePosted).when(refuse('2023-04-10')).then([
      { type: 'RefusedAfterNotice', data: { ...id, refusedOn: '2023-04-10', reason: '经核实，住院期间已由单位报销护理费用' } },
    ]);
    spec.given(historyAt.noticeClosed).when(refuse('2023-04-17')).then([
      { type: 'RefusedAfterNotice', data: { ...id, refusedOn: '2023-04-17', reason: '经核实，住院期间已由单位报销护理费用' } },
    ]);
    spec
      .given(historyAt.noticeClosed)
      .when(refuse('2023-04-16'))
      .thenThrows('VALIDATION_FAILED', { field: 'refusedOn', min: '2023-04-17' });
    spec
      .given(historyAt.noticePosted)
      .when(refuse('2023-04-09'))
      .thenThrows('VALIDATION_FAILED', { field: 'refusedOn', min: '2023-04-10' });
  });

  it('needs a reason and a civil date', () => {
    spec.given(historyAt.noticeClosed).when(refuse('2023-04-20', '  ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
    spec.given(historyAt.noticeClosed).when(refuse('2023-04-31')).thenThrows('VALIDATION_FAILED', { field: 'refusedOn' });
  });

  it('is already done when the same refusal is sent again, and refused when it says something else', () => {
    spec.given(refusedAfterNoticeClosed).when(refuse()).then([]);
    spec.given(refusedWhileNoticePosted).when(refuse()).then([]);
    spec.given(refusedAfterNoticeClosed).when(refuse('2023-04-21')).thenThrows('INVALID_TRANSITION', {
      from: 'rejected',
      command: 'RefuseAfterNotice',
    });
    spec.given(refusedAfterNoticeClosed).when(refuse('2023-04-20', '另一理由')).thenThrows('INVALID_TRANSITION', {
      from: 'rejected',
      command: 'RefuseAfterNotice',
    });
  });

  it('ends the application: no submission or payment after it', () => {
    spec
      .given(refusedAfterNoticeClosed)
      .when({ type: 'SubmitToSunshine', data: { ...id, externalRef: 'YG-1', submittedOn: '2023-04-21' } })
      .thenThrows('INVALID_TRANSITION', { from: 'rejected', command: 'SubmitToSunshine' });
    spec
      .given(refusedWhileNoticePosted)
      .when(closeNotice())
      .thenThrows('INVALID_TRANSITION', { from: 'rejected', command: 'CloseNotice' });
  });

  it('is refused for an application the county rejected: there was no notice', () => {
    spec.given(historyAt.rejected).when(refuse()).thenThrows('INVALID_TRANSITION', {
      from: 'rejected',
      command: 'RefuseAfterNotice',
    });
  });
});

describe('the public notice when the rules do not require it', () => {
  const approved = [appliedWithoutNotice, townshipApproved, countyApproved];

  it('cannot be posted', () => {
    spec.given(approved).when(postNotice()).thenThrows('INVALID_TRANSITION', {
      from: 'countyApproved',
      command: 'PostNotice',
      noticeRequired: false,
    });
  });

  it('leaves nothing to refuse after: a refusal is the county review\'s rejection', () => {
    const refuse = { type: 'RefuseAfterNotice', data: { ...id, refusedOn: '2023-04-20', reason: '不符合条件' } } as const;
    spec.given(approved).when(refuse).thenThrows('INVALID_TRANSITION', { from: 'countyApproved', command: 'RefuseAfterNotice' });
  });

  it('is skipped: the approved application goes straight to the sunshine system', () => {
    const data = { ...id, externalRef: 'YG-1', submittedOn: '2023-04-11' };
    const submit = { type: 'SubmitToSunshine', data } as const;
    spec.given(approved).when(submit).then([{ type: 'SubmittedToSunshine', data: submit.data }]);
  });
});

describe('WithdrawApplication', () => {
  const withdraw = (reason = ' 家属决定不申请 '): NursingSubsidyCommand => ({
    type: 'WithdrawApplication',
    data: { ...id, reason },
  });

  it('withdraws before the first review', () => {
    spec.given([applied]).when(withdraw()).then([withdrawn]);
  });

  it('is already done when withdrawn again', () => {
    spec.given(historyAt.withdrawn).when(withdraw()).then([]);
  });

  it('needs a reason', () => {
    spec.given([applied]).when(withdraw('')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  const reviewed = ['returned', 'supplemented', 'townshipApproved'] as const;
  it.each(reviewed)('is refused once reviewed (%s)', (status) => {
    spec.given(historyAt[status]).when(withdraw()).thenThrows('INVALID_TRANSITION', {
      from: status,
      command: 'WithdrawApplication',
    });
  });
});
