import { maskPhone, maskResidentId } from '@careledger/domain-kernel';
import { ERASED } from '../case-summary/case-summary.projection';

export type PersonalDataPolicy = Readonly<
  Record<string, { readonly subject: string; readonly fields: readonly string[] }>
>;

/**
 * Returns a copy of an event payload with the policy's personal fields masked, the form the
 * timeline keeps: views show masked values by default (domain guide §7).
 */
export function maskPersonalData(type: string, data: unknown, policy: PersonalDataPolicy): unknown {
  const rule = policy[type];
  if (!rule) return data;
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const path of rule.fields) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let holder: Record<string, unknown> | undefined = copy;
    for (const key of keys) holder = holder?.[key] as Record<string, unknown> | undefined;
    if (!holder || !(last in holder)) continue;
    holder[last] = maskValue(last, holder[last]);
  }
  return copy;
}

function maskValue(field: string, value: unknown): unknown {
  if (value === null) return field === 'idNumber' ? ERASED : null;
  if (typeof value !== 'string') return '***';
  if (/idnumber/i.test(field)) return maskResidentId(value);
  if (/phone/i.test(field)) return maskPhone(value);
  return '***';
}
