import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Case } from '../care-case/care-case.types';
import { InsuranceReadService } from './insurance-read.service';
import { InsuranceClaim, InsuranceEnrolment } from './insurance.types';

/** The family's insurance on the Case type (live read models, also for a case shown asOf). */
@Resolver(() => Case)
export class CaseInsuranceResolver {
  constructor(private readonly read: InsuranceReadService) {}

  @ResolveField(() => [InsuranceEnrolment], { description: "The family's enrolment periods, newest policy first." })
  insuranceEnrolments(@Parent() c: Case): Promise<InsuranceEnrolment[]> {
    return this.read.allEnrolments({ case: c.id });
  }

  @ResolveField(() => [InsuranceClaim], { description: "The family's claims, newest first." })
  insuranceClaims(@Parent() c: Case): Promise<InsuranceClaim[]> {
    return this.read.claimsOfCase(c.id);
  }
}
