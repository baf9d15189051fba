/**
 * The acting user, until login arrives: chosen in the header bar and sent on every request as
 * `x-careledger-user`. No stored choice means no header, and the server picks its default user.
 */
export const ACTING_USER_HEADER = 'x-careledger-user';
export const ACTING_USER_STORAGE_KEY = 'careledger.actingUser';

export function readActingUserId(): string | null {
  try {
    return globalThis.localStorage?.getItem(ACTING_USER_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}

export function storeActingUserId(userId: string | null): void {
  try {
    if (userId) globalThis.localStorage?.setItem(ACTING_USER_STORAGE_KEY, userId);
    else globalThis.localStorage?.removeItem(ACTING_USER_STORAGE_KEY);
  } catch {
    // Storage disabled: the header simply follows the default user.
  }
}

export function actingUserHeaders(userId: string | null): Record<string, string> {
  return userId ? { [ACTING_USER_HEADER]: userId } : {};
}
