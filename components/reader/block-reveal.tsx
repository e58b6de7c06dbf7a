import type { BlockSlotProps } from './slots';

// Slot: Per-block 'reveal English' control for self-testing learners — issue 6.
export function BlockReveal(props: BlockSlotProps) {
  void props;
  return null;
}
