import type { ReaderSlotProps } from './slots';

// Slot: Reader toolbar, settings panel, progress bar, table of contents, read-aloud — issue 6.
export function ReaderChrome(props: ReaderSlotProps) {
  void props;
  return null;
}
