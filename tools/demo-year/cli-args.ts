import { YEAR_PROFILES } from './year-profile';

export interface CliArgs {
  readonly url: string;
  readonly seed: string;
  readonly year: number;
  readonly concurrency: number;
}

export const DEFAULT_ARGS: CliArgs = Object.freeze({ url: 'http://localhost:3000/graphql', seed: 'chenxi-2023', year: 2023, concurrency: 4 });

export const USAGE = 'usage: npm run demo-year -- [--url http://localhost:3000/graphql] [--seed chenxi-2023] [--year 2023|2024] [--concurrency 4]';

/** `--name value` or `--name=value`; an unknown flag or a bad value is an error naming it. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    const name = match[1]!;
    if (!(name in DEFAULT_ARGS)) throw new Error(`unknown option --${name}\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`--${name} needs a value\n${USAGE}`);
    values[name] = value;
  }
  const year = Number(values['year'] ?? DEFAULT_ARGS.year);
  if (!YEAR_PROFILES.has(year)) throw new Error(`--year: ${[...YEAR_PROFILES.keys()].join(' or ')} (2023 is the seed report's year; 2024 a made-up one shaped otherwise)\n${USAGE}`);
  const concurrency = Number(values['concurrency'] ?? DEFAULT_ARGS.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new Error('--concurrency must be a whole number from 1 to 32');
  const url = values['url'] ?? DEFAULT_ARGS.url;
  if (!/^https?:\/\//.test(url)) throw new Error(`--url must be an http(s) URL, got "${url}"`);
  return { url, seed: values['seed'] ?? DEFAULT_ARGS.seed, year, concurrency };
}
