/** What public/settings-init.js exposes: the term/word elements tapped before the popover was ready. */
interface EarlyTaps {
  take(): HTMLElement[];
}

/** Stops holding taps and returns those held (at most the last one), oldest first. */
export function takeEarlyTaps(): HTMLElement[] {
  const w = window as unknown as { __duizhaoEarlyTaps?: EarlyTaps };
  return w.__duizhaoEarlyTaps?.take() ?? [];
}
