/**
 * Which fields of one event type are personal data, and whose data key encrypts them: dot paths
 * into the event's `data`; `subject` is the path of the person id whose key is used. Plain data,
 * so the event store applies a domain's policy without knowing the domain.
 */
export type PersonalDataRule = { readonly subject: string; readonly fields: readonly string[] };
export type PersonalDataPolicy = Readonly<Record<string, PersonalDataRule>>;
