// A meeting point by key: a value arrives for a key, and whoever waits for that key gets it, whether
// it began waiting before the value arrived or after (a mail can come before its applicant asks).
export interface Rendezvous<V> {
  wait(key: string): Promise<V>;
  arrive(key: string, value: V): void;
}

export function rendezvous<V>(): Rendezvous<V> {
  const waiting = new Map<string, (value: V) => void>();
  const arrived = new Map<string, V>();
  return {
    wait(key) {
      if (arrived.has(key)) {
        const value = arrived.get(key) as V;
        arrived.delete(key);
        return Promise.resolve(value);
      }
      return new Promise((resolve) => waiting.set(key, resolve));
    },
    arrive(key, value) {
      const waiter = waiting.get(key);
      if (!waiter) {
        arrived.set(key, value);
        return;
      }
      waiting.delete(key);
      waiter(value);
    },
  };
}
