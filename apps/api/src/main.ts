import 'reflect-metadata';
import { CommandBus } from '@nestjs/cqrs';
import { startApp } from './bootstrap';
import { ConfigError, loadConfig } from '@careledger/platform';
import { seedDemoData } from './demo/seed-demo';
import { EVENT_STORE } from './infrastructure/tokens';
import type { EventStore } from '@careledger/event-store';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const running = await startApp(config);
  if (config.seedDemo) {
    const seeded = await seedDemoData(running.app.get(CommandBus), running.app.get<EventStore>(EVENT_STORE), (done, total) =>
      // One line redrawn in a terminal; a line per step in a log.
      process.stdout.write(`Seeding demo data: ${done}/${total} steps (case files, then funds, insurance, visits, subsidies, donations)${done === total || !process.stdout.isTTY ? '\n' : '\r'}`),
    );
    if (seeded) console.log('Demo data seeded through the command handlers.');
  }
  console.log(`CareLedger is ready: ${running.url}/  (GraphQL: ${running.url}/graphql, data: ${config.dataDir})`);
  // Which programme rules price the nursing subsidy: a deployment must see it runs on examples.
  console.log(
    config.subsidyRulesFile
      ? `Nursing-subsidy rules: ${config.subsidyRulesFile} (${config.subsidyRules.length} rule set(s))`
      : 'Nursing-subsidy rules: built-in EXAMPLE rules (no config/subsidy-rules.json; set CARELEDGER_SUBSIDY_RULES)',
  );
  if (!running.servesWeb) console.log(`The web client is not built (${config.webDist}); run: npm run build`);

  const shutdown = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
