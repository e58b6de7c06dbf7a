import type { BlockSlotProps } from './slots';

// Slot: Per-block researcher actions (copy link, cite, copy passage) — issue 7.
export function BlockActions(props: BlockSlotProps) {
  void props;
  return null;
}
