import type { MessageKey, MessageParams } from '../i18n/i18n';

const ROLE_KEYS: Readonly<Record<string, MessageKey>> = {
  caseworker: 'role.caseworker',
  county_officer: 'role.countyOfficer',
  countyOfficer: 'role.countyOfficer',
  auditor: 'role.auditor',
  admin: 'role.admin',
  system: 'role.system',
};

/** The actor's role in the UI language; a role this client does not know shows as sent. */
export function actorRoleLabel(role: string, t: (key: MessageKey, params?: MessageParams) => string): string {
  const key = ROLE_KEYS[role] ?? ROLE_KEYS[role.toLowerCase()];
  return key ? t(key) : role;
}
