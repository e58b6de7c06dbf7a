import { describe, expect, it } from 'vitest';
import { updateStep, type UpdateEvent, type UpdatePhase } from './update-state';

function run(events: UpdateEvent[]) {
  let phase: UpdatePhase = 'idle';
  const actions: string[] = [];
  for (const e of events) {
    const step = updateStep(phase, e);
    phase = step.phase;
    if (step.skipWaiting) actions.push('skip-waiting');
    if (step.reload) actions.push('reload');
  }
  return { phase, actions };
}

describe('update prompt', () => {
  it('the first install claims the page without a prompt or a reload', () => {
    expect(run([{ type: 'waiting', controlled: false }, { type: 'controllerchange' }])).toEqual({
      phase: 'idle',
      actions: [],
    });
  });

  it('a new build waiting under an older worker prompts; accepting activates it, then reloads once it controls', () => {
    expect(run([{ type: 'waiting', controlled: true }])).toEqual({ phase: 'prompt', actions: [] });
    expect(run([{ type: 'waiting', controlled: true }, { type: 'accept' }])).toEqual({
      phase: 'accepted',
      actions: ['skip-waiting'],
    });
    expect(
      run([{ type: 'waiting', controlled: true }, { type: 'accept' }, { type: 'controllerchange' }]).actions,
    ).toEqual(['skip-waiting', 'reload']);
  });

  it('an update accepted in another tab reloads this one too (its build’s caches are gone)', () => {
    expect(run([{ type: 'waiting', controlled: true }, { type: 'controllerchange' }]).actions).toEqual([
      'reload',
    ]);
  });

  it('accept without a pending update does nothing', () => {
    expect(run([{ type: 'accept' }, { type: 'controllerchange' }])).toEqual({ phase: 'idle', actions: [] });
  });
});
