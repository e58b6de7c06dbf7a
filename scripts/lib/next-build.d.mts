import type { StdioOptions } from 'node:child_process';
export function nextBuild(env: NodeJS.ProcessEnv, stdio?: StdioOptions): number;
