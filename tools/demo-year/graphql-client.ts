/** A GraphQL error answered by the API, with its stable code (extensions.code). */
export class GraphQLCallError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'GraphQLCallError';
  }
}

/**
 * The generator's only way into CareLedger: GraphQL over HTTP, acting as a demo user through the
 * `x-careledger-user` header, exactly as the web client does.
 */
export class GraphQLClient {
  constructor(readonly url: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}, user = 'county-officer'): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-careledger-user': user },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string; details?: unknown } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new GraphQLCallError(`HTTP ${response.status} from ${this.url}: ${text.slice(0, 200)}`, 'HTTP_ERROR', null);
    }
    const error = body.errors?.[0];
    if (error) throw new GraphQLCallError(error.message, error.extensions?.code, error.extensions?.details);
    if (!body.data) throw new GraphQLCallError(`HTTP ${response.status}: no data`, 'HTTP_ERROR', null);
    return body.data;
  }

  /** Names of the fields of a root type (Query / Mutation), to see what this API offers yet. */
  async fieldsOf(type: 'Query' | 'Mutation'): Promise<Set<string>> {
    const data = await this.request<{ __type: { fields: { name: string }[] } | null }>(`query($name: String!) { __type(name: $name) { fields { name } } }`, { name: type });
    return new Set((data.__type?.fields ?? []).map((f) => f.name));
  }

  /** The log's head position (the projections' view of it). */
  async headPosition(): Promise<number> {
    const data = await this.request<{ projections: { headPosition: number }[] }>('{ projections { headPosition } }');
    return Math.max(0, ...data.projections.map((p) => p.headPosition));
  }
}
