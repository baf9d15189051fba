import { maskPhone, maskResidentId, type PersonalDataPolicy } from '@careledger/domain-kernel';
import { ERASED } from '../case-summary/case-summary.projection';


/**
 * Returns the event payload with the policy's personal fields masked, the form the timeline keeps:
 * views show masked values by default (domain guide §7). The payload is never changed: objects on
 * a masked field's path are copied, the rest shared (the callers serialise the result at once; a
 * deep copy of every payload was a visible share of a replay).
 */
export function maskPersonalData(type: string, data: unknown, policy: PersonalDataPolicy): unknown {
  const rule = policy[type];
  if (!rule) return data;
  let masked = data;
  for (const path of rule.fields) {
    const keys = path.split('.');
    const last = keys.pop()!;
    masked = maskAt(masked, keys, last);
  }
  return masked;
}

/** `node` with the field at keys…last masked (copied along the way), or `node` itself when absent. */
function maskAt(node: unknown, keys: readonly string[], last: string): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) {
    const holder = node as Record<string, unknown> | undefined;
    if (!holder || !(last in holder)) return node;
    return withField(holder, last, maskValue(last, holder[last]));
  }
  const child = (node as Record<string, unknown> | undefined)?.[key];
  const masked = maskAt(child, rest, last);
  return masked === child ? node : withField(node as Record<string, unknown>, key, masked);
}

function withField(node: Record<string, unknown>, key: string, value: unknown): unknown {
  if (Array.isArray(node)) {
    const copy: unknown[] = [...node];
    (copy as unknown as Record<string, unknown>)[key] = value;
    return copy;
  }
  return { ...node, [key]: value };
}

function maskValue(field: string, value: unknown): unknown {
  if (value === null) return field === 'idNumber' ? ERASED : null;
  if (typeof value !== 'string') return '***';
  if (/idnumber/i.test(field)) return maskResidentId(value);
  if (/phone/i.test(field)) return maskPhone(value);
  return '***';
}
