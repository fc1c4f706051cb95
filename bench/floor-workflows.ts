// Floors for the benchmarks: workflows that do nothing but receive what the real ones receive.
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const pokeUpdate = defineUpdate<number>('poke');

/** Answers each update at once: the raw cost of a Temporal update round trip (P2's floor). */
export async function updateEcho(): Promise<void> {
  let count = 0;
  let done = false;
  setHandler(pokeUpdate, () => {
    count += 1;
    return count;
  });
  await condition(() => done);
}

/** Takes `transitions` updates and ends: the same number of steps as a lifecycle (P3's floor). */
export async function noopLifecycle(transitions: number): Promise<number> {
  let count = 0;
  setHandler(pokeUpdate, () => {
    count += 1;
    return count;
  });
  await condition(() => count >= transitions);
  return count;
}
