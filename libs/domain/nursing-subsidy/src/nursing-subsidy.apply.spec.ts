import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import type { ApplyForSubsidy } from './nursing-subsidy.commands';
import { nursingSubsidyDecider } from './nursing-subsidy.decider';
import type { SubsidyApplied } from './nursing-subsidy.events';
import type { SubsidyRules } from './subsidy-rules';
import {
  applicationId,
  applied,
  applyForSubsidy,
  rules,
  subsidyApplied,
} from './testing/nursing-subsidy.fixtures';

const spec = deciderSpec(nursingSubsidyDecider);

/** Runs the command on an empty stream and returns the one event, as a handler would append it. */
function applyOnce(command: ApplyForSubsidy): SubsidyApplied {
  const [event] = nursingSubsidyDecider.decide(command, nursingSubsidyDecider.initialState());
  if (event?.type !== 'SubsidyApplied') throw new Error('expected SubsidyApplied');
  return event;
}

describe('ApplyForSubsidy', () => {
  it('records the stay, the rule set applied and the computed 2,000.00 元', () => {
    spec.given([]).when(applyForSubsidy()).then([applied]);
    expect(applied.data).toMatchObject({
      rulesEffectiveFrom: '2020-01-01',
      noticeRequired: true,
      noticeDays: 7,
    });
    expect(applied.data.computation.amountFen).toBe(2000_00);
  });

  it('applies the rule set in force on the admission date', () => {
    const rules2023: SubsidyRules = { ...rules, effectiveFrom: '2023-03-02', dailyRateFen: 150_00 };
    const command = applyForSubsidy({ ruleSets: [rules2023, rules] });
    spec.given([]).when(command).then([subsidyApplied(command, rules)]);
    const later = applyForSubsidy({
      ruleSets: [rules2023, rules],
      admittedOn: '2023-03-02',
      dischargedOn: '2023-03-12',
    });
    expect(applyOnce(later).data).toMatchObject({
      rulesEffectiveFrom: '2023-03-02',
      computation: { amountFen: 1500_00 },
    });
  });

  it('is already done when the same application arrives again', () => {
    spec.given([applied]).when(applyForSubsidy({ hospitalName: ' 辰溪县人民医院 ' })).then([]);
  });

  it('refuses the same application id with another stay', () => {
    spec
      .given([applied])
      .when(applyForSubsidy({ dischargedOn: '2023-03-22' }))
      .thenThrows('ALREADY_EXISTS', { kind: 'subsidy', applicationId });
  });

  it.each(['caseId', 'personId', 'hospitalName'] as const)('refuses a blank %s', (field) => {
    spec.given([]).when(applyForSubsidy({ [field]: '  ' })).thenThrows('VALIDATION_FAILED', { field });
  });

  it.each([
    ['hospitalGrade', 'LEVEL_9'],
    ['diagnosisCategory', 'FLU'],
    ['admittedOn', '2023-02-30'],
  ] as const)('refuses %s = %s', (field, value) => {
    spec
      .given([])
      .when(applyForSubsidy({ [field]: value } as Partial<ApplyForSubsidy['data']>))
      .thenThrows('VALIDATION_FAILED', { field });
  });

  it('refuses a discharge before the admission', () => {
    spec
      .given([])
      .when(applyForSubsidy({ dischargedOn: '2023-02-28' }))
      .thenThrows('VALIDATION_FAILED', { field: 'dischargedOn', min: '2023-03-01' });
  });

  it('refuses a hospital grade the rules do not cover', () => {
    spec
      .given([])
      .when(applyForSubsidy({ hospitalGrade: 'UNGRADED' }))
      .thenThrows('VALIDATION_FAILED', { field: 'hospitalGrade', rule: 'notEligible' });
  });

  it('refuses a stay when no rule set is in force yet', () => {
    spec
      .given([])
      .when(applyForSubsidy({ ruleSets: [{ ...rules, effectiveFrom: '2024-01-01' }] }))
      .thenThrows('VALIDATION_FAILED', { field: 'ruleSets', onDate: '2023-03-01' });
  });
});

