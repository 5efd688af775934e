/**
 * The built-in locales as `validatePlugin` would return them, without running the validator:
 * the defaults the plugin schema declares are filled in by walking the schema once. Checking
 * the built-in lexicons (thousands of entries) with zod was ~25 ms of every cold start, for
 * data that cannot change at run time; tests/builtin-plugins.test.ts proves, for every
 * built-in plugin, that the result equals `validatePlugin`'s. A user's plugin is always
 * validated in full.
 */
import type { core } from 'zod/mini';
import { PluginSchema, type HoidamPlugin, type ValidatedPlugin } from './plugin.js';

type Filler = (value: unknown) => unknown;

interface Def {
  type: string;
  innerType?: core.$ZodType;
  element?: core.$ZodType;
  shape?: Record<string, core.$ZodType>;
  defaultValue?: unknown;
}

const defOf = (schema: core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A function that fills `schema`'s defaults into a value the schema accepts; null when there are none to fill. */
function fillerFor(schema: core.$ZodType): Filler | null {
  const def = defOf(schema);
  switch (def.type) {
    case 'default': {
      const inner = fillerFor(def.innerType!);
      // zod returns the default without parsing it again.
      return (v) => (v === undefined ? defOf(schema).defaultValue : inner ? inner(v) : v);
    }
    case 'optional':
    case 'nullable': {
      const inner = fillerFor(def.innerType!);
      return inner && ((v) => (v == null ? v : inner(v)));
    }
    case 'array': {
      const inner = fillerFor(def.element!);
      return inner && ((v) => (Array.isArray(v) ? v.map(inner) : v));
    }
    case 'object': {
      const fields = Object.entries(def.shape!).map(([key, s]) => [key, fillerFor(s)] as const).filter(([, f]) => f);
      if (!fields.length) return null;
      return (v) => {
        if (!v || typeof v !== 'object') return v;
        const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
        for (const [key, fill] of fields) {
          const next = fill!(out[key]);
          if (next !== undefined || key in out) out[key] = next;
        }
        return out;
      };
    }
    default:
      return null;
  }
}

let fillPlugin: Filler | null | undefined;

/** A built-in plugin with its defaults filled in: what `validatePlugin` returns for it. */
export function trustedBuiltin(plugin: HoidamPlugin): ValidatedPlugin {
  if (fillPlugin === undefined) fillPlugin = fillerFor(PluginSchema);
  return (fillPlugin ? fillPlugin(plugin) : plugin) as ValidatedPlugin;
}
