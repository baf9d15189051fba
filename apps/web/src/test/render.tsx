import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../apollo/apollo-client';
import { IntegrityQuery } from '../integrity/IntegrityBadge';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/i18n';
import { ActingUsersQuery } from '../shell/ActingUserSelect';
import { TownshipsQuery } from '../townships/TownshipSelect';

// Lookups every screen makes (header bar users, township pickers).
const usersMock: MockLink.MockedResponse = {
  request: { query: ActingUsersQuery },
  result: {
    data: { users: [{ __typename: 'Actor', id: 'caseworker-xp', name: '李梅', role: 'caseworker', townshipName: '孝坪镇' }] },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const townshipsMock: MockLink.MockedResponse = {
  request: { query: TownshipsQuery },
  result: { data: { townships: [{ __typename: 'Township', code: 'XP', name: '孝坪镇' }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** An intact log, as the header badge asks on every screen. */
export const intactLogMock: MockLink.MockedResponse = {
  request: { query: IntegrityQuery },
  result: {
    data: {
      integrity: {
        __typename: 'IntegrityReport',
        ok: true,
        checked: 42,
        headPosition: 42,
        headHash: 'a1b2c3d4e5f6a7b8c9d0',
        brokenAt: null,
        problem: null,
        checkedAt: '2023-11-15T02:00:00.000Z',
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/**
 * Renders with the app's providers and cache; the network is mocked (`mocks`, tried first, then
 * the lookups every screen makes and an intact log unless `integrity` says otherwise).
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    mocks = [],
    locale = 'zh',
    integrity = intactLogMock,
  }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; locale?: Locale; integrity?: MockLink.MockedResponse } = {},
) {
  return render(
    <MockedProvider mocks={[...mocks, usersMock, townshipsMock, integrity]} cache={createCache()}>
      <I18nProvider initialLocale={locale}>{ui}</I18nProvider>
    </MockedProvider>,
  );
}
