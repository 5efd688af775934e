// Builds dist/ once before the test files run in parallel, when a built file is missing,
// so that the tests of the built package never race each other's builds.
import { ensureBuilt } from './built.js';

export default function setup(): void {
  ensureBuilt();
}
