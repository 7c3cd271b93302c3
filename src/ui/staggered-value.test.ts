import { describe, expect, it } from 'vitest';
import { createTaskQueue, sameRows } from './staggered-value';

/** A scheduler the test runs by hand: each `tick` is one task. */
function manualTasks() {
  const pending: (() => void)[] = [];
  return {
    schedule: (run: () => void) => pending.push(run),
    tick: () => pending.shift()?.(),
    get waiting() {
      return pending.length;
    },
  };
}

describe('createTaskQueue', () => {
  it('runs one job per task, in the order they were queued', () => {
    const tasks = manualTasks();
    const queue = createTaskQueue(tasks.schedule);
    const ran: string[] = [];
    queue.enqueue(() => ran.push('weekly'));
    queue.enqueue(() => ran.push('categories'));
    queue.enqueue(() => ran.push('stages'));
    expect(ran).toEqual([]);
    tasks.tick();
    expect(ran).toEqual(['weekly']);
    tasks.tick();
    expect(ran).toEqual(['weekly', 'categories']);
    tasks.tick();
    expect(ran).toEqual(['weekly', 'categories', 'stages']);
    expect(tasks.waiting).toBe(0);
  });

  it('keeps a single task pending however many jobs wait', () => {
    const tasks = manualTasks();
    const queue = createTaskQueue(tasks.schedule);
    for (let i = 0; i < 5; i++) queue.enqueue(() => {});
    expect(tasks.waiting).toBe(1);
  });

  it('never runs a cancelled job and goes on with the rest', () => {
    const tasks = manualTasks();
    const queue = createTaskQueue(tasks.schedule);
    const ran: number[] = [];
    queue.enqueue(() => ran.push(1));
    const cancel = queue.enqueue(() => ran.push(2));
    queue.enqueue(() => ran.push(3));
    cancel();
    tasks.tick();
    tasks.tick();
    expect(ran).toEqual([1, 3]);
    expect(tasks.waiting).toBe(0);
  });

  it('schedules again when a job is queued after the queue ran dry', () => {
    const tasks = manualTasks();
    const queue = createTaskQueue(tasks.schedule);
    const ran: number[] = [];
    queue.enqueue(() => ran.push(1));
    tasks.tick();
    expect(tasks.waiting).toBe(0);
    queue.enqueue(() => ran.push(2));
    tasks.tick();
    expect(ran).toEqual([1, 2]);
  });
});

describe('sameRows', () => {
  const weeks = (...counts: number[]) => counts.map((requests, i) => ({ weekStart: 1000 + i, requests }));

  it('holds for equal lists that are different objects', () => {
    expect(sameRows(weeks(3, 5, 0), weeks(3, 5, 0))).toBe(true);
    expect(sameRows([], [])).toBe(true);
  });

  it('fails when a count, a key, the order or the length differ', () => {
    expect(sameRows(weeks(3, 5, 0), weeks(3, 6, 0))).toBe(false);
    expect(
      sameRows(weeks(3, 5), [
        { weekStart: 1000, requests: 3 },
        { weekStart: 1002, requests: 5 },
      ]),
    ).toBe(false);
    expect(sameRows(weeks(3, 5), weeks(3, 5).reverse())).toBe(false);
    expect(sameRows(weeks(3, 5), weeks(3, 5, 0))).toBe(false);
  });
});
