// The Temporal client of the web process. Lazy, so the server starts (and /readyz can say why it
// is not ready) even while Temporal is still coming up.
import { Client, Connection } from '@temporalio/client';

export function createTemporalClient(address: string, namespace: string): Client {
  return new Client({ connection: Connection.lazy({ address }), namespace });
}
