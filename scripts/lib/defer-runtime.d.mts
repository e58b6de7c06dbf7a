export const LOADER_ATTRIBUTE: string;
export function deferRuntime(html: string): string;
export function readerPages(dist: string): string[];
export function deferReaderRuntime(dist: string): number;
export function deferredScripts(html: string): string[];
