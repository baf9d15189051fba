/** Injection tokens of the ports the application depends on. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The log as stored (ciphertext): for integrity checks and counting, where nothing needs decrypting. */
export const RAW_EVENT_STORE = Symbol('RAW_EVENT_STORE');
export const READ_DB = Symbol('READ_DB');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
export const PERSONAL_DATA_VAULT = Symbol('PERSONAL_DATA_VAULT');
export const CLOCK = Symbol('CLOCK');
export const APP_CONFIG = Symbol('APP_CONFIG');
