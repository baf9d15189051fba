import { Inject, Injectable } from '@nestjs/common';
import { claimStreamId } from '@careledger/domain-insurance';
import type { EventStore } from '@careledger/event-store';
import {
  getCaseInsuranceClaims,
  getInsuranceClaim,
  getInsuranceClaimHistory,
  getInsuranceEnrolments,
  getInsurancePolicy,
  listInsuranceClaims,
  listInsuranceEnrolments,
  listInsurancePolicies,
  type ReadModelDatabase,
} from '@careledger/projections';
import type { Kysely } from 'kysely';
import { EVENT_STORE, READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import type { InsuranceClaimFilter, InsuranceEnrolmentFilter, InsurancePolicyFilter } from './insurance.inputs';
import { policyYearOf, toClaim, toEnrolment, toHistoryEntry, toPolicy } from './insurance.mapper';
import type {
  InsuranceClaim,
  InsuranceClaimConnection,
  InsuranceClaimDetail,
  InsuranceEnrolment,
  InsuranceEnrolmentConnection,
  InsurancePolicy,
  InsurancePolicyConnection,
} from './insurance.types';

export const MAX_PAGE_SIZE = 100;
type Page = { readonly first: number; readonly after: string | null };

/** A policy id that names no year matches nothing (rather than everything). */
const NO_POLICY = -1;
const yearFilter = (policy: string | null | undefined) => (policy ? (policyYearOf(policy) ?? NO_POLICY) : null);

/** The insurance read models as GraphQL objects. */
@Injectable()
export class InsuranceReadService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async policies(filter: InsurancePolicyFilter, page: Page): Promise<InsurancePolicyConnection> {
    assertPageSize(page.first, MAX_PAGE_SIZE);
    return toConnection(await listInsurancePolicies(this.db, filter, page), toPolicy);
  }

  async policy(id: string): Promise<InsurancePolicy | null> {
    const year = policyYearOf(id);
    const row = year === null ? undefined : await getInsurancePolicy(this.db, year);
    return row ? toPolicy(row) : null;
  }

  async enrolments(filter: InsuranceEnrolmentFilter, page: Page): Promise<InsuranceEnrolmentConnection> {
    assertPageSize(page.first, MAX_PAGE_SIZE);
    const rows = await listInsuranceEnrolments(this.db, this.enrolmentFilter(filter), page);
    return toConnection(rows, toEnrolment);
  }

  async allEnrolments(filter: InsuranceEnrolmentFilter): Promise<InsuranceEnrolment[]> {
    return (await getInsuranceEnrolments(this.db, this.enrolmentFilter(filter))).map(toEnrolment);
  }

  async claims(filter: InsuranceClaimFilter, page: Page): Promise<InsuranceClaimConnection> {
    assertPageSize(page.first, MAX_PAGE_SIZE);
    const { state, policy, case: caseId, township, year } = filter;
    const rows = await listInsuranceClaims(this.db, { status: state, policyYear: yearFilter(policy), caseId, township, year }, page);
    return toConnection(rows, toClaim);
  }

  async claimsOfCase(caseId: string): Promise<InsuranceClaim[]> {
    return (await getCaseInsuranceClaims(this.db, caseId)).map(toClaim);
  }

  /** The claim with its history and its description, decrypted by the store for this view only. */
  async claim(claimId: string): Promise<InsuranceClaimDetail | null> {
    const row = await getInsuranceClaim(this.db, claimId);
    if (!row) return null;
    const history = await getInsuranceClaimHistory(this.db, claimId);
    const reported = (await this.store.readStream(claimStreamId(claimId))).find((e) => e.type === 'ClaimReported');
    const description = (reported?.data as { description?: unknown } | undefined)?.description;
    return {
      ...toClaim(row),
      description: typeof description === 'string' ? description : null,
      history: history.map(toHistoryEntry),
    };
  }

  private enrolmentFilter(filter: InsuranceEnrolmentFilter) {
    return {
      policyYear: yearFilter(filter.policy),
      caseId: filter.case,
      personId: filter.person,
      township: filter.township,
      activeOn: filter.activeOn,
      activeOnly: filter.activeOnly,
    };
  }
}
