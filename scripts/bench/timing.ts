// Timing helpers: medians of repeated runs, in milliseconds. Each run is timed twice: wall-clock time (what a
// writer waits) and this process's CPU time (what the work costs, unaffected by other processes competing for
// the cores, so figures taken on a busy machine stay comparable).
import { performance } from 'node:perf_hooks';

export interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Untimed edits before the timed ones, in process and through LSP: a writer's edits reach a server whose code
 * earlier edits have compiled. The first edits after a start are slower (measured in a fresh process: a median of
 * about 5 ms over the first 40 edits, about 3 ms over the first 300), as is everything the JIT compiler has not
 * optimised yet.
 */
export const WARM_UP_EDITS = 100;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median times of `run(i)` over `runs` runs; `prepare(i)` runs before each, untimed. */
export function medianTime(runs: number, run: (i: number) => unknown, prepare: (i: number) => void = () => {}): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare(i);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(i);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Median times of several runs measured in alternation (a, b, a, b, …); `prepare` runs before each, untimed. */
export function interleavedMedians(runs: number, measured: readonly (() => unknown)[], prepare: () => void = () => {}): Timing[] {
  const times = measured.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    measured.forEach((run, k) => {
      prepare();
      const one = medianTime(1, run);
      times[k].wall.push(one.wall);
      times[k].cpu.push(one.cpu);
    });
  }
  return times.map(({ wall, cpu }) => ({ wall: median(wall), cpu: median(cpu) }));
}

/** Runs a stepwise computation to its end; its longest step, timed like medianTime's runs, and how many steps. */
export function longestStep(steps: Generator<unknown, unknown>): { longest: Timing; count: number } {
  const longest = { wall: 0, cpu: 0 };
  let count = 0;
  for (;;) {
    let done = false;
    const step = medianTime(1, () => (done = steps.next().done === true));
    longest.wall = Math.max(longest.wall, step.wall);
    longest.cpu = Math.max(longest.cpu, step.cpu);
    count++;
    if (done) return { longest, count };
  }
}
