import type { OtherStay, SubsidyComputation } from '@careledger/domain-nursing-subsidy';

export interface PersonUsage {
  readonly otherStaysOfPerson: readonly OtherStay[];
  readonly daysAlreadyPaidByYear: Readonly<Record<string, number>>;
  readonly fenAlreadyPaidByYear: Readonly<Record<string, number>>;
}

type LiveApplication = {
  readonly application_id: string;
  readonly admitted_on: string;
  readonly discharged_on: string;
  readonly computation: string;
};

/**
 * A person's live (not withdrawn, not rejected) applications as the decider takes them: their
 * stays, and the days and fen they were granted per calendar year (the yearly caps count what was
 * granted, whether or not it is paid yet, so two pending stays cannot both use the same cap).
 */
export function usageOfPerson(applications: readonly LiveApplication[]): PersonUsage {
  const days: Record<string, number> = {};
  const fen: Record<string, number> = {};
  for (const a of applications) {
    const computation = JSON.parse(a.computation) as SubsidyComputation;
    for (const part of computation.years) {
      const year = String(part.year);
      days[year] = (days[year] ?? 0) + part.daysPayable;
      fen[year] = (fen[year] ?? 0) + part.amountFen;
    }
  }
  const otherStaysOfPerson = applications.map((a) => ({
    applicationId: a.application_id,
    admittedOn: a.admitted_on,
    dischargedOn: a.discharged_on,
  }));
  return { otherStaysOfPerson, daysAlreadyPaidByYear: days, fenAlreadyPaidByYear: fen };
}
