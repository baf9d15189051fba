import { hkdfSync, randomBytes } from 'node:crypto';
import { hkdfSha256 } from './hkdf';

describe('hkdfSha256', () => {
  it('derives exactly what node:crypto hkdfSync derives, for each info', () => {
    for (const key of [randomBytes(32), randomBytes(32), Buffer.alloc(32)]) {
      const infos = ['careledger/pii/field-encryption/v1', 'careledger/pii/field-iv/v1', '', '数据/键'];
      const expected = infos.map((info) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32)));
      expect(hkdfSha256(key, infos)).toEqual(expected);
    }
  });
});
