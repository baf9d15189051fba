import { useState } from 'react';
import { Select } from 'antd';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { readActingUserId, storeActingUserId } from '../apollo/acting-user';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { actorRoleLabel } from '../case-timeline/actor-role';

export const ActingUsersQuery = graphql(`
  query ActingUsers {
    users {
      id
      name
      role
      townshipName
    }
  }
`);

// antd Select cannot hold null as a value; this stands for "no header, the server decides".
const SERVER_DEFAULT = '';

/** Who the requests act as, until login arrives. Switching clears the cache: what one may see differs. */
export function ActingUserSelect() {
  const { t } = useI18n();
  const client = useApolloClient();
  const { data, loading } = useQuery(ActingUsersQuery);
  const [userId, setUserId] = useState<string>(() => readActingUserId() ?? SERVER_DEFAULT);

  const change = (next: string) => {
    setUserId(next);
    storeActingUserId(next === SERVER_DEFAULT ? null : next);
    void client.resetStore();
  };

  return (
    <Select<string>
      aria-label={t('shell.actingUser')}
      data-testid="acting-user-select"
      value={userId}
      onChange={change}
      loading={loading}
      style={{ minWidth: 240 }}
      options={[
        { value: SERVER_DEFAULT, label: t('shell.serverDefaultUser') },
        ...(data?.users ?? []).map((user) => ({
          value: user.id,
          label: [user.name, actorRoleLabel(user.role, t), user.townshipName].filter(Boolean).join(' · '),
        })),
      ]}
    />
  );
}
