import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, type TestApp } from './testing/test-app';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

/**
 * The committed schema is what the web client's generated types come from. It must equal what
 * the code-first schema prints; `nx run api:schema` (UPDATE_SCHEMA=1) rewrites it.
 */
describe('committed GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('matches the schema generated from the code', () => {
    const generated = printSchema(app.running.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