describe('ApplyForSubsidy: other stays of the same person', () => {
  const other = { applicationId: 'sub-0000', admittedOn: '2023-03-15', dischargedOn: '2023-03-30' };

  it('refuses an overlapping stay, naming the clash', () => {
    spec
      .given([])
      .when(applyForSubsidy({ otherStaysOfPerson: [other] }))
      .thenThrows('STAY_OVERLAPS', {
        applicationId,
        otherApplicationId: 'sub-0000',
        otherAdmittedOn: '2023-03-15',
        otherDischargedOn: '2023-03-30',
        duplicate: false,
      });
  });

  it('refuses the same stay applied for twice as a duplicate', () => {
    const same = { ...other, admittedOn: '2023-03-01', dischargedOn: '2023-03-21' };
    spec
      .given([])
      .when(applyForSubsidy({ otherStaysOfPerson: [same] }))
      .thenThrows('STAY_OVERLAPS', { otherApplicationId: 'sub-0000', duplicate: true });
  });

  it('allows a transfer on the discharge day when the discharge day is not counted', () => {
    const next = { ...other, admittedOn: '2023-03-21', dischargedOn: '2023-03-30' };
    const command = applyForSubsidy({ otherStaysOfPerson: [next] });
    spec.given([]).when(command).then([subsidyApplied(command)]);
  });

  it('refuses that transfer when both ends are counted (the day would be paid twice)', () => {
    const bothEnds: SubsidyRules = { ...rules, dayCounting: 'BOTH_ENDS' };
    const next = { ...other, admittedOn: '2023-03-21', dischargedOn: '2023-03-30' };
    spec
      .given([])
      .when(applyForSubsidy({ ruleSets: [bothEnds], otherStaysOfPerson: [next] }))
      .thenThrows('STAY_OVERLAPS', { duplicate: false });
  });

  it('ignores this very application when the handler lists it among the stays', () => {
    const self = { applicationId, admittedOn: '2023-03-01', dischargedOn: '2023-03-21' };
    const command = applyForSubsidy({ otherStaysOfPerson: [self] });
    spec.given([]).when(command).then([subsidyApplied(command)]);
  });

  it('refuses an impossible date among the other stays', () => {
    spec
      .given([])
      .when(applyForSubsidy({ otherStaysOfPerson: [{ ...other, dischargedOn: '2023-04-31' }] }))
      .thenThrows('VALIDATION_FAILED', { field: 'otherStaysOfPerson[0].dischargedOn' });
  });
});

describe('ApplyForSubsidy: the yearly cap across applications', () => {
  // What the handler does: sum the payable days by year of the person's earlier applications.
  const usageOf = (...events: SubsidyApplied[]): Record<string, number> => {
    const usage: Record<string, number> = {};
    for (const part of events.flatMap((e) => e.data.computation.years)) {
      usage[part.year] = (usage[part.year] ?? 0) + part.daysPayable;
    }
    return usage;
  };
  const stayA = { applicationId: 'sub-A', admittedOn: '2023-01-01', dischargedOn: '2023-03-02' };
  const first = applyOnce(applyForSubsidy(stayA));
  const second = applyOnce(
    applyForSubsidy({
      applicationId: 'sub-B',
      admittedOn: '2023-06-01',
      dischargedOn: '2023-07-11',
      otherStaysOfPerson: [stayA],
      daysAlreadyPaidByYear: usageOf(first),
    }),
  );

  it('pays 60 days, then only the 30 left of the 90 for a 40-day stay, then nothing', () => {
    expect(first.data.computation).toMatchObject({ daysCounted: 60, amountFen: 6000_00 });
    expect(second.data.computation).toMatchObject({ daysCounted: 40, daysPayable: 30, amountFen: 3000_00 });
    const third = applyOnce(
      applyForSubsidy({
        applicationId: 'sub-C',
        admittedOn: '2023-09-01',
        dischargedOn: '2023-09-11',
        daysAlreadyPaidByYear: usageOf(first, second),
      }),
    );
    expect(third.data.computation).toMatchObject({ daysCounted: 10, daysPayable: 0, amountFen: 0 });
  });

  it('caps per person: the wife is paid in full while her husband has used his 90 days', () => {
    // The handler loads usage BY personId, so the wife's command carries her own (empty) usage and
    // her own stays; the husband's exhausted cap and identical dates are no concern of hers.
    const husband = { personId: 'p-father', daysAlreadyPaidByYear: { '2023': 90 } };
    const wife = { personId: 'p-mother', applicationId: 'sub-W', daysAlreadyPaidByYear: {} };
    expect(applyOnce(applyForSubsidy(husband)).data.computation.amountFen).toBe(0);
    const wifeApplied = applyOnce(applyForSubsidy(wife));
    expect(wifeApplied.data).toMatchObject({ personId: 'p-mother', computation: { amountFen: 2000_00 } });
    expect(foldEvents(nursingSubsidyDecider, [wifeApplied])).toMatchObject({
      status: 'applied',
      application: { personId: 'p-mother', amountFen: 2000_00 },
    });
  });
});
