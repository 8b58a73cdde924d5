import * as z from "../zod.ts";
import { createOciStore, type OciStoreOptions } from "./oci-store.ts";

/**
 * Where the files of a model version live. The version's Release always holds `trainyard.json` and
 * the model card; the model's files are Release assets (the default, no setup) or, for files over
 * the 2 GiB a Release asset may have, layers of an OCI artifact in any OCI registry.
 */

/** Where one file of a model version lives. Absent location (older metadata) = an asset of the version's Release. */
export const assetLocation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("release") }),
  z.object({
    kind: z.literal("oci"),
    /** `host[:port]`, e.g. `ghcr.io` or `registry.internal:5000`. */
    registry: z.string().check(z.minLength(1)),
    /** Repository inside the registry, e.g. `acme/churn-model`. */
    repository: z.string().check(z.minLength(1)),
    /** Digest of the artifact's manifest, `sha256:<hex>`: pins the version even if the tag moves. */
    manifestDigest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
    /** Digest of this file's layer, `sha256:<hex>` (the file's sha256). */
    layerDigest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  }),
]);
export type AssetLocation = z.infer<typeof assetLocation>;

export type ModelStoreKind = "release" | "oci";

/** One file to store: its name in the version (asset or layer title), where it is on disk, its digest. */
export interface StoreFile {
  name: string;
  path: string;
  size: number;
  /** sha256 of the bytes, lowercase hex. */
  sha256: string;
}

export interface ModelStore {
  readonly kind: ModelStoreKind;
  /** Stores the files of model version `tag` (e.g. churn-v3); returns each file's location. Idempotent: storing the same bytes again changes nothing. */
  put(
    tag: string,
    files: StoreFile[],
    annotations: Record<string, string>,
  ): Promise<Map<string, AssetLocation>>;
  /** Writes the file's bytes to `destination`, streaming; throws DataError naming the file when the bytes do not hash to `expectedSha256` (and leaves no file at destination). */
  get(name: string, location: AssetLocation, expectedSha256: string, destination: string): Promise<void>;
}

export interface ModelStoreOptions {
  /**
   * Makes the Release store of the repository. lib/github/ builds it; the caller passes it in so
   * that lib/registry/ stays free of GitHub I/O.
   */
  release?: () => ModelStore;
  /** Repository, credentials and tuning of the OCI store (see lib/registry/oci-store.ts). */
  oci?: OciStoreOptions;
}

const storeFactories: Record<ModelStoreKind, (options: ModelStoreOptions) => ModelStore> = {
  release: (options) => {
    if (!options.release) throw new Error("the Release store must be passed in (options.release)");
    return options.release();
  },
  oci: (options) => createOciStore(options.oci ?? {}),
};

/** The store of `kind`: from config (`models.<name>.registry.store`) to put, from `location.kind` to get. */
export function createModelStore(kind: ModelStoreKind, options: ModelStoreOptions): ModelStore {
  return storeFactories[kind](options);
}

/** The location of a file whose metadata predates locations: a Release asset. */
export function locationOf(asset: { location?: AssetLocation | undefined }): AssetLocation {
  return asset.location ?? { kind: "release" };
}

/**
 * Annotations of a stored model version (OCI manifest annotations; `org.opencontainers.image.*`
 * are read by registries' UIs and by tools such as oras). `created` must come from the version
 * (its registration time), not the clock, so that storing the same version again changes nothing.
 */
export function modelVersionAnnotations(version: {
  model: string;
  version: number;
  created: string;
  /** URL of the repository, e.g. https://github.com/acme/churn. */
  source?: string;
  /** Commit the model was built from. */
  revision?: string;
}): Record<string, string> {
  const annotations: Record<string, string> = {
    "org.opencontainers.image.created": version.created,
    "org.opencontainers.image.version": `v${version.version}`,
    "trainyard.model": version.model,
    "trainyard.version": String(version.version),
  };
  if (version.source) annotations["org.opencontainers.image.source"] = version.source;
  if (version.revision) annotations["org.opencontainers.image.revision"] = version.revision;
  return annotations;
}
