import type { SubsidyRules } from '@careledger/domain-nursing-subsidy';
import type { EventStore } from '@careledger/event-store';
import { seedCareCase, type Family } from './care-case.workload';
import { DecidedWriter } from './decided-writer';
import { seedDonation } from './donation.workload';
import { seedInsurance } from './insurance.workload';
import { seedSubsidy } from './subsidy.workload';
import { seedActivity, seedVisit } from './visit.workload';
import { seedYear } from './year-setup.workload';

export type WorkloadKind = 'care-case' | 'mixed';

/** The years the families are spread over, in contiguous blocks (a log grows year by year). */
export const WORKLOAD_YEARS = [2022, 2023] as const;
/** One activity (for these families' heads) and one donation batch per this many families. */
export const FAMILIES_PER_GATHERING = 25;

export interface WorkloadOptions {
  readonly kind: WorkloadKind;
  readonly families: number;
  /** The platform's store (personal data encrypted on append, as the API writes it). */
  readonly store: EventStore;
  /** The API's ID-number hash: the vault's blind index (apps/api/src/care-case/id-number-hash.ts). */
  readonly hashIdNumber: (idNumber: string) => string;
  /** The configured rule sets, as the API passes them to ApplyForSubsidy. */
  readonly subsidyRules: readonly SubsidyRules[];
}

/**
 * Seeds the log with `families` families through the domains' pure deciders.
 *
 * care-case: each family's case file only (8 events a family).
 * mixed: per year, the policy, the care action fund and targets first (6 events); then per
 * family its case file, a visit with its fund charge (2), a nursing-subsidy application paid
 * (8), both members enrolled and a claim settled (6) — 24 events a family; and per
 * FAMILIES_PER_GATHERING families an activity with its charge (2) and a donation (1).
 */
export async function seedWorkload(options: WorkloadOptions): Promise<void> {
  const { kind, families, store, hashIdNumber, subsidyRules } = options;
  const writer = new DecidedWriter(store, Date.parse(`${WORKLOAD_YEARS[0]}-01-03T01:00:00Z`));
  const yearOf = (n: number) => WORKLOAD_YEARS[Math.floor((n * WORKLOAD_YEARS.length) / families)]!;
  let gathering: Family[] = [];
  for (let n = 0; n < families; n += 1) {
    const year = yearOf(n);
    if (kind === 'mixed' && (n === 0 || yearOf(n - 1) !== year)) {
      await seedYear(writer, year, families);
    }
    const family = await seedCareCase(writer, hashIdNumber, n, year);
    if (kind === 'care-case') continue;
    await seedVisit(writer, family);
    await seedSubsidy(writer, family, subsidyRules);
    await seedInsurance(writer, family);
    gathering.push(family);
    const lastOfYear = n === families - 1 || yearOf(n + 1) !== year;
    if (gathering.length === FAMILIES_PER_GATHERING || lastOfYear) {
      await seedActivity(writer, gathering);
      await seedDonation(writer, year, gathering[gathering.length - 1]!.openedOn, Math.floor(n / FAMILIES_PER_GATHERING));
      gathering = [];
    }
  }
}
