import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { actingUserHeaders, readActingUserId } from './acting-user';

/**
 * Identity for the objects the API returns without an `id` field. Lists inside a case are
 * replaced wholesale on refetch: the server's read model is the truth, never a merge.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // `minPosition` only says how fresh the answer must be, not which answer: one cache entry.
          case: { keyArgs: ['id', 'asOf'] },
          cases: { keyArgs: ['filter', 'first', 'after'] },
          // "Load more" appends the next page to the same list, one list per filter.
          auditTrail: relayStylePagination(['filter']),
        },
      },
      // A member's state depends on the moment the case is viewed at (time travel): it lives inside
      // its case object, never shared between the live case and a past one.
      Member: { keyFields: false },
      TimelineEntry: { keyFields: ['eventId'] },
      AuditEvent: { keyFields: ['eventId'] },
      Contact: { keyFields: false },
      Township: { keyFields: ['code'] },
      ProjectionHealth: { keyFields: ['name'] },
      IntegrityReport: { keyFields: false },
      Case: {
        // The case as of another moment is another object: it must not overwrite the live one.
        keyFields: (object) => {
          const id = object['id'];
          if (typeof id !== 'string') return false;
          return typeof object['asOf'] === 'string' ? `Case:${id}@${object['asOf']}` : `Case:${id}`;
        },
        fields: {
          members: { merge: false },
          contacts: { merge: false },
          timeline: { merge: false },
        },
      },
    },
  });
}

export function createApolloClient({ uri = '/graphql' }: { uri?: string } = {}): ApolloClient {
  // Read per request, so switching the acting user takes effect without rebuilding the client.
  const actingUser = new SetContextLink((previous) => ({
    headers: { ...(previous['headers'] as Record<string, string> | undefined), ...actingUserHeaders(readActingUserId()) },
  }));
  return new ApolloClient({
    link: ApolloLink.from([actingUser, new HttpLink({ uri })]),
    cache: createCache(),
  });
}
