// Ids in URLs are UUIDs; anything else is refused before it reaches a query.
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}

/** A UUID named by `name` (the same name, the same id): for a record derived from another's id. */
export function namedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  // Version 8 (custom) with the RFC 9562 variant bits ("8" and "a"), so it is well formed.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
