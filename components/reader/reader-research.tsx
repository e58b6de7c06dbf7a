import type { ReaderSlotProps } from './slots';

// Slot: Search, export links and structured data — issue 7.
export function ReaderResearch(props: ReaderSlotProps) {
  void props;
  return null;
}
