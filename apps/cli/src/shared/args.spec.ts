import { intOption, parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  const spec = { from: 'string', check: 'boolean', out: 'string' } as const;

  it('reads options in both spellings, flags, and positionals in any order', () => {
    expect(parseArgs(['case-summary', '--from', '3', '--out=x.json', '--check', 'case-timeline'], spec)).toEqual({
      positionals: ['case-summary', 'case-timeline'],
      options: { from: '3', out: 'x.json', check: true },
    });
    expect(parseArgs(['-h', '--', '--from'], spec)).toEqual({ positionals: ['--from'], options: { help: true } });
  });

  it('refuses unknown options, missing values and values on flags', () => {
    expect(() => parseArgs(['--frm', '3'], spec)).toThrow(new UsageError('unknown option --frm'));
    expect(() => parseArgs(['--from'], spec)).toThrow('--from needs a value');
    expect(() => parseArgs(['--from', '--check'], spec)).toThrow('--from needs a value');
    expect(() => parseArgs(['--check=yes'], spec)).toThrow('--check takes no value');
    expect(() => parseArgs(['-x'], spec)).toThrow('unknown option -x');
  });

  it('parses whole numbers, refusing anything else', () => {
    expect(intOption(parseArgs(['--from', '12'], spec), 'from')).toBe(12);
    expect(intOption(parseArgs([], spec), 'from')).toBeUndefined();
    for (const bad of ['0', '-1', '1.5', 'x', '1e3']) {
      expect(() => intOption(parseArgs(['--from', bad], { from: 'string' }), 'from')).toThrow(UsageError);
    }
  });
});
