// Long work written as a generator that yields between pieces (checking a document window by window, loading a
// reference set phase by phase): run at once by the CLI and the tests, or in turns by the language server, whose
// message loop then answers other requests in between.

/** Runs every step at once. */
export function complete<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long work may hold the message loop before letting other requests (a hover, another document) in. */
const TURN_MS = 20;

/**
 * Runs the steps, letting the message loop turn every TURN_MS; gives up (undefined) when `stillWanted` says after
 * a turn that the result would be out of date.
 */
export function inTurns<T>(steps: Generator<void, T>): Promise<T>;
export function inTurns<T>(steps: Generator<void, T>, stillWanted: () => boolean): Promise<T | undefined>;
export async function inTurns<T>(steps: Generator<void, T>, stillWanted: () => boolean = () => true): Promise<T | undefined> {
  let turnStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - turnStart < TURN_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (!stillWanted()) return undefined;
    turnStart = performance.now();
  }
}
