import type { ReaderSlotProps } from './slots';

// Slot: Key terms strip and the single shared popover (terms and words) — issues 4 and 5.
export function ReaderGlossary(props: ReaderSlotProps) {
  void props;
  return null;
}
