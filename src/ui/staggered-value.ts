/**
 * New values for heavy views, handed over one view per task. A recharts chart re-renders synchronously when
 * its data change (its store is updated from effects, which React cannot split), about 30–50 ms each at the
 * panel's size here; three charts updated together make one task the browser cannot interrupt. Queued, each
 * chart renders in a task of its own and the map, input and scrolling run in between.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export interface TaskQueue {
  /** Runs `job` in a later task, after the jobs queued before it, one job per task; returns a cancel. */
  enqueue(job: () => void): () => void;
}

export function createTaskQueue(schedule: (run: () => void) => void = (run) => setTimeout(run, 0)): TaskQueue {
  const jobs: (() => void)[] = [];
  let scheduled = false;
  const runNext = () => {
    scheduled = false;
    jobs.shift()?.();
    if (jobs.length > 0) {
      scheduled = true;
      schedule(runNext);
    }
  };
  return {
    enqueue(job) {
      jobs.push(job);
      if (!scheduled) {
        scheduled = true;
        schedule(runNext);
      }
      return () => {
        const i = jobs.indexOf(job);
        if (i >= 0) jobs.splice(i, 1);
      };
    },
  };
}

const views = createTaskQueue();

/**
 * `value`, but a new value is shown in a task of its own, after the other staggered views that changed
 * before it. Rendered with flushSync so the whole update, effects included, stays inside that task. A value
 * `same` as the one shown is not shown at all: the clock's tick recomputes every figure each minute, and a
 * chart whose numbers did not move need not be drawn again.
 */
export function useStaggeredValue<T>(value: T, same: (a: T, b: T) => boolean = Object.is): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (same(value, shown)) return;
    return views.enqueue(() => flushSync(() => setShown(() => value)));
  }, [value, shown, same]);
  return shown;
}

/** Two lists of flat records with the same fields holding the same values, in the same order. */
export function sameRows<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => {
      const other = b[i]!;
      return Object.keys(row).every((key) => Object.is(row[key as keyof T], other[key as keyof T]));
    })
  );
}
