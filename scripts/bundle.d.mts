/** See bundle.mjs: bundles `entry` into `outdir` (both from `root`) as Trainyard's builds do. */
export function bundle(options: {
  root: string;
  entry: string;
  outdir: string;
  licenses?: boolean;
  /** yaml in a file of its own, loaded when first used (see bundle.mjs). */
  yamlApart?: boolean;
}): Promise<{ bytes: number; files: number }>;
