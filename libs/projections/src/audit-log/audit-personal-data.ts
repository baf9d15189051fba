import { careCasePersonalData } from '@careledger/domain-care-case';
import type { PersonalDataPolicy } from '@careledger/domain-kernel';

/**
 * Every domain's personal-data policy, merged: the audit log and time travel show every stream,
 * so each new domain adds its policy here and its payloads are masked there too.
 */
export const auditPersonalDataPolicy: PersonalDataPolicy = { ...careCasePersonalData };
