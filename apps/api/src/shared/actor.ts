import { GraphQLError } from 'graphql';
import { townshipName } from '../reference/townships';

export type ActorRole = 'caseworker' | 'county_officer' | 'auditor' | 'admin';

/** The user a command is recorded against. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly role: ActorRole;
  /** Township of a caseworker; null for county-wide roles. */
  readonly township: string | null;
}

/**
 * Demo users. Until login and roles arrive, the acting user is chosen by the `x-careledger-user`
 * request header and recorded in every event's metadata; no header means the demo caseworker.
 */
export const DEMO_USERS: readonly Actor[] = Object.freeze([
  { id: 'caseworker-cy', name: '刘芳', role: 'caseworker', township: 'CY' },
  { id: 'caseworker-xp', name: '李梅', role: 'caseworker', township: 'XP' },
  { id: 'county-officer', name: '王军', role: 'county_officer', township: null },
  { id: 'auditor', name: '陈审', role: 'auditor', township: null },
]);
export const DEFAULT_ACTOR_ID = 'caseworker-cy';

/** Events recorded by the system itself (start-up seeding) name this actor. */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: 'system', name: '系统', role: 'admin', township: null });

const users = new Map([...DEMO_USERS, SYSTEM_ACTOR].map((u) => [u.id, u]));

export const actorName = (id: string): string => users.get(id)?.name ?? id;
export const actorTownshipName = (actor: Actor): string | null => townshipName(actor.township);

export function resolveActor(header: string | string[] | undefined): Actor {
  const id = Array.isArray(header) ? header[0] : header;
  if (id === undefined || id === '') return users.get(DEFAULT_ACTOR_ID)!;
  const actor = users.get(id);
  if (!actor || actor === SYSTEM_ACTOR) {
    throw new GraphQLError(`Unknown user "${id}"`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  return actor;
}
