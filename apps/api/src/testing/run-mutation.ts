import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import type { TestApp } from './test-app';

export interface MutationResult {
  readonly id: string;
  readonly createdId: string | null;
  readonly revision: number;
  readonly position: number;
}

/** A mutation's answer: its result, or the first error's code and the field it names. */
export interface MutationAttempt {
  readonly result: MutationResult | null;
  readonly code: string | null;
  readonly field: string | null;
}

/** Runs a mutation by name (`openCase` takes `OpenCaseInput`, …) as `user`; a refusal is returned, not thrown. */
export async function tryMutation(app: TestApp, name: string, input: Record<string, unknown>, user?: string): Promise<MutationAttempt> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await app.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { id createdId revision position } }`,
    { input },
    user ? { 'x-careledger-user': user } : {},
  );
  const error = res.errors?.[0];
  return {
    result: (res.data?.[name] ?? null) as MutationResult | null,
    code: (error?.extensions?.code as string | undefined) ?? null,
    field: (error?.extensions?.details?.['field'] as string | undefined) ?? null,
  };
}

/** Runs a mutation that must succeed: any GraphQL error fails the test. */
export async function runMutation(app: TestApp, name: string, input: Record<string, unknown>, user?: string): Promise<MutationResult> {
  const { result, code, field } = await tryMutation(app, name, input, user);
  if (!result) throw new Error(`${name} failed: ${String(code)}${field ? ` on ${field}` : ''}`);
  return result;
}

/** The position of the log's last event: a refused command must leave it where it was. */
export async function logHead(app: TestApp): Promise<number> {
  return (await app.running.app.get<EventStore>(EVENT_STORE, { strict: false }).head()).position;
}
