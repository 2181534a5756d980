import { describe, expect, it } from 'vitest';
import { ReadyGate } from './ready-gate.js';

describe('ReadyGate', () => {
  it('queues until open, then delivers in order, then passes through', () => {
    const seen: number[] = [];
    const gate = new ReadyGate<number>((n) => seen.push(n));
    gate.send(1);
    gate.send(2);
    expect(seen).toEqual([]);
    gate.open();
    gate.send(3);
    expect(seen).toEqual([1, 2, 3]);
  });
  it('queues again while the page reloads and drops the oldest past capacity', () => {
    const seen: number[] = [];
    const gate = new ReadyGate<number>((n) => seen.push(n), 2);
    gate.open();
    gate.close();
    gate.send(1);
    gate.send(2);
    gate.send(3);
    expect(gate.pending).toBe(2);
    gate.open();
    expect(seen).toEqual([2, 3]);
  });
});
