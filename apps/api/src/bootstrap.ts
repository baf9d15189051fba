import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppConfig, systemClock, type Clock, openInfrastructure } from '@careledger/platform';
import { serveWebClient } from './web/serve-web';

export interface RunningApp {
  readonly app: NestExpressApplication;
  readonly url: string;
  readonly servesWeb: boolean;
  close(): Promise<void>;
}

/** Opens the store, starts the projections and the HTTP server. Used by main.ts and the tests. */
export async function startApp(config: AppConfig, options: { clock?: Clock; logger?: false } = {}): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const infrastructure = await openInfrastructure(config, clock);
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, infrastructure, clock }), {
      logger: options.logger ?? ['error', 'warn'],
    });
    app.disable('x-powered-by');
    const servesWeb = serveWebClient(app, config.webDist);
    await app.listen(config.port, '0.0.0.0');
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      url: `http://localhost:${port}`,
      servesWeb,
      async close() {
        await app.close();
        await infrastructure.close();
      },
    };
  } catch (error) {
    await infrastructure.close();
    throw error;
  }
}

export const startupLogger = new Logger('CareLedger');
