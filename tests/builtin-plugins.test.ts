import { describe, expect, it } from 'vitest';
import { builtinPlugins, validatePlugin, type HoidamPlugin } from '../src/index.js';
import { builtinPlugins as viBuiltins } from '../src/vi.js';
import { trustedBuiltin } from '../src/plugin-defaults.js';

// The extractor does not run zod over the built-in locales at start-up (a cold-start cost);
// it fills in the schema's defaults instead. That is only sound while the two agree.
describe('built-in plugins', () => {
  const all = [...new Set<HoidamPlugin>([...builtinPlugins, ...viBuiltins])];

  it.each(all.map((p) => [p.name, p] as const))('%s passes validation, and its completed form equals the validated one', (_name, p) => {
    const validated = validatePlugin(p);
    expect(trustedBuiltin(p)).toEqual(validated);
  });

  it('fills defaults at every level the schema declares them', () => {
    const bare: HoidamPlugin = {
      name: 'bare',
      lexicon: { triggers: [{ text: 'met', kind: 'talks' }], ranks: [] },
    };
    const filled = trustedBuiltin(bare);
    expect(filled).toEqual(validatePlugin(bare));
    expect(filled.language).toBe('*');
    expect(filled.dates).toEqual({ parsers: [], refiners: [] });
    expect(filled.lexicon.titles).toEqual([]);
    expect(filled.lexicon.triggers[0]).toMatchObject({ text: 'met', online: false, guestFirst: false });
    // The input is not modified.
    expect(bare).not.toHaveProperty('language');
    expect(bare.lexicon).not.toHaveProperty('titles');
  });
});
