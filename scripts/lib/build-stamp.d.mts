export function sourceStamp(): string | null;
export function isFresh(dist: string, stamp: string | null): boolean;
export function writeStamp(dist: string, stamp: string | null): void;
