// What a test file's suite opens in beforeAll, read inside its tests: a clear error if read before.
export function openedInBeforeAll<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is opened in beforeAll: use it inside tests`);
  return value;
}
