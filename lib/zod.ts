/**
 * zod as every Trainyard schema uses it: zod/mini, whose schemas cost next to nothing to build
 * (classic zod's cost an action tens of milliseconds at start), with zod's English messages, which
 * zod/mini leaves out ("Invalid input") unless a locale is configured. Import it as a namespace,
 * `import * as z from ".../lib/zod.ts"`, so the bundler keeps only what is used.
 */
// biome-ignore lint/style/noRestrictedImports: this is the one place that imports zod.
import { config } from "zod/mini";
// The English messages alone: zod's `locales` namespace would bundle all of its languages.
import english from "zod/v4/locales/en.js";

config(english());

// biome-ignore lint/style/noRestrictedImports: this is the one place that imports zod.
export * from "zod/mini";
