/** The built-in locales, registered as plugins through the public mechanism. */
import type { HoidamPlugin } from '../plugin.js';
import { intlPlugin } from './intl/index.js';
import { viPlugin } from './vi/index.js';
import { enPlugin } from './en/index.js';

export const builtinPlugins: readonly HoidamPlugin[] = [intlPlugin, viPlugin, enPlugin];
export { intlPlugin, viPlugin, enPlugin };
