/**
 * Townships of the county (辰溪县 in the demo). Reference data: which ones exist differs per
 * county, so it will move to configuration with the admin screens; the codes stay stable.
 */
export interface Township {
  readonly code: string;
  readonly name: string;
}

export const TOWNSHIPS: readonly Township[] = Object.freeze([
  { code: 'CY', name: '辰阳镇' },
  { code: 'XP', name: '孝坪镇' },
  { code: 'HMC', name: '火马冲镇' },
  { code: 'HXK', name: '黄溪口镇' },
  { code: 'TW', name: '潭湾镇' },
  { code: 'AP', name: '安坪镇' },
  { code: 'XX', name: '修溪镇' },
  { code: 'JB', name: '锦滨镇' },
  { code: 'SX', name: '柿溪乡' },
  { code: 'HT', name: '后塘瑶族乡' },
  { code: 'SPX', name: '上蒲溪瑶族乡' },
  { code: 'LZS', name: '罗子山瑶族乡' },
]);

const byCode = new Map(TOWNSHIPS.map((t) => [t.code, t]));
export const townshipName = (code: string | null): string | null => (code === null ? null : byCode.get(code)?.name ?? code);
export const isTownship = (code: string): boolean => byCode.has(code);
