export const CSP_DIRECTIVES: Record<string, string>;
export function serializeCsp(directives: Record<string, string>): string;
export const PERMISSIONS_POLICY: string;
export const SECURITY_HEADERS: { key: string; value: string }[];
