import type { VisitType } from '@careledger/domain-visit';
import type { DemoCaseRef, DomainDemoSeed } from '../demo/demo-seed.types';
import { AmendVisitCommand } from './amend-visit.command';
import { HoldActivityCommand } from './hold-activity.command';
import { RecordVisitCommand } from './record-visit.command';
import { VoidVisitCommand } from './void-visit.command';

/** The fund the funds demo allocates (with ample budget) before this seed runs. */
export const DEMO_VISIT_FUND_ID = '2023-care-action';

type DemoVisit = readonly [key: string, caseIndex: number, type: VisitType, visitedOn: string, cashYuan: number, needs: readonly string[]];

// Spread over the year's care calendar: Spring Festival, "5.29", Mid-Autumn, hospital stays.
const VISITS: readonly DemoVisit[] = [
  ['spring-0', 0, 'HOLIDAY', '2023-01-18', 500, ['春节慰问，老人身体尚可']],
  ['spring-1', 1, 'HOLIDAY', '2023-01-19', 500, ['孩子康复训练费用负担重']],
  ['home-2', 2, 'HOME', '2023-03-22', 0, ['需要定期复查，希望协调车辆']],
  ['hospital-3', 3, 'HOSPITAL', '2023-04-11', 800, ['住院期间无人陪护']],
  ['survey-4', 4, 'NEEDS_SURVEY', '2023-05-29', 0, ['希望参加暖心家园活动']],
  ['birthday-0', 0, 'BIRTHDAY', '2023-06-30', 0, []],
  ['counsel-5', 5, 'COUNSELLING', '2023-07-20', 0, ['情绪低落，需持续心理疏导']],
  ['mid-autumn-6', 6, 'HOLIDAY', '2023-09-28', 300, []],
  ['phone-7', 7, 'PHONE', '2023-10-16', 0, ['询问护理补贴申请进度']],
  ['year-end-3', 3, 'HOME', '2023-12-20', 600, ['冬季取暖困难']],
];

const persons = (ref: DemoCaseRef, on: string) =>
  // A member who died before the visit cannot be met: the demo reaches the household head only then.
  (ref.township === 'HXK' && on > '2023-11-02' ? ref.personIds.slice(0, 1) : ref.personIds).map((personId) => ({ caseId: ref.caseId, personId }));

/** Civil-date arithmetic on the calendar day itself (UTC midnight), so no zone can shift it. */
const twoWeeksAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);

/**
 * Ten visits across 2023 for several demo families (some with cash aid from the care action
 * fund), one amended and one voided, and two collective activities with attendance.
 */
export const seedVisitDemo: DomainDemoSeed = async (run, cases) => {
  const id = (step: string) => `demo-visits-${step}`;
  const visitIds = new Map<string, string>();
  for (const [key, index, visitType, visitedOn, cashYuan, needs] of VISITS) {
    const ref = cases[index % cases.length];
    if (!ref) continue;
    const result = await run(
      new RecordVisitCommand(
        {
          commandId: id(key),
          visitType,
          visitedOn,
          township: ref.township,
          visitors: [ref.ctx.actor.name, '村计生专干'],
          caseIds: [ref.caseId],
          personsReached: persons(ref, visitedOn),
          needsFound: [...needs],
          followUp: needs.length > 0 ? { action: '跟进反映的需求并回访', dueOn: twoWeeksAfter(visitedOn) } : null,
          cashAidFen: cashYuan * 100,
          fundId: cashYuan > 0 ? DEMO_VISIT_FUND_ID : null,
          goods: visitType === 'HOLIDAY' ? [{ description: visitedOn.startsWith('2023-09') ? '月饼' : '米油', quantity: 1, valueFen: 12_000 }] : [],
        },
        ref.ctx,
      ),
    );
    visitIds.set(key, result.id);
  }
  const amended = visitIds.get('hospital-3');
  const amendedCase = cases[3 % cases.length];
  if (amended && amendedCase) {
    await run(new AmendVisitCommand({ commandId: id('amend-hospital-3'), visitId: amended, reason: '核对签收单，实发慰问金1000元', cashAidFen: 100_000 }, amendedCase.ctx));
  }
  const voided = visitIds.get('birthday-0');
  if (voided && cases[0]) {
    await run(new VoidVisitCommand({ commandId: id('void-birthday-0'), visitId: voided, reason: '与6月30日电话回访重复登记' }, cases[0].ctx));
  }

  const attendees = (indexes: readonly number[], on: string) => indexes.flatMap((i) => (cases[i % cases.length] ? persons(cases[i % cases.length]!, on) : []));
  const county = cases[0]?.ctx;
  if (!county) return;
  await run(
    new HoldActivityCommand(
      { commandId: id('activity-529'), venueKind: 'WARM_HEART_HOME', venueName: '辰阳镇暖心家园', heldOn: '2023-05-29', topic: '"5.29"会员活动日集中慰问', township: null, attendees: attendees([0, 1, 2], '2023-05-29'), cashAidFen: 0, fundId: null },
      county,
    ),
  );
  await run(
    new HoldActivityCommand(
      { commandId: id('activity-mid-autumn'), venueKind: 'MEMBERS_HOME', venueName: '孝坪镇会员之家', heldOn: '2023-09-26', topic: '中秋节集中慰问', township: null, attendees: attendees([3, 4, 5], '2023-09-26'), cashAidFen: 60_000, fundId: DEMO_VISIT_FUND_ID },
      county,
    ),
  );
};
