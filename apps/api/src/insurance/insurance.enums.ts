import { registerEnumType } from '@nestjs/graphql';
import { CLAIM_DOCUMENT_KINDS, CLAIM_EVENT_TYPES, CLAIM_STATUSES, REMOVAL_REASONS } from '@careledger/domain-insurance';

/** GraphQL enums generated from the domain's closed vocabularies (one source of truth). */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const RemovalReasonEnum = asEnum(REMOVAL_REASONS);
export const ClaimEventTypeEnum = asEnum(CLAIM_EVENT_TYPES);
export const ClaimDocumentKindEnum = asEnum(CLAIM_DOCUMENT_KINDS);
export const ClaimStatusEnum = asEnum(CLAIM_STATUSES);

registerEnumType(RemovalReasonEnum, { name: 'InsuranceRemovalReason', description: 'Why a person left the policy (REMOVAL_REASON_LABELS).' });
registerEnumType(ClaimEventTypeEnum, { name: 'ClaimEventType', description: 'What happened to the insured (CLAIM_EVENT_TYPE_LABELS).' });
registerEnumType(ClaimDocumentKindEnum, { name: 'ClaimDocumentKind', description: 'A kind of claim document (CLAIM_DOCUMENT_KIND_LABELS).' });
registerEnumType(ClaimStatusEnum, { name: 'ClaimStatus', description: 'Where a claim stands (CLAIM_STATUS_LABELS).' });
