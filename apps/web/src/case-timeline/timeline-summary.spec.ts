import { CASE_CATEGORY_LABELS, type CareCaseEventType } from '@careledger/domain-care-case';
import { labelOf, translate, type LabelMap, type Locale } from '../i18n/i18n';
import { summarizeTimelineEntry } from './timeline-summary';

function contextFor(locale: Locale) {
  const names = new Map([['p-1', '张*']]);
  return {
    t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params),
    label: <T extends string>(labels: LabelMap<T>, value: string) => labelOf(labels, value, locale),
    memberName: (personId: string) => names.get(personId),
  };
}

// One row per domain event type: [type, data, Chinese summary, English summary].
const CASES: ReadonlyArray<readonly [CareCaseEventType, Record<string, unknown>, string, string]> = [
  [
    'CaseOpened',
    { caseId: 'c1', category: 'BEREAVED', township: 'XP', village: '孝坪村', address: '三组12号', openedOn: '2023-03-01' },
    '开立档案：失独家庭，孝坪村 三组12号',
    'Case opened: Bereaved (only child died), 孝坪村 三组12号',
  ],
  [
    'MemberRegistered',
    { caseId: 'c1', personId: 'p-2', name: '张三', idNumber: '4312**********1234', relation: 'SPOUSE', sex: 'MALE', birthDate: '1968-03-05' },
    '登记成员 张三（配偶）',
    'Registered member 张三 (Spouse)',
  ],
  [
    'MemberDetailsCorrected',
    { caseId: 'c1', personId: 'p-1', changes: { name: '张*', idNumber: null, idNumberHash: 'h', idNumberTail: '1234', phone: null } },
    '更正成员 张* 的信息：姓名、身份证号、联系电话',
    'Corrected details of 张*: Name, ID number, Phone',
  ],
  ['MemberDied', { caseId: 'c1', personId: 'p-1', diedOn: '2023-05-02' }, '登记成员 张* 死亡（2023-05-02）', 'Recorded the death of 张* (2023-05-02)'],
  [
    'CategoryChanged',
    { caseId: 'c1', from: 'HARDSHIP', to: 'DISABLED_CHILD' },
    '家庭类别由「计生困难家庭」变更为「独生子女伤残家庭」',
    'Category changed from "Family in difficulty" to "Only child disabled"',
  ],
  ['ContactAssigned', { caseId: 'c1', role: 'VILLAGE', name: '李四', phone: null }, '指定村联系人 李四', 'Assigned Village contact 李四'],
  ['CaseNoteAdded', { caseId: 'c1', noteId: 'n1', text: '上门走访，情况稳定' }, '添加备注：上门走访，情况稳定', 'Added note: 上门走访，情况稳定'],
  ['CaseExited', { caseId: 'c1', exitReason: 'ADOPTION', exitedOn: '2023-09-30' }, '档案退出：收养（2023-09-30）', 'Case exited: Adoption (2023-09-30)'],
  ['CaseReopened', { caseId: 'c1', reopenedOn: '2023-10-08' }, '档案恢复（2023-10-08）', 'Case reopened (2023-10-08)'],
];

describe('summarizeTimelineEntry', () => {
  it.each(CASES)('summarizes %s in Chinese and English', (type, data, zh, en) => {
    expect(summarizeTimelineEntry({ type, data }, contextFor('zh'))).toBe(zh);
    expect(summarizeTimelineEntry({ type, data }, contextFor('en'))).toBe(en);
  });

  it('covers every event type of the domain', () => {
    const covered = new Set(CASES.map(([type]) => type));
    const all: Record<CareCaseEventType, true> = {
      CaseOpened: true,
      MemberRegistered: true,
      MemberDetailsCorrected: true,
      MemberDied: true,
      CategoryChanged: true,
      ContactAssigned: true,
      CaseNoteAdded: true,
      CaseExited: true,
      CaseReopened: true,
    };
    expect([...covered].sort()).toEqual(Object.keys(all).sort());
  });

  it('names a member it cannot find generically', () => {
    expect(summarizeTimelineEntry({ type: 'MemberDied', data: { personId: 'gone', diedOn: '2023-01-01' } }, contextFor('zh'))).toBe(
      '登记成员 成员 死亡（2023-01-01）',
    );
  });

  it('shows an unknown event type by its name, whatever its data', () => {
    expect(summarizeTimelineEntry({ type: 'VisitLinked', data: { anything: 1 } }, contextFor('zh'))).toBe('VisitLinked');
    expect(summarizeTimelineEntry({ type: 'VisitLinked', data: null }, contextFor('en'))).toBe('VisitLinked');
  });

  it('shows an unknown vocabulary value as sent instead of failing', () => {
    const summary = summarizeTimelineEntry({ type: 'CategoryChanged', data: { from: 'BEREAVED', to: 'NEW_KIND' } }, contextFor('zh'));
    expect(summary).toBe(`家庭类别由「${CASE_CATEGORY_LABELS.BEREAVED.zh}」变更为「NEW_KIND」`);
  });
});
