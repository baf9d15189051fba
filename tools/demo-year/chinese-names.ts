import type { SeededRandom } from './seeded-random';

// Surnames common in 辰溪 and western Hunan (Han, Miao, Yao and Tujia families), the first ones
// listed more often, as in a real roster.
const SURNAMES = [
  '张', '王', '李', '刘', '陈', '杨', '向', '米', '舒', '谢', '唐', '石', '钟', '周', '吴', '黄',
  '张', '王', '李', '刘', '陈', '杨', '向', '米', '舒', '彭', '田', '覃', '蒲', '瞿', '满', '丁',
  '曾', '胡', '邓', '熊', '肖', '姚', '龙', '贺', '宋', '罗', '梁', '朱', '蒋', '雷', '粟', '滕',
];
const MALE = '建国明德华军平春长生永福志强文成富贵林清忠勇海波伟兵祥顺和光辉'.split('');
const FEMALE = '秀英桂兰玉梅翠花芳红艳凤冬菊莲珍霞琴香娥丽云素群金银春燕'.split('');
const CHILD_MALE = '浩宇俊杰涛鹏磊凯睿轩'.split('');
const CHILD_FEMALE = '婷静欣怡雪瑶璐佳敏悦'.split('');

export const surname = (rng: SeededRandom): string => rng.pick(SURNAMES);

/** A given name of one or two characters, in the style of the person's generation. */
export function givenName(rng: SeededRandom, male: boolean, bornAfter1985: boolean): string {
  const pool = bornAfter1985 ? (male ? CHILD_MALE : CHILD_FEMALE) : male ? MALE : FEMALE;
  const first = rng.pick(pool);
  return rng.chance(0.8) ? first + rng.pick(pool.filter((c) => c !== first)) : first;
}

/** Names for cadres (village and township contacts, visitors): not family members. */
export const cadreName = (rng: SeededRandom): string => surname(rng) + givenName(rng, rng.chance(0.5), false);
