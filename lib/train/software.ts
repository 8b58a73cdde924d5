import { findOnPath, runBounded } from "./processes.ts";

const PROBE_TIMEOUT_MS = 20_000;

/** The packages whose versions the record keeps when python3 has them installed. */
export const PYTHON_PACKAGES = [
  "torch",
  "tensorflow",
  "jax",
  "scikit-learn",
  "xgboost",
  "lightgbm",
  "transformers",
  "numpy",
  "pandas",
];

/**
 * One python3 run prints what it has: its own version, each package's from its installed
 * metadata (no import, so milliseconds), and CUDA as torch was built for it, which needs
 * `import torch` (a second or two) and so comes last: a probe cut off by the time bound keeps
 * the lines it printed.
 */
const PROBE_SCRIPT = `
import importlib.metadata as metadata, platform
print("python", platform.python_version(), flush=True)
for name in ${JSON.stringify(PYTHON_PACKAGES)}:
    try:
        print(name, metadata.version(name), flush=True)
    except Exception:
        pass
try:
    metadata.version("torch")
    import torch
    if torch.version.cuda:
        print("torch.cuda", torch.version.cuda, flush=True)
except Exception:
    pass
`;

/**
 * Versions of the tools the run could see (python3 on PATH and its ML packages), for the record.
 * Nothing found is nothing recorded: no python3, or one that fails, is not an error.
 */
export async function probeSoftware(
  env: NodeJS.ProcessEnv,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<Record<string, string>> {
  const python = findOnPath("python3", env.PATH);
  if (!python) return {};
  const probe = await runBounded(python, ["-c", PROBE_SCRIPT], { env, timeoutMs });
  const versions: Record<string, string> = {};
  for (const line of probe.stdout.split(/\r?\n/)) {
    const match = /^(\S+) (\S+)$/.exec(line.trim());
    if (match) versions[match[1] as string] = match[2] as string;
  }
  return versions;
}
