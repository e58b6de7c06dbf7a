import type { Server } from 'node:http';
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[];
export function resolveFile(root: string, pathname: string): string | null;
export function createStaticServer(dir: string): Server;
