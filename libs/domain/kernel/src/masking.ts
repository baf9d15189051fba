/**
 * Masked display of personal data, the default everywhere (个人信息保护法): only roles that need a
 * full value see it, and that view is itself recorded. Characters are counted as code points so
 * a rare CJK character is masked as one.
 */

function keepEnds(value: string, head: number, tail: number): string {
  const chars = Array.from(value.trim());
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

/** `431202198001011234` → `4312**********1234`. */
export function maskResidentId(value: string): string {
  return keepEnds(value.toUpperCase(), 4, 4);
}

/** `张三丰` → `张**`, `张三` → `张*`; a one-character name is fully masked. */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** `13812345678` → `138****5678`, `0745-1234567` → `074*****4567`. */
export function maskPhone(value: string): string {
  return keepEnds(value, 3, 4);
}
