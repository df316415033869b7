// Waiting on conditions instead of sleeping: poll `condition` until it returns a truthy value or time runs out.

const POLL_INTERVAL_MS = 100;

/**
 * Resolves with the first truthy value of `condition()`; rejects after `timeoutMs` with `description` and the
 * last value or error seen, so a failure says what was being waited for and what was there instead.
 */
export async function until(condition, description, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() >= deadline) {
      const seen = last === undefined ? '' : `; last seen: ${typeof last === 'string' ? last : JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for: ${description}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
