/**
 * One GraphQL operation against a running server, as `user` (a demo user id, sent the way the web
 * client sends it; none means the server's default caseworker). Any error fails the call, so a
 * setup step that is refused stops the test where it happened.
 */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, user?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { 'x-careledger-user': user } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
