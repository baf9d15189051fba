import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { actingUserHeaders, readActingUserId } from './acting-user';

/**
 * Identity for the objects the API returns without an `id` field. Lists inside a case are
 * replaced wholesale on refetch: the server's read model is the truth, never a merge.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Member: { keyFields: ['personId'] },
      TimelineEntry: { keyFields: ['eventId'] },
      Contact: { keyFields: false },
      Township: { keyFields: ['code'] },
      Case: {
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
