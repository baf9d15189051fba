import type { TestApp } from './test-app';

export interface MutationResult {
  readonly id: string;
  readonly createdId: string | null;
  readonly revision: number;
  readonly position: number;
}

/**
 * Runs a care-case mutation by name (`openCase` takes `OpenCaseInput`, …) as `user`, and fails
 * the test on any GraphQL error.
 */
export async function runMutation(app: TestApp, name: string, input: Record<string, unknown>, user?: string): Promise<MutationResult> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await app.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { id createdId revision position } }`,
    { input },
    user ? { 'x-careledger-user': user } : {},
  );
  if (res.errors) throw new Error(`${name} failed: ${JSON.stringify(res.errors)}`);
  return res.data![name] as MutationResult;
}
