import { registerEnumType } from '@nestjs/graphql';
import {
  COUNTY_DECISIONS,
  DAY_COUNTING_CONVENTIONS,
  DIAGNOSIS_CATEGORIES,
  HOSPITAL_GRADES,
  SUBSIDY_STATUSES,
  TOWNSHIP_DECISIONS,
} from '@careledger/domain-nursing-subsidy';

/** GraphQL enums generated from the domain's closed vocabularies (one source of truth). */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const SubsidyStatusEnum = asEnum(SUBSIDY_STATUSES);
export const HospitalGradeEnum = asEnum(HOSPITAL_GRADES);
export const DiagnosisCategoryEnum = asEnum(DIAGNOSIS_CATEGORIES);
export const SubsidyDayCountingEnum = asEnum(DAY_COUNTING_CONVENTIONS);
export const SubsidyTownshipDecisionEnum = asEnum(TOWNSHIP_DECISIONS);
export const SubsidyCountyDecisionEnum = asEnum(COUNTY_DECISIONS);

registerEnumType(SubsidyStatusEnum, {
  name: 'SubsidyStatus',
  description: 'Workflow state of a nursing-subsidy application (labels: SUBSIDY_STATUS_LABELS).',
});
registerEnumType(HospitalGradeEnum, { name: 'HospitalGrade' });
registerEnumType(DiagnosisCategoryEnum, { name: 'DiagnosisCategory' });
registerEnumType(SubsidyDayCountingEnum, { name: 'SubsidyDayCounting' });
registerEnumType(SubsidyTownshipDecisionEnum, { name: 'SubsidyTownshipDecision' });
registerEnumType(SubsidyCountyDecisionEnum, { name: 'SubsidyCountyDecision' });
