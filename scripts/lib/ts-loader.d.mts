export const root: string;
export function registerTs(): void;
