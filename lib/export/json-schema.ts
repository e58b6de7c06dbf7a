/**
 * A small JSON Schema (2020-12 subset) validator: type, const, enum, pattern, required, properties,
 * additionalProperties: false, items, minItems, oneOf, $ref to #/$defs. Enough for the export
 * schema; used by the tests to check exports against the published schema file itself.
 */
type Schema = {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  minItems?: number;
  oneOf?: Schema[];
  $defs?: Record<string, Schema>;
};

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'null':
      return v === null;
    default:
      return typeof v === type;
  }
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const walk = (s: Schema, v: unknown, at: string) => {
    if (s.$ref) {
      const name = s.$ref.replace(/^#\/\$defs\//, '');
      const def = root.$defs?.[name];
      if (!def) return void errors.push(`${at}: unknown $ref ${s.$ref}`);
      return walk(def, v, at);
    }
    if (s.oneOf) {
      const ok = s.oneOf.filter((alt) => validate({ ...alt, $defs: root.$defs }, v).length === 0).length;
      if (ok !== 1) errors.push(`${at}: matches ${ok} of oneOf`);
      return;
    }
    if (s.type && !typeOk(s.type, v)) return void errors.push(`${at}: expected ${s.type}`);
    if ('const' in s && v !== s.const) errors.push(`${at}: expected ${JSON.stringify(s.const)}`);
    if (s.enum && !s.enum.includes(v)) errors.push(`${at}: ${JSON.stringify(v)} not in enum`);
    if (s.pattern && typeof v === 'string' && !new RegExp(s.pattern, 'u').test(v))
      errors.push(`${at}: "${v}" does not match ${s.pattern}`);
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems)
        errors.push(`${at}: fewer than ${s.minItems} items`);
      if (s.items) v.forEach((x, i) => walk(s.items!, x, `${at}[${i}]`));
    } else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      for (const r of s.required ?? []) if (!(r in o)) errors.push(`${at}: missing ${r}`);
      for (const [k, x] of Object.entries(o)) {
        const ps = s.properties?.[k];
        if (ps) walk(ps, x, `${at}.${k}`);
        else if (s.additionalProperties === false) errors.push(`${at}: unexpected property ${k}`);
      }
    }
  };
  walk(root, value, '$');
  return errors;
}
