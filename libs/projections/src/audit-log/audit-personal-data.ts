import { careCasePersonalData } from '@careledger/domain-care-case';
import { insurancePersonalData } from '@careledger/domain-insurance';
import type { PersonalDataPolicy } from '@careledger/domain-kernel';
import { nursingSubsidyPersonalData } from '@careledger/domain-nursing-subsidy';
import { activityPersonalData, visitPersonalData } from '@careledger/domain-visit';

/**
 * Every domain's personal-data policy, merged: the event store encrypts by it (see
 * libs/platform) and the audit log, timelines and time travel mask by it. A new domain adds its
 * policy here, once. (Funds and targets hold no personal data by design.)
 */
export const auditPersonalDataPolicy: PersonalDataPolicy = {
  ...careCasePersonalData,
  ...visitPersonalData,
  ...activityPersonalData,
  ...nursingSubsidyPersonalData,
  ...insurancePersonalData,
};
