import type { MemberRelation } from '../gql/graphql';
import { optionalText } from '../forms/field-rules';

/** The member as the form shows it. The ID number and phone are only shown masked, so they start empty. */
export type CorrectMemberValues = {
  name: string;
  relation: MemberRelation;
  birthDate: string;
  idNumber?: string;
  phone?: string;
  reason: string;
};

export type MemberCorrections = {
  name?: string;
  relation?: MemberRelation;
  birthDate?: string;
  idNumber?: string;
  phone?: string;
};

/**
 * Only what the user changed is sent: an empty ID number or phone means "keep the current one",
 * because the form never holds the full current value (it is masked).
 */
export function memberCorrections(
  original: { readonly name: string; readonly relation: MemberRelation; readonly birthDate: string },
  values: CorrectMemberValues,
): MemberCorrections {
  const name = values.name.trim();
  const idNumber = optionalText(values.idNumber)?.toUpperCase();
  const phone = optionalText(values.phone);
  return {
    ...(name !== original.name ? { name } : {}),
    ...(values.relation !== original.relation ? { relation: values.relation } : {}),
    ...(values.birthDate !== original.birthDate ? { birthDate: values.birthDate } : {}),
    ...(idNumber ? { idNumber } : {}),
    ...(phone ? { phone } : {}),
  };
}
