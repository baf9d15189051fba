import { parseArgs } from './cli-args';
import { generateYear } from './generate-year';

/**
 * `npm run demo-year -- --url … --seed … --year 2023`: generates the 2023 year of a county like
 * 辰溪县 (or `--year 2024`, a made-up year continuing that county, shaped otherwise) through a
 * running CareLedger API (an empty data directory, or the same seed's county), then prints the
 * figures its report should show.
 */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`Generating ${args.year} (seed "${args.seed}") through ${args.url} …`);
  const s = await generateYear(args);
  console.log(
    [
      `Done: ${s.commands} commands in ${s.seconds.toFixed(1)} s (${s.commandsPerSecond.toFixed(0)} commands/s, concurrency ${args.concurrency}).`,
      `  ${s.families} families, ${s.members} members; ${s.eventsAppended} events appended (log head ${s.headPosition})${s.eventsAppended === 0 ? ': this seed had already run, nothing new' : ''}.`,
      s.donations ? '  Donations included.' : '  Donations skipped: the API has no recordDonation mutation yet.',
      `The county report of ${args.year} should show (worked out from the commands sent; compare annualReport(year: ${args.year})):`,
      ...Object.entries(s.expected.county).map(([key, value]) => `  ${key.padEnd(42)} ${value}`),
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
