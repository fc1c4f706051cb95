// Ids in URLs are UUIDs; anything else is refused before it reaches a query.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}
