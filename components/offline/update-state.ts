/**
 * The "Updated — reload" prompt as a small state machine, kept apart from the DOM so it can be tested.
 * - A worker waiting while the page is controlled by an older one: a new build is ready → prompt.
 *   (A worker that installs with no controller is the first one: nothing to announce.)
 * - The reader accepts: the page asks the waiting worker to take over, then reloads when it has.
 * - The controller changes: reload if an update was pending (accepted here, or in another tab — this
 *   page's HTML then belongs to a build whose caches are gone); never on the first install, whose
 *   worker claims the page without anything having changed.
 */
export type UpdatePhase = 'idle' | 'prompt' | 'accepted';

export type UpdateEvent =
  { type: 'waiting'; controlled: boolean } | { type: 'accept' } | { type: 'controllerchange' };

export interface UpdateStep {
  phase: UpdatePhase;
  /** Ask the waiting worker to activate. */
  skipWaiting: boolean;
  reload: boolean;
}

export function updateStep(phase: UpdatePhase, event: UpdateEvent): UpdateStep {
  const stay = { phase, skipWaiting: false, reload: false };
  switch (event.type) {
    case 'waiting':
      return event.controlled && phase === 'idle' ? { ...stay, phase: 'prompt' } : stay;
    case 'accept':
      return phase === 'prompt' ? { phase: 'accepted', skipWaiting: true, reload: false } : stay;
    case 'controllerchange':
      return phase === 'idle' ? stay : { ...stay, reload: true };
  }
}
