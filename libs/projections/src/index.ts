export * from './read-model/read-model.database';
export * from './read-model/read-model.migrations';
export * from './read-model/sqlite-read-models';
export * from './runner/projection';
export * from './runner/projection-runner';
export * from './case-summary/case-summary.projection';
export * from './case-summary/case-summary.queries';
export * from './case-timeline/case-timeline.projection';
export * from './case-timeline/case-timeline.queries';
export * from './case-timeline/mask-personal-data';
export * from './audit-log/audit-log.projection';
export * from './audit-log/audit-log.queries';
export * from './audit-log/audit-personal-data';
export * from './audit-log/business-day';
export * from './audit-log/cases-touched';
export * from './case-as-of/as-of';
export * from './case-as-of/case-as-of';
export * from './case-as-of/case-view.fold';

import { caseSummaryProjection } from './case-summary/case-summary.projection';
import { caseTimelineProjection } from './case-timeline/case-timeline.projection';
import { auditLogProjection } from './audit-log/audit-log.projection';
import { visitProjections } from './visits/visits.read-model';
import { nursingSubsidyProjections } from './nursing-subsidy/nursing-subsidy.read-model';
import { insuranceProjections } from './insurance/insurance.read-model';
import { fundProjections } from './funds/funds.read-model';
import { donationProjections } from './donations/donations.read-model';
import { reportProjections } from './report/report.read-model';

export * from './visits';
export * from './nursing-subsidy';
export * from './insurance';
export * from './funds';
export * from './donations';
export * from './report';

/** Every read model of the application, in the order the runner starts them. */
export const allProjections = [
  caseSummaryProjection,
  caseTimelineProjection,
  auditLogProjection,
  ...visitProjections,
  ...nursingSubsidyProjections,
  ...insuranceProjections,
  ...fundProjections,
  ...donationProjections,
  ...reportProjections,
] as const;
export * from './rebuild';
